/**
 * Logos of the host's own, by vendor. The library ships no logos (they are the makers'
 * trademarks, licensed to each host on its own terms); a host that holds a licence passes its
 * images here and every badge draws them in place of the monogram. No 'use client': a Server
 * Component builds the map and looks logos up with it.
 */
import type { ReactNode } from 'react';
import { normaliseVendorCode } from '../../catalogue/brands.js';

/**
 * A host's logos keyed by vendor code (`BMW`, `Deye`; any case): an `<img>` or `<svg>`
 * element each, drawn in the brand mark's square in place of the monogram.
 */
export type BrandLogos = Readonly<Partial<Record<string, ReactNode>>>;

/**
 * The logo `logos` holds for `vendor`, or `null`. Codes match whatever their case and
 * surrounding spaces (`bmw`, ` BMW ` and `BMW` find the same logo); a missing map, a vendor
 * that is not a string and a code the map lacks all give `null`. Only the map's own entries
 * count, so a code such as `constructor` never finds something of `Object.prototype`.
 */
export function brandLogoFor(logos: BrandLogos | null | undefined, vendor: unknown): ReactNode {
  if (typeof logos !== 'object' || logos === null) return null;
  const key = normaliseVendorCode(vendor);
  if (key === undefined) return null;
  const entry = (code: string): ReactNode =>
    Object.hasOwn(logos, code) && normaliseVendorCode(code) === key ? (logos[code] ?? null) : null;
  // The common case first: the map is keyed as the code is given, or in upper case.
  const direct = entry(vendor as string) ?? entry(key);
  if (direct !== null) return direct;
  for (const code of Object.keys(logos)) {
    const logo = entry(code);
    if (logo !== null) return logo;
  }
  return null;
}
