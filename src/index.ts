// The package's root: every name here is a promise to keep. Each is listed by name, grouped by
// floor (components, hooks, anatomy, logic, data, languages); internals stay unexported.

// The parts of each component: data-scope, data-part names, classNames keys.
export {
  type Anatomy,
  brandBadgeAnatomy,
  capabilityStatusAnatomy,
  interventionChecklistAnatomy,
  type PartClassNames,
  type PartName,
} from './anatomy/index.js';
export { type Brand, getBrand } from './catalogue/brands.js';
// Catalogues (the bundled data lives in `intervention-ui/catalogue`) and vendors.
export {
  type Catalogue,
  type CreateCatalogueOptions,
  createCatalogue,
  entriesByVendor,
  entryFromIntervention,
  getEntry,
  hasEntry,
  type LiveIntervention,
  mergeInterventions,
} from './catalogue/catalogue.js';
export { type MergeVendorHealthOptions, mergeVendorHealth } from './catalogue/health.js';
export {
  getVendor,
  type VendorHealth,
  type VendorHealthStatus,
  type VendorInfo,
  type VendorRegistry,
  vendors,
} from './catalogue/vendors.js';
// Components.
export {
  BrandBadge,
  type BrandBadgeClassNames,
  type BrandBadgeProps,
  type BrandBadgeSize,
  type BrandLogos,
  brandLogoFor,
} from './components/BrandBadge/index.js';
export {
  CapabilityStatus,
  type CapabilityStatusClassNames,
  type CapabilityStatusMessages,
  type CapabilityStatusProps,
} from './components/CapabilityStatus/index.js';
export {
  InterventionChecklist,
  type InterventionChecklistClassNames,
  type InterventionChecklistHeadingLevel,
  type InterventionChecklistMessages,
  type InterventionChecklistProps,
} from './components/InterventionChecklist/index.js';
// Hooks, for a UI of the host's own with the components' behaviour.
export {
  type CapabilityStatusApi,
  type UseCapabilityStatusOptions,
  useCapabilityStatus,
} from './hooks/useCapabilityStatus.js';
export {
  type InterventionChecklistApi,
  type InterventionChecklistAutoRecheck,
  type InterventionChecklistChange,
  type InterventionChecklistEvent,
  type InterventionChecklistItem,
  type InterventionChecklistRecheckState,
  type InterventionChecklistState,
  type UseInterventionChecklistOptions,
  useInterventionChecklist,
  useInterventionChecklistState,
} from './hooks/useInterventionChecklist.js';
// Languages: the built-in US English, overrides, locale matching, and the API's languages.
export { type ApiLanguage, apiLanguage, apiLanguages } from './i18n/api-language.js';
export { enUS } from './i18n/en-US/index.js';
export type { PluralForms } from './i18n/format.js';
export {
  LocaleProvider,
  type LocaleProviderProps,
} from './i18n/locale.js';
export { type MessageOverrides, mergeMessages } from './i18n/merge.js';
export type { Messages } from './i18n/messages.js';
export { defaultLocale, resolveLocale } from './i18n/resolve-locale.js';
// The data model.
export {
  type BatteryCapabilities,
  type BatteryCapabilityName,
  batteryCapabilityNames,
  type Capabilities,
  type Capability,
  type CapabilityName,
  type CapabilityState,
  type ChargerCapabilities,
  type ChargerCapabilityName,
  capabilityNamesByDeviceType,
  chargerCapabilityNames,
  type Device,
  type DeviceFacts,
  type HvacCapabilities,
  type HvacCapabilityName,
  type HvacFacts,
  type HvacMode,
  hvacCapabilityNames,
  hvacFactNames,
  hvacModes,
  type InverterCapabilities,
  type InverterCapabilityName,
  inverterCapabilityNames,
  type KnownCapabilityName,
  type MeterCapabilities,
  type MeterCapabilityName,
  meterCapabilityNames,
  type SolarInverterCapabilities,
  type SolarInverterCapabilityName,
  type TemperatureRange,
  type VehicleCapabilities,
  type VehicleCapabilityName,
  vehicleCapabilityNames,
} from './model/capabilities.js';
export type { DeviceType } from './model/device.js';
export type {
  CatalogueEntry,
  GuidanceAlternative,
  GuidanceLinks,
  GuidanceSource,
  GuidanceStep,
  GuidanceWait,
  Intervention,
  InterventionAccess,
  InterventionAction,
  InterventionAgent,
  InterventionDomain,
  InterventionPerformer,
  InterventionResolution,
  InterventionStage,
  RichBlock,
  RichInline,
  StepPlace,
} from './model/intervention.js';
// Parsing untrusted input, with problems named by their path.
export {
  type ParsedCapabilities,
  parseCapabilities,
  parseDevice,
  parseDevices,
  parseInterventions,
} from './model/parse.js';
export { formatProblem, type Parsed, type ParseProblem } from './model/problems.js';
export { maxContentDepth } from './model/rich.js';
// Pure logic: raw API data and a catalogue in, plans and states out.
export {
  type CapabilitySummary,
  type CapabilityTexts,
  type ChecklistEntry,
  type ChecklistItemStatus,
  type ChecklistOutcome,
  type ChecklistState,
  capabilityDescription,
  capabilityLabel,
  checklistOutcome,
  checklistState,
  defaultStatusOrder,
  type FleetDeviceRef,
  type FleetGroup,
  type FleetOptions,
  type FleetPlan,
  type InterventionLinks,
  type InterventionPlan,
  type ItemLinks,
  linksOf,
  type PlanItem,
  type PlanOptions,
  planFleet,
  planInterventions,
  type ResolvedCapability,
  resolveCapabilities,
  sortCapabilities,
  summarizeCapabilities,
  trackSeenItems,
  webAddress,
} from './resolve/index.js';
