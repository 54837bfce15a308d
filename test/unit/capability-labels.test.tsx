import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogue as germanCatalogue } from '../../src/catalogue/locales/de-DE.js';
import { deDE } from '../../src/i18n/locales/de-DE.js';
import { CapabilityStatus, InterventionChecklist, LocaleProvider } from '../../src/index.js';
import { teslaSample } from '../fixtures/devices.js';

const labels = () =>
  within(screen.getByRole('list', { name: /Funktionen|feature/i }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('[data-part="label"]')?.textContent);

describe('capability label overrides', () => {
  it('replace one label on a component and leave every other label in German', () => {
    render(
      <LocaleProvider locale="de-DE" locales={[deDE]}>
        <CapabilityStatus capabilities={teslaSample} capabilityLabels={{ odometer: 'Tacho' }} />
      </LocaleProvider>,
    );
    const shown = labels();
    expect(shown).toContain('Tacho');
    expect(shown).toContain(deDE.capabilityLabels.chargeState);
    expect(shown).toContain(deDE.capabilityLabels.information);
    expect(shown).not.toContain('Charge state');
  });

  it("come from the provider's messages as well, under the component's own", () => {
    render(
      <LocaleProvider
        locale="de-DE"
        locales={[deDE]}
        messages={{ capabilityLabels: { odometer: 'Tacho', location: 'Parkplatz' } }}
      >
        <CapabilityStatus capabilities={teslaSample} capabilityLabels={{ location: 'Ort' }} />
      </LocaleProvider>,
    );
    const shown = labels();
    expect(shown).toEqual(
      expect.arrayContaining(['Tacho', 'Ort', deDE.capabilityLabels.chargeState]),
    );
    expect(shown).not.toContain('Parkplatz');
  });

  it('reach the checklist too: what an item unlocks keeps the other German labels', () => {
    render(
      <LocaleProvider
        locale="de-DE"
        locales={[deDE]}
        messages={{ capabilityLabels: { location: 'Ort' } }}
      >
        <InterventionChecklist capabilities={teslaSample} catalogue={germanCatalogue} />
      </LocaleProvider>,
    );
    const summary = document.querySelector('[data-part="meta"]')?.textContent ?? '';
    expect(summary).toContain('Ort');
    expect(summary).toContain(deDE.capabilityLabels.chargeState);
  });

  it('ignore values that are not strings, from a host without types', () => {
    render(
      <CapabilityStatus
        capabilities={teslaSample}
        capabilityLabels={{ odometer: 42, location: '' } as unknown as Record<string, string>}
      />,
    );
    const shown = within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((item) => item.querySelector('[data-part="label"]')?.textContent);
    expect(shown).toEqual(expect.arrayContaining(['Odometer', 'Location']));
  });
});
