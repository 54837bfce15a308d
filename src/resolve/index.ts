export {
  type ChecklistEntry,
  type ChecklistItemStatus,
  type ChecklistOutcome,
  type ChecklistState,
  checklistOutcome,
  checklistState,
  trackSeenItems,
} from './checklist.js';
export {
  type FleetDeviceRef,
  type FleetGroup,
  type FleetOptions,
  type FleetPlan,
  planFleet,
} from './fleet.js';
export {
  type CapabilityTexts,
  capabilityDescription,
  capabilityLabel,
  labelFromKey,
} from './labels.js';
export { type InterventionLinks, type ItemLinks, linksOf, webAddress } from './links.js';
export {
  compareItems,
  type InterventionPlan,
  type PlanItem,
  type PlanOptions,
  planInterventions,
  type ResolvedCapability,
  resolveCapabilities,
  stageOf,
} from './plan.js';
export {
  type CapabilitySummary,
  defaultStatusOrder,
  sortCapabilities,
  summarizeCapabilities,
} from './summary.js';
