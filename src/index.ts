// Data model and parsing of untrusted input.

// Vendors and catalogues (the bundled intervention data lives in `intervention-ui/catalogue`).
export {
  type Brand,
  getBrand,
  knownVendorCodes,
  monogramOf,
  nameFromCode,
} from './catalogue/brands.js';
export {
  type Catalogue,
  createCatalogue,
  entryFromIntervention,
  type LiveIntervention,
  mergeInterventions,
} from './catalogue/catalogue.js';
export { getVendor, type VendorInfo, vendors } from './catalogue/vendors.js';
export {
  BrandBadge,
  type BrandBadgeProps,
  type BrandBadgeSize,
} from './components/BrandBadge/index.js';
export {
  CapabilityStatus,
  type CapabilityStatusMessages,
  type CapabilityStatusProps,
} from './components/CapabilityStatus/index.js';
// Components.
export {
  type ChecklistEvent,
  type HeadingLevel,
  InterventionChecklist,
  type InterventionChecklistMessages,
  type InterventionChecklistProps,
  type ItemStatus,
} from './components/InterventionChecklist/index.js';
export { enUS } from './i18n/en-US/index.js';
// Strings and colours.
export { format, list, type PluralForms, plural } from './i18n/format.js';
export {
  LocaleProvider,
  type LocaleProviderProps,
  type LocalizedMessages,
  type MessageOverrides,
  type MessagePart,
  mergeMessages,
  useLocale,
  useMessages,
} from './i18n/locale.js';
export type { Messages } from './i18n/messages.js';
export { defaultLocale, resolveLocale, usableLocale } from './i18n/resolve-locale.js';
export {
  type BatteryCapabilities,
  type BatteryCapabilityName,
  type Capabilities,
  type Capability,
  type CapabilityName,
  type CapabilityState,
  type ChargerCapabilities,
  type ChargerCapabilityName,
  type Device,
  type HvacCapabilities,
  type HvacCapabilityName,
  type KnownCapabilityName,
  type MeterCapabilities,
  type MeterCapabilityName,
  type SolarInverterCapabilities,
  type SolarInverterCapabilityName,
  type VehicleCapabilities,
  type VehicleCapabilityName,
  vehicleCapabilityNames,
} from './model/capabilities.js';
export type { DeviceType } from './model/device.js';
export type {
  CatalogueEntry,
  GuidanceStep,
  Intervention,
  InterventionAccess,
  InterventionAgent,
  InterventionDomain,
  InterventionResolution,
  InterventionStage,
  RichBlock,
  RichInline,
  StepPlace,
} from './model/intervention.js';
export * from './model/parse.js';
export * from './model/problems.js';
export { maxContentDepth } from './model/rich.js';
// Pure logic: capabilities + catalogue → plan.
export * from './resolve/index.js';
export { placeOf } from './resolve/place.js';
export { contrastRatio, markText, readableTextOn, relativeLuminance } from './styles/color.js';
