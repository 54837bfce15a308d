import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deDE } from '../../src/i18n/locales/de-DE.js';
import { allLocales, enGB, frFR, nbNO, nlBE, nlNL, ptPT } from '../../src/i18n/locales/index.js';
import { usableLocale } from '../../src/i18n/resolve-locale.js';
import {
  BrandBadge,
  CapabilityStatus,
  enUS,
  InterventionChecklist,
  LocaleProvider,
  mergeMessages,
  resolveLocale,
} from '../../src/index.js';
import { teslaSample } from '../fixtures/devices.js';

const loaded = allLocales.map((messages) => messages.locale);

describe('resolveLocale', () => {
  it.each([
    ['de-DE', 'de-DE'],
    ['de-de', 'de-DE'],
    ['de', 'de-DE'],
    ['de-AT', 'de-DE'],
    ['de-CH-u-nu-latn', 'de-DE'],
    ['nl-BE', 'nl-BE'],
    ['nl', 'nl-NL'],
    ['nb', 'nb-NO'],
    ['no', 'nb-NO'],
    ['nn-NO', 'nb-NO'],
    ['pt-BR', 'pt-PT'],
    ['en-AU', 'en-GB'],
    ['en-IE', 'en-GB'],
    ['en-CA', 'en-US'],
    ['en', 'en-US'],
  ])('finds the nearest locale to %s: %s', (requested, expected) => {
    expect(resolveLocale(requested, loaded)).toBe(expected);
  });

  it.each([['ko-KR'], ['zz'], [''], ['not a tag!'], [null], [42], [undefined]])(
    'finds none for %p, so the caller uses en-US',
    (requested) => {
      expect(resolveLocale(requested, loaded)).toBeUndefined();
    },
  );

  it('prefers the loaded variant of the same region', () => {
    expect(resolveLocale('nl-BE', ['nl-NL', 'nl-BE'])).toBe('nl-BE');
    expect(resolveLocale('nl-BE', ['nl-NL'])).toBe('nl-NL');
  });

  it('reads malformed tags as en-US for Intl', () => {
    expect(usableLocale('de-DE')).toBe('de-DE');
    expect(usableLocale('not a tag!')).toBe('en-US');
    expect(usableLocale(undefined)).toBe('en-US');
  });
});

describe('mergeMessages', () => {
  it('lays defined strings over the base, deep, leaving the base untouched', () => {
    const merged = mergeMessages(enUS.checklist, {
      markDone: 'Done!',
      place: { dealer: 'At the garage' },
      recheck: undefined,
    });
    expect(merged.markDone).toBe('Done!');
    expect(merged.place.dealer).toBe('At the garage');
    expect(merged.place.app).toBe(enUS.checklist.place.app);
    expect(merged.recheck).toBe(enUS.checklist.recheck);
    expect(enUS.checklist.markDone).toBe('Mark as done');
  });

  it('replaces plural forms whole, and ignores unknown keys and wrong types', () => {
    const merged = mergeMessages(enUS.checklist, {
      progress: { other: '{done}/{count}' },
      // @ts-expect-error: a host without types may send anything
      notAKey: 'x',
      steps: 42 as unknown as string,
    });
    expect(merged.progress).toEqual({ other: '{done}/{count}' });
    // Plural forms that are not strings would break formatting: they are ignored.
    const broken = mergeMessages(enUS.checklist, {
      progress: { other: 5 as unknown as string },
    });
    expect(broken.progress).toEqual(enUS.checklist.progress);
    expect(merged).not.toHaveProperty('notAKey');
    expect(merged.steps).toBe('Steps');
  });
});

describe('LocaleProvider', () => {
  it('gives every component the nearest loaded locale', () => {
    render(
      <LocaleProvider locale="de-AT" locales={[deDE, frFR]}>
        <BrandBadge vendor={null} />
        <CapabilityStatus capabilities={teslaSample} />
        <InterventionChecklist capabilities={teslaSample.capabilities} vendor="TESLA" />
      </LocaleProvider>,
    );
    expect(screen.getByText(deDE.brand.unknown)).toBeInTheDocument();
    // A blocked feature's status is its count of actions, in German plural forms.
    const oneAction = deDE.status.actionsNeeded.one?.replace('{count}', '1') ?? '';
    expect(oneAction).not.toBe('');
    expect(screen.getAllByText(oneAction).length).toBeGreaterThan(0);
    expect(screen.getByRole('progressbar')).toHaveAccessibleName(deDE.checklist.progressLabel);
    expect(screen.getAllByText(deDE.capabilityLabels.chargeState).length).toBeGreaterThan(0);
  });

  it('falls back to US English for a locale it has not loaded', () => {
    render(
      <LocaleProvider locale="ja-JP" locales={[deDE]}>
        <BrandBadge vendor={null} />
      </LocaleProvider>,
    );
    expect(screen.getByText('Unknown brand')).toBeInTheDocument();
  });

  it('lets a component choose its own locale among the loaded ones', () => {
    render(
      <LocaleProvider locale="de-DE" locales={[deDE, nbNO]}>
        <CapabilityStatus capabilities={teslaSample} locale="nb" variant="summary" />
      </LocaleProvider>,
    );
    const summary = document.querySelector('[data-part="summary"]');
    const norwegianWords = nbNO.status.available.other.replace(/\{\w+\}/g, '').trim();
    expect(summary?.textContent).toContain(norwegianWords.split(' ').at(-1));
    expect(summary?.textContent).not.toContain('verfügbar');
  });

  it('applies host overrides in every locale, and a component’s own over the provider’s', () => {
    render(
      <LocaleProvider
        locale="fr-FR"
        locales={[frFR]}
        messages={{ brand: { unknown: 'Marque ?' }, checklist: { recheck: 'Revérifier' } }}
      >
        <BrandBadge vendor={null} />
        <InterventionChecklist
          capabilities={teslaSample.capabilities}
          onRecheck={() => {}}
          messages={{ markDone: 'Fait' }}
          defaultExpanded={['c8a9fe78-44fd-482a-bebc-ef6047e6c0fe']}
        />
      </LocaleProvider>,
    );
    expect(screen.getByText('Marque ?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Revérifier' })).toBeInTheDocument();
    // The host's word, shown, and in the name before the item it marks.
    const markDone = screen.getByRole('button', { name: /^Fait : / });
    expect(markDone).toHaveTextContent(/^Fait$/);
  });

  it('nests: an inner provider adds locales and may change the locale', () => {
    render(
      <LocaleProvider locale="nl-BE" locales={[nlNL]}>
        <BrandBadge vendor={null} data-testid="outer" />
        <LocaleProvider locales={[nlBE]}>
          <BrandBadge vendor={null} data-testid="inner" />
        </LocaleProvider>
        <LocaleProvider locale="pt-PT" locales={[ptPT]}>
          <BrandBadge vendor={null} data-testid="portuguese" />
        </LocaleProvider>
      </LocaleProvider>,
    );
    expect(screen.getByTestId('outer')).toHaveTextContent(nlNL.brand.unknown);
    expect(screen.getByTestId('inner')).toHaveTextContent(nlBE.brand.unknown);
    expect(screen.getByTestId('portuguese')).toHaveTextContent(ptPT.brand.unknown);
  });

  it('uses British English where it differs', () => {
    const differing = Object.entries(enGB.checklist.agent).find(
      ([key, text]) => enUS.checklist.agent[key] !== text,
    );
    expect(differing).toBeDefined();
  });
});
