import { readdirSync } from 'node:fs';
import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { catalogue as germanCatalogue } from '../../src/catalogue/locales/de-DE.js';
import { guidanceLocaleTags, uiLocaleTags } from '../../src/i18n/dev-warnings.js';
import { deDE } from '../../src/i18n/locales/de-DE.js';
import { svSE } from '../../src/i18n/locales/sv-SE.js';
import { CapabilityStatus, InterventionChecklist, LocaleProvider } from '../../src/index.js';
import { teslaSample } from '../fixtures/devices.js';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
  vi.unstubAllEnvs();
});

const warnings = () => warn.mock.calls.map((call) => String(call[0]));

const checklist = (props: Partial<Parameters<typeof InterventionChecklist>[0]> = {}) => (
  <InterventionChecklist
    capabilities={teslaSample.capabilities}
    vendor={teslaSample.vendor}
    {...props}
  />
);

describe('the lists of locale modules', () => {
  const tags = (folder: string) =>
    readdirSync(folder)
      .filter((file) => /^[a-z]{2}-[A-Z]{2}\.ts$/.test(file))
      .map((file) => file.slice(0, -3))
      .sort();

  it('name every module of intervention-ui/locales and intervention-ui/catalogue', () => {
    expect([...uiLocaleTags].sort()).toEqual(tags('src/i18n/locales'));
    expect([...guidanceLocaleTags].sort()).toEqual(tags('src/catalogue/locales'));
  });
});

describe('in development', () => {
  it('warns once about a locale no loaded one matches, naming the import that loads it', () => {
    const page = (
      <LocaleProvider locale="de-CH">{checklist({ catalogue: germanCatalogue })}</LocaleProvider>
    );
    const { rerender } = render(page);
    rerender(page);
    expect(warnings()).toEqual([
      expect.stringContaining(
        'No loaded locale matches "de-CH", so the components speak US English. Load de-DE: import { deDE } from \'intervention-ui/locales/de-DE\'',
      ),
    ]);
  });

  it("warns about a component's own locale as well", () => {
    render(<CapabilityStatus capabilities={teslaSample} locale="sv-FI" />);
    expect(warnings()).toEqual([
      expect.stringContaining("import { svSE } from 'intervention-ui/locales/sv-SE'"),
    ]);
  });

  it('says when the library has no strings in a language at all', () => {
    render(<LocaleProvider locale="ko-KR">{checklist({ catalogue: undefined })}</LocaleProvider>);
    expect(warnings()).toContainEqual(
      expect.stringContaining('intervention-ui has no strings in "ko-KR"'),
    );
  });

  it('warns about guidance in another language, naming the bundled guidance in the right one', () => {
    render(
      <LocaleProvider locale="de-AT" locales={[deDE]}>
        {checklist()}
      </LocaleProvider>,
    );
    expect(warnings()).toEqual([
      expect.stringContaining(
        "The catalogue's guidance is in en-US but the components speak de-AT. Pass the guidance in that language: import { catalogue } from 'intervention-ui/catalogue/de-DE'",
      ),
    ]);
  });

  it('points to live data where no bundled guidance is in the language', () => {
    render(
      <LocaleProvider locale="sv-SE" locales={[svSE]}>
        {checklist()}
      </LocaleProvider>,
    );
    expect(warnings()).toEqual([
      expect.stringContaining(
        'merge live interventions requested in it with withLiveInterventions',
      ),
    ]);
  });

  it('says nothing when strings and guidance match the page', () => {
    render(
      <>
        <LocaleProvider locale="de-DE" locales={[deDE]}>
          {checklist({ catalogue: germanCatalogue })}
          <CapabilityStatus capabilities={teslaSample} catalogue={germanCatalogue} />
        </LocaleProvider>
        <LocaleProvider locale="en-AU">{checklist()}</LocaleProvider>
        {checklist()}
      </>,
    );
    expect(warnings()).toEqual([]);
  });
});

describe('in production', () => {
  it('says nothing', () => {
    vi.stubEnv('NODE_ENV', 'production');
    render(<LocaleProvider locale="fi-FI">{checklist()}</LocaleProvider>);
    expect(warnings()).toEqual([]);
  });
});
