export {
  BrandBadge,
  type BrandBadgeClassNames,
  type BrandBadgeProps,
  type BrandBadgeSize,
} from './BrandBadge.js';
export { type BrandLogos, brandLogoFor } from './logos.js';
