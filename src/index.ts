export {
  type Brand,
  getBrand,
  knownVendorCodes,
  monogramOf,
  nameFromCode,
} from './catalogue/brands.js';
export { getVendor, type VendorInfo, vendors } from './catalogue/vendors.js';
export {
  BrandBadge,
  type BrandBadgeProps,
  type BrandBadgeSize,
} from './components/BrandBadge/index.js';
export { enUS, type Messages } from './i18n/messages.js';
export type { DeviceType } from './model/device.js';
export { contrastRatio, markText, readableTextOn, relativeLuminance } from './styles/color.js';
