export { BrandBadge, type BrandBadgeProps, type BrandBadgeSize } from './BrandBadge.js';
