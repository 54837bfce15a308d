export {
  BrandBadge,
  type BrandBadgeClassNames,
  type BrandBadgeProps,
  type BrandBadgeSize,
} from './BrandBadge.js';
