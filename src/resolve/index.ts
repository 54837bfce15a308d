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
