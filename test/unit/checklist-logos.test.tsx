import { render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InterventionChecklist } from '../../src/index.js';
import { volkswagenId4 } from '../fixtures/devices.js';

/** A host's licensed logo per vendor, drawn in each item's brand mark. */

const logo = <svg data-testid="vw-logo" viewBox="0 0 10 10" aria-hidden="true" />;

function marksIn(container: HTMLElement) {
  return [
    ...container.querySelectorAll(
      '[data-scope="intervention-checklist"][data-part="brand"] [data-scope="brand-badge"][data-part="root"]',
    ),
  ];
}

describe('InterventionChecklist brandLogos', () => {
  it('draws the host’s logo in the mark of every item of that vendor, keyed in any case', () => {
    const { container, getAllByTestId } = render(
      <InterventionChecklist
        capabilities={volkswagenId4.capabilities}
        vendor="VOLKSWAGEN"
        brandLogos={{ volkswagen: logo }}
      />,
    );
    const marks = marksIn(container);
    expect(marks.length).toBeGreaterThan(1);
    expect(getAllByTestId('vw-logo')).toHaveLength(marks.length);
    // The monogram's letters are gone where the logo is drawn.
    for (const mark of marks) expect(mark.textContent).not.toContain('VW');
  });

  it('keeps the monograms for vendors the map does not name, and for what is not an element', () => {
    const { container, queryByTestId } = render(
      <InterventionChecklist
        capabilities={volkswagenId4.capabilities}
        vendor="VOLKSWAGEN"
        brandLogos={{ TESLA: logo, VOLKSWAGEN: 'https://example.com/vw.png' as never }}
      />,
    );
    expect(queryByTestId('vw-logo')).toBeNull();
    for (const mark of marksIn(container)) expect(mark.textContent).toContain('VW');
  });

  it('draws the logos in the server’s HTML too', () => {
    const html = renderToString(
      <InterventionChecklist
        capabilities={volkswagenId4.capabilities}
        vendor="VOLKSWAGEN"
        brandLogos={{ VOLKSWAGEN: logo }}
      />,
    );
    expect(html).toContain('data-testid="vw-logo"');
  });
});
