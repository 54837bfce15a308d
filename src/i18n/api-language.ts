/** The language to ask the API for, with no React and no browser globals. */
import { defaultLocale, resolveLocale } from './resolve-locale.js';

/**
 * The languages the API translates interventions into: the values of the `language` query
 * parameter of `GET /interventions` (API version 2024-10-01).
 */
export const apiLanguages = [
  'en-US',
  'en-GB',
  'de-DE',
  'fr-FR',
  'es-ES',
  'ja-JP',
  'pt-PT',
  'lv-LV',
  'lt-LT',
  'nl-NL',
  'nl-BE',
  'nb-NO',
  'pl-PL',
  'sv-SE',
  'da-DK',
  'fi-FI',
  'ro-RO',
] as const;

/** A language the API serves interventions in. */
export type ApiLanguage = (typeof apiLanguages)[number];

/**
 * The language the API serves that is nearest to `locale`, for the `language` query parameter
 * of `GET /interventions`: nearest as `resolveLocale` finds it (`de-AT` → de-DE, `nn` → nb-NO,
 * `en-AU` → en-GB, `pt-BR` → pt-PT), else en-US, as the API itself falls back (a language it
 * does not serve, such as Italian, and anything that is no locale tag).
 */
export function apiLanguage(locale: unknown): ApiLanguage {
  return (resolveLocale(locale, apiLanguages) as ApiLanguage | undefined) ?? defaultLocale;
}
