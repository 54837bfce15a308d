import { describe, expect, it } from 'vitest';
import { bundledEntries } from '../../src/catalogue/entries.js';
import { interventionFacts } from '../../src/catalogue/facts.js';
import { guidanceDeDE } from '../../src/catalogue/guidance/de-DE.js';
import { guidanceEnUS } from '../../src/catalogue/guidance/en-US.js';
import { guidanceFrFR } from '../../src/catalogue/guidance/fr-FR.js';
import { guidanceNbNO } from '../../src/catalogue/guidance/nb-NO.js';
import type { GuidanceModule, InterventionFacts } from '../../src/catalogue/types.js';
import type { GuidanceLinks } from '../../src/model/intervention.js';
import { englishLeftIn, makerEnglish } from './guidance-english.js';
import { stringsOf } from './guidance-translation.js';

const translations: readonly [locale: string, guidance: GuidanceModule][] = [
  ['de-DE', guidanceDeDE],
  ['fr-FR', guidanceFrFR],
  ['nb-NO', guidanceNbNO],
];
const modules: readonly [locale: string, guidance: GuidanceModule][] = [
  ['en-US', guidanceEnUS],
  ...translations,
];

const performers = ['owner', 'primaryUser', 'keyUser', 'driver', 'dealer'];
const sourceKinds = ['maker', 'manual', 'press'];
const cases = ['olderCar', 'usedCar', 'otherUser', 'otherRegion', 'otherModel'];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
// Store pages without a country, so each store opens the owner's own.
const appStore = /^https:\/\/apps\.apple\.com\/app\/id\d+$/;
const googlePlay = /^https:\/\/play\.google\.com\/store\/apps\/details\?id=[a-z][\w.]*$/i;

const byId = interventionFacts.map((facts) => [facts.id, facts] as const);

/** Every address of an entry's links, named by where it sits. */
function addressesOf(links: GuidanceLinks): [where: string, url: string][] {
  return [
    ...Object.entries(links.app ?? {}).map(([where, url]): [string, string] => [
      `app ${where}`,
      url,
    ]),
    ...(links.portal === undefined ? [] : [['portal', links.portal] as [string, string]]),
  ];
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && url.username === '';
  } catch {
    return false;
  }
}

describe('the sources of every bundled entry', () => {
  it.each(byId)('%s rests on pages that can be found again', (_id, facts: InterventionFacts) => {
    expect(facts.sources.length).toBeGreaterThan(0);
    // Press alone is not enough: at least one page is the maker's own word.
    expect(facts.sources.some((source) => source.kind !== 'press')).toBe(true);
    for (const source of facts.sources) {
      expect(isHttpsUrl(source.url), source.url).toBe(true);
      expect(source.title.trim().length, source.url).toBeGreaterThan(0);
      expect(sourceKinds).toContain(source.kind);
    }
    const urls = facts.sources.map((source) => source.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it.each(byId)('%s says when it was checked, as an ISO date', (_id, facts) => {
    expect(facts.checkedAt).toMatch(isoDate);
    const date = new Date(`${facts.checkedAt}T00:00:00Z`);
    // A real calendar day, written the way ISO writes it.
    expect(date.toISOString().slice(0, 10)).toBe(facts.checkedAt);
  });
});

describe('who does it, and how long it takes', () => {
  it.each(byId)('%s names who can carry it out', (_id, facts) => {
    expect(facts.performedBy.length).toBeGreaterThan(0);
    expect(new Set(facts.performedBy).size).toBe(facts.performedBy.length);
    for (const who of facts.performedBy) expect(performers).toContain(who);
    // An intervention only a third party can do names the dealer.
    if (facts.agent === 'ThirdParty') expect(facts.performedBy).toContain('dealer');
  });

  it.each(byId)('%s gives the owner’s time apart from any waiting', (id, facts) => {
    if (facts.ownerMinutes !== null) {
      expect(Number.isInteger(facts.ownerMinutes)).toBe(true);
      // Minutes of the owner's own work: a few hours at most, never the waiting.
      expect(facts.ownerMinutes).toBeGreaterThan(0);
      expect(facts.ownerMinutes).toBeLessThanOrEqual(120);
    }
    if (typeof facts.waitMinutes === 'number') {
      expect(Number.isInteger(facts.waitMinutes)).toBe(true);
      expect(facts.waitMinutes).toBeGreaterThan(0);
    }
    // Every language says what is waited for exactly when the facts have a wait.
    for (const [locale, guidance] of modules) {
      const waiting = guidance[id]?.waiting;
      expect(waiting !== undefined, `${locale} ${id}`).toBe(facts.waitMinutes !== undefined);
      if (waiting !== undefined) expect(waiting.trim().length).toBeGreaterThan(0);
    }
  });
});

describe('links the owner can open', () => {
  it.each(byId)('%s links to the maker’s app or portal over https', (_id, facts) => {
    const addresses = addressesOf(facts.links);
    expect(addresses.length).toBeGreaterThan(0);
    for (const [where, url] of addresses) expect(isHttpsUrl(url), where).toBe(true);
    if (facts.links.app?.ios !== undefined) expect(facts.links.app.ios).toMatch(appStore);
    if (facts.links.app?.android !== undefined) {
      expect(facts.links.app.android).toMatch(googlePlay);
    }
  });

  it.each(modules)('%s keeps links out of the words', (_locale, guidance) => {
    for (const [id, words] of Object.entries(guidance)) {
      for (const [where, value] of stringsOf(words)) {
        expect(value, `${id} ${where}`).not.toMatch(/https?:\/\/|www\./i);
      }
    }
  });
});

describe('the words of every bundled entry', () => {
  it.each(modules)(
    '%s has a success sign, no empty step and well-formed other ways',
    (locale, guidance) => {
      for (const facts of interventionFacts) {
        const words = guidance[facts.id];
        if (!words) throw new Error(`no ${locale} guidance for ${facts.id}`);
        expect(words.successSign.trim().length, facts.id).toBeGreaterThan(0);
        expect(words.steps.length, facts.id).toBeGreaterThan(0);
        for (const step of words.steps) {
          expect(step.text.trim().length, facts.id).toBeGreaterThan(0);
          if (step.detail !== undefined)
            expect(step.detail.trim().length, facts.id).toBeGreaterThan(0);
        }
        for (const way of words.alternatives ?? []) {
          expect(cases, facts.id).toContain(way.case);
          expect(way.text.trim().length, facts.id).toBeGreaterThan(0);
        }
      }
    },
  );

  it('names the app as the maker names it now: the Mercedes-Benz app, formerly Mercedes me', () => {
    const mercedes = 'c88c2df3-9d75-46d0-8334-0e5b424bc237';
    for (const [locale, guidance] of modules) {
      const steps = (guidance[mercedes]?.steps ?? []).map(
        (step) => `${step.text} ${step.detail ?? ''}`,
      );
      expect(steps.join(' '), locale).toContain('Mercedes-Benz');
      expect(steps.join(' '), locale).not.toMatch(/Mercedes me (app|App|Store)|Mercedes me-App/);
    }
  });
});

describe.each(translations)('%s guidance in the maker’s own words', (locale, guidance) => {
  it('catches English left in a translation', () => {
    // The check itself: an untranslated en-US step is caught, a translated one is not.
    const ford = guidanceEnUS['06197b76-966e-414a-b174-7a00cde49f30'];
    expect(englishLeftIn(ford?.steps[0]?.text ?? '', locale)).not.toEqual([]);
  });

  it.each(Object.keys(guidanceEnUS))(
    '%s leaves no English but names and the maker’s own labels',
    (id) => {
      const words = guidance[id];
      if (!words) throw new Error(`no ${locale} guidance for ${id}`);
      const kept = makerEnglish[locale]?.[id] ?? [];
      for (const [where, value] of stringsOf(words)) {
        expect(englishLeftIn(value, locale, kept), `${id} ${where}: ${value}`).toEqual([]);
      }
    },
  );
});

describe('catalogue entries built from the content', () => {
  it.each(modules)(
    '%s carries every new field into each entry, as plain data',
    (_locale, guidance) => {
      const entries = bundledEntries(guidance);
      expect(entries).toHaveLength(interventionFacts.length);
      for (const entry of entries) {
        expect(entry.sources?.length, entry.id).toBeGreaterThan(0);
        expect(entry.checkedAt, entry.id).toMatch(isoDate);
        expect(entry.successSign, entry.id).toBeTruthy();
        expect(entry.performedBy?.length, entry.id).toBeGreaterThan(0);
        expect(entry.links, entry.id).toBeDefined();
        // A wait always says what it is.
        if (entry.wait) expect(entry.wait.text.trim().length, entry.id).toBeGreaterThan(0);
      }
      expect(JSON.parse(JSON.stringify(entries))).toEqual(entries);
    },
  );

  it('shows the Renault activation as a wait of up to 72 hours apart from the owner’s part', () => {
    const renault = bundledEntries(guidanceEnUS).find(
      (entry) => entry.id === '4245f5e6-e806-4de4-bb65-8673adecea83',
    );
    expect(renault?.wait?.upToMinutes).toBe(72 * 60);
    expect(renault?.ownerMinutes).toBeLessThan(60);
  });
});
