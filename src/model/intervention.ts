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

/**
 * Who can carry out an intervention. `owner`: the car's owner or keeper, with their own account
 * at the maker. `primaryUser`: the user the car names as its primary or main user, who alone
 * may order and switch on services (Volkswagen, ŠKODA, SEAT). `keyUser`: Audi's name for the
 * same role. `driver`: whoever uses the car, each with their own settings in it. `dealer`: a
 * service partner or workshop.
 */
export type InterventionPerformer =
  | 'owner'
  | 'primaryUser'
  | 'keyUser'
  | 'driver'
  | 'dealer'
  | (string & {});

/** A page the guidance rests on. */
export interface GuidanceSource {
  /** An `https` address. */
  url: string;
  /** What the page is, so a reader can find it again if the address moves. */
  title: string;
  /**
   * Who publishes it: `maker` (the maker's own site), `manual` (the maker's owner's manual on
   * another site), or `press` (a report, where the maker says nothing).
   */
  kind?: 'maker' | 'manual' | 'press';
}

/** Addresses the owner can open, as the maker publishes them: data, never text in a step. */
export interface GuidanceLinks {
  /** The maker's app: its App Store and Google Play pages, and the maker's own page for it. */
  app?: { ios?: string; android?: string; web?: string };
  /** The maker's web portal. */
  portal?: string;
}

/** Another way, where an older car, a used car or another region differs from the steps. */
export interface GuidanceAlternative {
  /**
   * When it applies: `olderCar` (an older model or software), `usedCar` (a previous owner is
   * still linked), `otherUser` (someone else already set the car up), `otherRegion`, or
   * `otherModel` (a model or badge the steps do not fit).
   */
  case: 'olderCar' | 'usedCar' | 'otherUser' | 'otherRegion' | 'otherModel' | (string & {});
  /** What to do instead, in plain words. */
  text: string;
}

/** Time that passes after the owner's part is done, such as an activation or a download. */
export interface GuidanceWait {
  /** What the owner waits for, in plain words. */
  text: string;
  /** The most it takes, in minutes, where the maker states a figure. */
  upToMinutes?: number;
}

/** An intervention with the structured guidance the library shows. */
export interface CatalogueEntry extends Intervention {
  /** The ordered steps; empty for a live entry the bundled catalogue does not know. */
  steps: readonly GuidanceStep[];
  /** What must be true before starting ("before you start"). */
  preconditions: readonly string[];
  /**
   * The owner's own time, in minutes, apart from any {@link CatalogueEntry.wait | wait};
   * absent where no fair estimate exists (a workshop visit, say).
   */
  ownerMinutes?: number;
  /** Waiting after the owner's part, when there is any. */
  wait?: GuidanceWait;
  /**
   * A typical time to complete, in minutes.
   * @deprecated Set {@link CatalogueEntry.ownerMinutes} and {@link CatalogueEntry.wait}; this is
   * read only where `ownerMinutes` is absent.
   */
  estimatedMinutes?: number;
  /** Who can carry it out; any one of them will do. */
  performedBy?: readonly InterventionPerformer[];
  /** What the owner will see when it worked. */
  successSign?: string;
  /** Other ways, for an older car, a used car or another region. */
  alternatives?: readonly GuidanceAlternative[];
  /** The maker's app and portal. */
  links?: GuidanceLinks;
  /** The pages the guidance rests on. */
  sources?: readonly GuidanceSource[];
  /** When the guidance was last compared with its sources (an ISO date, `2026-12-01`). */
  checkedAt?: string;
  /** The capabilities this intervention usually unlocks. */
  unlocks: readonly CapabilityName[];
  /** The app or web portal to open (`Tesla app`). */
  portal?: string;
  /** Where it sits in the order of work; derived from `domain` when absent. */
  stage?: InterventionStage;
  /** The live description turned into safe structured content, when live data was merged. */
  content?: readonly RichBlock[];
}
