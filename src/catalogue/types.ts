import type { CapabilityName } from '../model/capabilities.js';
import type {
  GuidanceStep,
  InterventionAccess,
  InterventionAgent,
  InterventionDomain,
  InterventionStage,
} from '../model/intervention.js';

/** The language-neutral facts of one bundled intervention. */
export interface InterventionFacts {
  /** The id exactly as the API uses it. */
  id: string;
  /** The vendor code (`VOLKSWAGEN`). */
  vendor: string;
  /** The kind of device (`vehicle`). */
  vendorType: string;
  /** The brand exactly as the source document writes it (`Volkswagen`, `ŠKODA`, `Seat`). */
  brand: string;
  domain: InterventionDomain;
  access: InterventionAccess;
  agent: InterventionAgent;
  /** Where it sits in the order of work. */
  stage: InterventionStage;
  /** The capabilities it usually unlocks. */
  unlocks: readonly CapabilityName[];
  /** The app or web portal to open. */
  portal: string;
  /** A typical time to complete, in minutes. */
  estimatedMinutes?: number;
}

/** The words of one bundled intervention's guidance, in one language. */
export interface InterventionGuidance {
  /** The title (in en-US exactly as the source document has it). */
  title: string;
  /** One or two plain sentences: what this is and why it is needed. */
  description: string;
  /** What must be true before starting. */
  preconditions: readonly string[];
  /** 2 to 6 ordered steps. */
  steps: readonly GuidanceStep[];
}

/** One language's guidance for the bundled interventions, by id. */
export type GuidanceModule = Readonly<Record<string, InterventionGuidance>>;
