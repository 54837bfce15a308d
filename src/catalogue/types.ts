import type { CapabilityName } from '../model/capabilities.js';
import type {
  GuidanceAlternative,
  GuidanceLinks,
  GuidanceSource,
  GuidanceStep,
  InterventionAccess,
  InterventionAgent,
  InterventionDomain,
  InterventionPerformer,
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
  /** The app or web portal to open, by its current name. */
  portal: string;
  /** Who can carry it out; any one of them will do. */
  performedBy: readonly InterventionPerformer[];
  /**
   * The owner's own time in minutes: the library's estimate of the taps, forms and walks to the
   * car, apart from any waiting. `null` where no fair estimate exists.
   */
  ownerMinutes: number | null;
  /**
   * Waiting after the owner's part, in minutes: the most it takes as the maker states it, or
   * `null` where the maker gives no figure. Absent when there is nothing to wait for; when
   * present, every language says what is waited for in `waiting`.
   */
  waitMinutes?: number | null;
  /** The maker's app and portal. */
  links: GuidanceLinks;
  /** The maker's pages the guidance rests on. */
  sources: readonly GuidanceSource[];
  /** When the guidance was last compared with its sources (an ISO date). */
  checkedAt: string;
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
  /** What the owner will see when it worked. */
  successSign: string;
  /** What the owner waits for after their part; there exactly when the facts have a wait. */
  waiting?: string;
  /** Other ways, for an older car, a used car or another region. */
  alternatives?: readonly GuidanceAlternative[];
}

/** One language's guidance for the bundled interventions, by id. */
export type GuidanceModule = Readonly<Record<string, InterventionGuidance>>;
