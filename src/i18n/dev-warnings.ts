/**
 * Warnings for hosts in development: a locale no loaded strings match, or guidance in another
 * language than the page. Each names the import that fixes it. Production builds drop them
 * (bundlers replace `process.env.NODE_ENV`), and each distinct warning is logged once.
 */
import { defaultLocale, resolveLocale } from './resolve-locale.js';

/** The locales of `intervention-ui/locales/<tag>`; a unit test holds it to the folder. */
export const uiLocaleTags = [
  'da-DK',
  'de-DE',
  'en-GB',
  'en-US',
  'es-ES',
  'fi-FI',
  'fr-FR',
  'it-IT',
  'ja-JP',
  'lt-LT',
  'lv-LV',
  'nb-NO',
  'nl-BE',
  'nl-NL',
  'pl-PL',
  'pt-PT',
  'ro-RO',
  'sv-SE',
] as const;

/** The languages of `intervention-ui/catalogue/<tag>`; a unit test holds it to the folder. */
export const guidanceLocaleTags = ['de-DE', 'en-US', 'fr-FR', 'nb-NO'] as const;

/** `de-DE` → `deDE`: the name each locale module exports. */
const exportName = (tag: string) => tag.replace('-', '');

function language(tag: string): string | undefined {
  try {
    const { language } = new Intl.Locale(tag);
    // Norwegian is requested as no, nb or nn; the library's Norwegian is Bokmål.
    return language === 'no' || language === 'nn' ? 'nb' : language;
  } catch {
    return undefined;
  }
}

/**
 * The warning for a requested locale that none of the loaded ones matches, so the strings fall
 * back to US English; `undefined` when a loaded locale (or the built-in US English) speaks its
 * language.
 */
export function unmatchedLocaleWarning(
  requested: string,
  loaded: readonly string[],
): string | undefined {
  const wanted = language(requested);
  if (wanted === undefined || wanted === language(defaultLocale)) return undefined;
  if (resolveLocale(requested, loaded) !== undefined) return undefined;
  const nearest = resolveLocale(requested, uiLocaleTags);
  if (nearest === undefined) {
    return `intervention-ui has no strings in "${requested}", so the components speak US English. Pass your own with the \`messages\` prop of LocaleProvider.`;
  }
  const name = exportName(nearest);
  return `No loaded locale matches "${requested}", so the components speak US English. Load ${nearest}: import { ${name} } from 'intervention-ui/locales/${nearest}' and pass locales={[${name}]} to LocaleProvider.`;
}

/**
 * The warning for guidance in another language than the page's; `undefined` when they share a
 * language or the catalogue does not say its language.
 */
export function catalogueLanguageWarning(
  catalogueLocale: string | undefined,
  pageLocale: string,
): string | undefined {
  if (catalogueLocale === undefined) return undefined;
  const guidance = language(catalogueLocale);
  if (guidance === undefined || guidance === language(pageLocale)) return undefined;
  const bundled = resolveLocale(pageLocale, guidanceLocaleTags);
  const fix = bundled
    ? `Pass the guidance in that language: import { catalogue } from 'intervention-ui/catalogue/${bundled}'.`
    : `No bundled guidance is in that language: merge live interventions requested in it with withLiveInterventions from 'intervention-ui/live'.`;
  return `The catalogue's guidance is in ${catalogueLocale} but the components speak ${pageLocale}. ${fix}`;
}

const logged = new Set<string>();

/** Logs a warning once per distinct text. Callers call it in development builds only. */
export function warnOnce(message: string | undefined): void {
  if (message === undefined || logged.has(message)) return;
  logged.add(message);
  console.warn(`[intervention-ui] ${message}`);
}
