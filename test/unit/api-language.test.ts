import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allLocales } from '../../src/i18n/locales/index.js';
import { apiLanguage, apiLanguages } from '../../src/index.js';
import { enodeApi20241001 } from '../fixtures/enode-api-2024-10-01.js';

describe('apiLanguage', () => {
  it('knows exactly the languages of the API’s language parameter', () => {
    expect([...apiLanguages].sort()).toEqual([...enodeApi20241001.languages].sort());
  });

  it.each(apiLanguages)('asks for %s as it is', (language) => {
    expect(apiLanguage(language)).toBe(language);
    expect(apiLanguage(language.toLowerCase())).toBe(language);
  });

  it.each([
    ['de-AT', 'de-DE'],
    ['de-CH', 'de-DE'],
    ['nn', 'nb-NO'],
    ['no', 'nb-NO'],
    ['nb', 'nb-NO'],
    ['en-AU', 'en-GB'],
    ['en-IE', 'en-GB'],
    ['en', 'en-US'],
    ['en-CA', 'en-US'],
    ['pt-BR', 'pt-PT'],
    ['nl', 'nl-NL'],
    ['fr-CA', 'fr-FR'],
    ['es-MX', 'es-ES'],
    ['sv-FI', 'sv-SE'],
    ['ja', 'ja-JP'],
    ['pl', 'pl-PL'],
    ['lt', 'lt-LT'],
    ['lv', 'lv-LV'],
    [' da-DK ', 'da-DK'],
    ['fi-FI-u-ca-gregory', 'fi-FI'],
  ])('asks for the nearest language the API serves: %s → %s', (locale, language) => {
    expect(apiLanguage(locale)).toBe(language);
  });

  it('falls back to en-US for a language the API does not serve, as the API does', () => {
    for (const locale of ['it-IT', 'it', 'zh-CN', 'ko', 'ar-EG']) {
      expect(apiLanguage(locale)).toBe('en-US');
    }
  });

  it('falls back to en-US for anything that is no locale tag', () => {
    for (const locale of ['', '  ', 'not a tag!', 'de_DE', 42, null, undefined, {}, ['de-DE']]) {
      expect(apiLanguage(locale)).toBe('en-US');
    }
  });

  it('gives a language the API serves for any input, without throwing', () => {
    const served = new Set<string>(apiLanguages);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (input) => {
        expect(served.has(apiLanguage(input))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('asks for the language of every built-in locale but Italian, which the API lacks', () => {
    const asked = allLocales.map(({ locale }) => [locale, apiLanguage(locale)]);
    expect(asked.filter(([locale, language]) => locale !== language)).toEqual([['it-IT', 'en-US']]);
  });
});
