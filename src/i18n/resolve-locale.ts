/** Locale matching with no React and no browser globals, so hosts can call it anywhere. */

/** The library's default and last fallback. */
export const defaultLocale = 'en-US';

/** Regions whose English is closer to British than to American English. */
const britishEnglishRegions = new Set(['GB', 'IE', 'AU', 'NZ', 'ZA', 'IN', 'SG', 'HK', 'MT']);

/** `Intl.Locale` for a tag, or `undefined` for a malformed one (it would throw). */
function parse(tag: unknown): Intl.Locale | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  try {
    return new Intl.Locale(tag.trim());
  } catch {
    return undefined;
  }
}

/** Norwegian is requested as `no`, `nb` or `nn`; the library's Norwegian is Bokmål. */
function languageOf(locale: Intl.Locale): string {
  return locale.language === 'no' || locale.language === 'nn' ? 'nb' : locale.language;
}

/**
 * The available locale nearest to the requested one: the same tag; else the same language in
 * the same region; else the same language (British English for Commonwealth regions, else the
 * language's main region, else any); else `undefined`, and the caller falls back to en-US. Case and
 * malformed tags are handled: `de-at` finds `de-DE`, `nn` finds `nb-NO`, `pt-BR` finds `pt-PT`.
 */
export function resolveLocale(
  requested: unknown,
  available: readonly string[],
): string | undefined {
  const wanted = parse(requested);
  if (!wanted) return undefined;
  const candidates = available.flatMap((tag) => {
    const locale = parse(tag);
    return locale ? [{ tag, locale }] : [];
  });
  const exact = candidates.find(({ locale }) => locale.baseName === wanted.baseName);
  if (exact) return exact.tag;
  const sameLanguage = candidates.filter(({ locale }) => languageOf(locale) === languageOf(wanted));
  const sameRegion = sameLanguage.find(({ locale }) => locale.region === wanted.region);
  if (sameRegion) return sameRegion.tag;
  if (wanted.language === 'en' && wanted.region && britishEnglishRegions.has(wanted.region)) {
    const british = sameLanguage.find(({ locale }) => locale.region === 'GB');
    if (british) return british.tag;
  }
  // The language's main region (`nl` → NL, `en` → US), as Unicode's likely subtags give it.
  const main = new Intl.Locale(languageOf(wanted)).maximize().region;
  return (sameLanguage.find(({ locale }) => locale.region === main) ?? sameLanguage[0])?.tag;
}

/** A tag `Intl` accepts, for plural rules and list formats: the given one, else en-US. */
export function usableLocale(tag: unknown): string {
  return parse(tag)?.toString() ?? defaultLocale;
}
