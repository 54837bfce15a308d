import type { CapabilityName } from './capabilities.js';

/** Where an intervention belongs: the maker's account or subscription, or the device itself. */
export type InterventionDomain = 'Account' | 'Device' | (string & {});
/** Whether it is done remotely (app, web portal) or at the device. */
export type InterventionAccess = 'Remote' | 'Physical' | (string & {});
/** Who can do it: the owner, or a third party such as a dealer or workshop. */
export type InterventionAgent = 'User' | 'ThirdParty' | (string & {});

/** How to resolve an intervention, as the live API describes it. */
export interface InterventionResolution {
  /** A short title (`Enable Mobile Access in vehicle`). */
  title: string;
  /** Markdown from outside the host's control: never render it as HTML. */
  description: string;
  access: InterventionAccess;
  agent: InterventionAgent;
}

/** An intervention as `GET /interventions` returns it. */
export interface Intervention {
  id: string;
  /** The vendor code (`TESLA`). */
  vendor: string;
  /** The kind of device (`vehicle`). */
  vendorType: string;
  /** The brand as the API writes it (`Tesla`). */
  brand: string;
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
