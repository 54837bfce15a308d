import type { CapabilityName } from './capabilities.js';

/** Where an intervention belongs: the maker's account or subscription, or the device itself. */
export type InterventionDomain = 'Account' | 'Device' | (string & {});
/** Whether it is done remotely (app, web portal) or at the device. */
export type InterventionAccess = 'Remote' | 'Physical' | (string & {});
/** Who can do it: the owner, or a third party such as a dealer or workshop. */
export type InterventionAgent = 'User' | 'ThirdParty' | (string & {});

/**
 * What the owner does to resolve an intervention, beyond following its steps. `Link`: connect
 * the device again through the vendor's Link UI (after expired credentials, for example),
 * which the host starts with a relink session (`POST /assets/{assetId}/relink`).
 */
export type InterventionAction = 'Link' | (string & {});

/** How to resolve an intervention, as the live API describes it. */
export interface InterventionResolution {
  /** A short title (`Enable Mobile Access in vehicle`). */
  title: string;
  /** Markdown from outside the host's control: never render it as HTML. */
  description: string;
  access: InterventionAccess;
  agent: InterventionAgent;
  /**
   * The action that resolves it: `Link` to connect the device again; `null` when following the
   * description is enough. Absent where the data predates the field.
   */
  action?: InterventionAction | null;
}

/**
 * An intervention as `GET /interventions` returns it (API version 2024-10-01), in either of
 * its two forms: tied to one vendor, or not specific to any brand or kind of device, with
 * `vendor`, `vendorType` and `brand` all `null`.
 */
export interface Intervention {
  id: string;
  /** The vendor code (`TESLA`); `null` when the intervention is not specific to one brand. */
  vendor: string | null;
  /** The kind of device (`vehicle`); `null` when not specific to one. */
  vendorType: string | null;
  /** The brand as the API writes it (`Tesla`); `null` when not specific to one. */
  brand: string | null;
  /** When the API introduced it (ISO date-time), when known. */
  introducedAt?: string;
  domain: InterventionDomain;
  resolution: InterventionResolution;
}

/** Where a step happens, so the owner knows what to pick up. */
export type StepPlace = 'app' | 'web' | 'vehicle' | 'device' | 'dealer';

/** One instruction in an intervention's guidance. */
export interface GuidanceStep {
  /** A short instruction (`Open the Tesla app and sign in`). */
  text: string;
  /** An optional line with more detail: a menu path, a pitfall. */
  detail?: string;
  /** Where this step happens. */
  place?: StepPlace;
}

/**
 * Where an intervention sits in the order a person would do them: the account first, then the
 * subscription, then the services it enables, then settings in the device, then updates.
 */
export type InterventionStage = 'account' | 'subscription' | 'service' | 'device' | 'update';

/** Inline content of a rich description. */
export type RichInline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: RichInline[] }
  | { type: 'emphasis'; children: RichInline[] }
  | { type: 'code'; value: string }
  | { type: 'link'; href: string; children: RichInline[] }
  | { type: 'break' };

/** Block content of a rich description: safe, structured, never HTML. */
export type RichBlock =
  | { type: 'paragraph'; children: RichInline[] }
  | { type: 'list'; ordered: boolean; items: RichBlock[][] };

/** An intervention with the structured guidance the library shows. */
export interface CatalogueEntry extends Intervention {
  /** The ordered steps; empty for a live entry the bundled catalogue does not know. */
  steps: readonly GuidanceStep[];
  /** What must be true before starting ("before you start"). */
  preconditions: readonly string[];
  /** A typical time to complete, in minutes, when known. */
  estimatedMinutes?: number;
  /** The capabilities this intervention usually unlocks. */
  unlocks: readonly CapabilityName[];
  /** The app or web portal to open (`Tesla app`). */
  portal?: string;
  /** Where it sits in the order of work; derived from `domain` when absent. */
  stage?: InterventionStage;
  /** The live description turned into safe structured content, when live data was merged. */
  content?: readonly RichBlock[];
}
