import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogue as catalogueEnUS } from '../../src/catalogue/index.js';
import { catalogue as catalogueDeDE } from '../../src/catalogue/locales/de-DE.js';
import { catalogue as catalogueFrFR } from '../../src/catalogue/locales/fr-FR.js';
import { catalogue as catalogueNbNO } from '../../src/catalogue/locales/nb-NO.js';
import { plural } from '../../src/i18n/format.js';
import { allLocales } from '../../src/i18n/locales/index.js';
import {
  CapabilityStatus,
  type Catalogue,
  createCatalogue,
  enUS,
  InterventionChecklist,
  LocaleProvider,
} from '../../src/index.js';
import { enodeApi20241001 } from '../fixtures/enode-api-2024-10-01.js';

/** Guidance in the locale where the library has it; elsewhere guidance text is not UI. */
const guidance: Record<string, Catalogue> = {
  'de-DE': catalogueDeDE,
  'fr-FR': catalogueFrFR,
  'nb-NO': catalogueNbNO,
};
/** The bundled entries with their words blanked out: only the UI's own strings remain. */
const wordless = createCatalogue(
  catalogueEnUS.entries.map((entry) => ({
    ...entry,
    resolution: { ...entry.resolution, title: '¤', description: '¤' },
    steps: entry.steps.map((step) => ({ ...step, text: '¤', detail: '¤' })),
    preconditions: entry.preconditions.map(() => '¤'),
  })),
);

const vwSubscription = 'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9';
const vwCharging = '3e861d64-9c00-4c97-9475-a1b4a9881e79';
/** Every state at once: capable, blocked (known and unknown ids, one shared), missing. */
const capabilities = {
  information: { isCapable: true, interventionIds: [] },
  chargeState: { isCapable: false, interventionIds: [vwSubscription, vwCharging] },
  location: { isCapable: false, interventionIds: [vwSubscription, 'unknown-id-1'] },
  startCharging: { isCapable: false, interventionIds: [vwCharging] },
  smartCharging: { isCapable: false, interventionIds: [vwSubscription] },
  odometer: { isCapable: false, interventionIds: [] },
  setMaxCurrent: { isCapable: false, interventionIds: [] },
};
const allIds = [vwSubscription, vwCharging, 'unknown-id-1'];

/** Every string the en-US UI shows, as the fixed fragments between its placeholders. */
function englishFragments(): string[] {
  const { locale: _, capabilityDescriptions: __, ...ui } = enUS;
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(ui);
  return [
    ...new Set(
      strings
        .flatMap((text) => text.split(/\{\w+\}/))
        .map((fragment) =>
          fragment
            .trim()
            .replace(/^[:,.·]+|[:,.·]+$/g, '')
            .trim(),
        )
        .filter((fragment) => /\p{L}{3,}/u.test(fragment)),
    ),
  ];
}

/** Everything a person or a screen reader meets: text and the names and values in ARIA. */
function perceivable(container: HTMLElement): string {
  const attributes = [...container.querySelectorAll('*')].flatMap((element) =>
    ['aria-label', 'aria-valuetext', 'title', 'alt'].flatMap(
      (name) => element.getAttribute(name) ?? [],
    ),
  );
  return [container.textContent ?? '', ...attributes].join('\n');
}

/** Whether `text` holds `phrase` as whole words ("Progress" is not in "Progressie"). */
function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(text);
}

/** Words that are the same in English and in the locale: not English left over. */
const sameInBothLanguages: Record<string, readonly string[]> = {
  'fr-FR': ['minute', 'minutes', 'Production'],
  'ro-RO': ['minute'],
  // Lithuanian "apie 2 minutes" (about 2 minutes) spells the plural as English does.
  'lt-LT': ['minutes'],
  // Dutch writes the imperative "Open {portal}" as English does.
  'nl-NL': ['Open'],
  'nl-BE': ['Open'],
};

const nonEnglish = allLocales.filter((messages) => !messages.locale.startsWith('en'));

describe('the components in every non-English locale', () => {
  it('covers the 16 non-English locales: every language the API serves, and Italian', () => {
    // The API spec's languages, read from its schema, less English, plus Italian.
    const served = enodeApi20241001.languages.filter((tag) => !tag.startsWith('en'));
    expect(nonEnglish.map((m) => m.locale).sort()).toEqual([...served, 'it-IT'].sort());
  });

  it.each(nonEnglish.map((messages) => [messages.locale, messages] as const))(
    '%s leaves no English UI word on screen',
    async (locale, messages) => {
      const { container } = render(
        <LocaleProvider locale={locale} locales={allLocales}>
          <CapabilityStatus capabilities={capabilities} variant="summary" />
          <CapabilityStatus
            capabilities={capabilities}
            vendor="VOLKSWAGEN"
            catalogue={guidance[locale] ?? wordless}
            onSelectCapability={() => {}}
          />
          <CapabilityStatus capabilities={capabilities} capability="notReportedAtAll" />
          <CapabilityStatus capabilities={{}} />
          <InterventionChecklist
            capabilities={capabilities}
            vendor="VOLKSWAGEN"
            catalogue={guidance[locale] ?? wordless}
            defaultExpanded={allIds}
            defaultCompleted={[vwCharging]}
            onRecheck={() => Promise.reject(new Error('offline'))}
          />
          <InterventionChecklist
            capabilities={{ information: { isCapable: true, interventionIds: [] } }}
          />
        </LocaleProvider>,
      );
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: messages.checklist.recheck }));
      });
      expect(screen.getByRole('alert')).toHaveTextContent(messages.checklist.recheckFailed);

      const shown = perceivable(container);
      const leftovers = englishFragments().filter(
        (fragment) =>
          !sameInBothLanguages[locale]?.includes(fragment) && containsPhrase(shown, fragment),
      );
      expect(leftovers).toEqual([]);
      // And the locale's own words are there.
      expect(shown).toContain(messages.checklist.markDone);
      expect(shown).toContain(messages.checklist.undo);
      expect(shown).toContain(messages.status.status.missing);
      // Charge state waits for two actions: its status is that count, in the locale's plural.
      expect(shown).toContain(plural(messages.status.actionsNeeded, 2, locale));
      expect(shown).toContain(messages.capabilityLabels.chargeState);
    },
  );
});
