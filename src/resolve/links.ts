import type { GuidanceLinks } from '../model/intervention.js';
import type { PlanItem } from './plan.js';

/**
 * A host's own links, per intervention id or per vendor code (`VOLKSWAGEN`): they replace the
 * catalogue's for the items they name. An id wins over a vendor code. Plain data, so a Server
 * Component can pass it.
 */
export type InterventionLinks = Readonly<Record<string, GuidanceLinks | null | undefined>>;

/** The addresses an item offers the owner, each checked to be a web address. */
export interface ItemLinks {
  /** The page to open first: the maker's web portal, or its page about the app. */
  open?: string;
  /** The app's App Store page. */
  ios?: string;
  /** The app's Google Play page. */
  android?: string;
}

/**
 * Only `https:` and `http:` addresses are offered: live data or a host's data could carry
 * `javascript:` or `data:` addresses, which must never become a link the owner presses.
 */
export function webAddress(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function own(links: InterventionLinks | undefined, key: string | undefined) {
  if (!links || !key || !Object.hasOwn(links, key)) return undefined;
  return links[key] ?? undefined;
}

/**
 * The links of one item: the host's for its id or its vendor when given, else the catalogue's.
 * Malformed or unsafe addresses are left out, so an item never shows a broken link.
 */
export function linksOf(item: PlanItem, hostLinks?: InterventionLinks): ItemLinks {
  const vendor = (item.entry?.vendor ?? item.vendor)?.toUpperCase();
  const source = own(hostLinks, item.id) ?? own(hostLinks, vendor) ?? item.entry?.links;
  if (!source || typeof source !== 'object') return {};
  const app = typeof source.app === 'object' && source.app !== null ? source.app : {};
  const result: ItemLinks = {};
  const open = webAddress(source.portal) ?? webAddress(app.web);
  const ios = webAddress(app.ios);
  const android = webAddress(app.android);
  if (open) result.open = open;
  if (ios) result.ios = ios;
  if (android) result.android = android;
  return result;
}
