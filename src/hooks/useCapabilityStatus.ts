'use client';

import { type Catalogue, createCatalogue, getEntry } from '../catalogue/catalogue.js';
import { getVendor, type VendorInfo, type VendorRegistry } from '../catalogue/vendors.js';
import { statusEnUS } from '../i18n/en-US/status.js';
import { type MessageOverrides, useCatalogueLanguageWarning, useMessages } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import type { CapabilityState } from '../model/capabilities.js';
import { deviceVendor } from '../model/device-input.js';
import { parseCapabilities } from '../model/parse.js';
import { type CapabilityTexts, capabilityLabel } from '../resolve/labels.js';
import {
  type InterventionPlan,
  planInterventions,
  type ResolvedCapability,
} from '../resolve/plan.js';
import {
  type CapabilitySummary,
  defaultStatusOrder,
  sortCapabilities,
  summarizeCapabilities,
} from '../resolve/summary.js';

/** The options of `useCapabilityStatus`: CapabilityStatus's props, without the markup's. */
export interface UseCapabilityStatusOptions {
  /**
   * The device's `capabilities` object, or the whole device that has one (raw API data
   * accepted).
   */
  capabilities: unknown;
  /**
   * Show only this one capability (`smartCharging`).
   * @default undefined (every capability, or the `filter`'s)
   */
  capability?: string | undefined;
  /**
   * Only these capabilities; a name the device does not report is left out.
   * @default undefined (every capability the device reports)
   */
  filter?: readonly string[] | undefined;
  /**
   * The order of the statuses; capabilities keep the API's (or the filter's) order within one.
   * @default ['blocked', 'capable', 'missing']
   */
  statusOrder?: readonly CapabilityState[] | undefined;
  /**
   * For the titles of the actions behind a blocked entry.
   * @default undefined (counts only)
   */
  catalogue?: Catalogue | undefined;
  /**
   * The device's vendor code: names the app for actions the catalogue does not know.
   * @default the `vendor` of a whole device passed as `capabilities`, else none
   */
  vendor?: string | undefined;
  /**
   * Vendors as the API describes them (what `mergeVendorHealth` returns), over the bundled
   * registry: their names and apps win, and a vendor only they list is named.
   * @default undefined (the bundled registry alone)
   */
  vendors?: VendorRegistry | undefined;
  /**
   * The owner's locale, for labels and plural rules.
   * @default the nearest `LocaleProvider`'s, else 'en-US'
   */
  locale?: string | undefined;
  /**
   * Capability labels by name, laid over the locale's one by one.
   * @default the labels of the locale in use
   */
  capabilityLabels?: CapabilityTexts | undefined;
  /**
   * Host wording for any of the status strings, over the locale's.
   * @default undefined (the locale's wording)
   */
  messages?: MessageOverrides<Messages['status']> | undefined;
}

/** What a status UI shows, worked out once. */
export interface CapabilityStatusApi {
  plan: InterventionPlan;
  /** The capabilities in the status order. */
  entries: readonly ResolvedCapability[];
  summary: CapabilitySummary;
  /**
   * Why there is nothing to show: the device reported no capabilities (`none`), or none of
   * those asked for (`not-reported`, with `requestedLabels`); `undefined` when there is.
   */
  empty: 'none' | 'not-reported' | undefined;
  /** The labels of the capabilities asked for, for the `not-reported` message. */
  requestedLabels: readonly string[];
  /** The device's vendor, when known. */
  vendor: VendorInfo | undefined;
  locale: string;
  /** The status strings in that locale, with the host's wording over them. */
  messages: Messages['status'];
  /** The catalogue's title of an intervention, if the catalogue has it. */
  titleOf: (interventionId: string) => string | undefined;
}

const noCatalogue = createCatalogue([]);

/**
 * The names asked for; `undefined`: all. The plan reads a repeated name once; deduplicating here
 * too keeps the "not reported" message from naming one capability twice.
 */
function requestedNames(
  capability: unknown,
  filter: readonly unknown[] | undefined,
): string[] | undefined {
  if (typeof capability === 'string') return [capability];
  if (!Array.isArray(filter)) return undefined;
  return [...new Set(filter.filter((name): name is string => typeof name === 'string'))];
}

/**
 * CapabilityStatus's logic without its markup: which features work, which are blocked and by
 * how many actions, which never will, in the order to show them, and the one-line summary.
 */
export function useCapabilityStatus(options: UseCapabilityStatusOptions): CapabilityStatusApi {
  const { capabilities, catalogue } = options;
  const { locale, messages, capabilityLabels } = useMessages('status', statusEnUS, {
    overrides: options.messages,
    locale: options.locale,
    capabilityLabels: options.capabilityLabels,
  });
  useCatalogueLanguageWarning(catalogue?.locale, locale);
  const vendor = getVendor(options.vendor ?? deviceVendor(capabilities), options.vendors);
  const names = requestedNames(options.capability, options.filter);
  const plan = planInterventions(capabilities, catalogue ?? noCatalogue, {
    filter: names,
    capabilityLabels,
    vendor: vendor?.code,
  });
  let empty: CapabilityStatusApi['empty'];
  if (plan.capabilities.length === 0) {
    // Whether the device reported nothing, or nothing the host asked for: the second tells a
    // developer their filter is off, and an owner that this screen has nothing to say.
    const reportsSome =
      names !== undefined &&
      names.length > 0 &&
      Object.keys(parseCapabilities(capabilities).value).length > 0;
    empty = reportsSome ? 'not-reported' : 'none';
  }
  return {
    plan,
    entries: sortCapabilities(plan.capabilities, options.statusOrder ?? defaultStatusOrder),
    summary: summarizeCapabilities(plan),
    empty,
    requestedLabels: (names ?? []).map((name) => capabilityLabel(name, capabilityLabels)),
    vendor,
    messages,
    locale,
    titleOf: (id) => (catalogue && getEntry(catalogue, id))?.resolution.title.trim() || undefined,
  };
}
