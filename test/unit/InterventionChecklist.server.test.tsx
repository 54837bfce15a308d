// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { type ReactElement, StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { InterventionChecklist, planInterventions } from '../../src/index.js';
import { withLiveInterventions } from '../../src/live/index.js';
import { teslaSample, unknownIdsVehicle, volkswagenId4 } from '../fixtures/devices.js';
import { interventionsApiResponse } from '../fixtures/interventions-api.js';

const live = withLiveInterventions(catalogue, interventionsApiResponse).catalogue;

/** Globals a browser has and a server has not. */
const browserGlobals = ['window', 'document', 'navigator', 'localStorage', 'matchMedia'];

/**
 * Renders with a trap on each browser global. The globals stay undefined, as on a server, so
 * any use of them throws; each read is recorded with the file that made it. (Radix's
 * primitives do a guarded `typeof window` check on every render: that read is harmless.)
 */
function renderRecordingReads(element: ReactElement) {
  const reads: { name: string; from: string }[] = [];
  for (const name of browserGlobals) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        const caller = new Error().stack?.split('\n')[2] ?? '';
        reads.push({ name, from: caller.trim() });
        return undefined;
      },
    });
  }
  try {
    return { html: renderToString(element), reads };
  } finally {
    for (const name of browserGlobals) delete (globalThis as Record<string, unknown>)[name];
  }
}

/** The text of server markup, as a reader would get it. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Reads made by the library's own code (not by React or Radix). Matched on the full path of our
 * src folder: Radix's source maps name files under node_modules/@radix-ui/…/src/ too.
 */
const ownSource = fileURLToPath(new URL('../../src/', import.meta.url));
const ownReads = (reads: { from: string }[]) =>
  reads.filter((read) => read.from.includes(ownSource));

describe('InterventionChecklist on a server (no DOM)', () => {
  it('runs in an environment without window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders the whole checklist under StrictMode, reading no browser global', () => {
    const plan = planInterventions(volkswagenId4.capabilities, live, {
      vendor: volkswagenId4.vendor,
    });
    const [first] = plan.items;
    const { html, reads } = renderRecordingReads(
      <StrictMode>
        <InterventionChecklist
          capabilities={volkswagenId4.capabilities}
          vendor={volkswagenId4.vendor}
          catalogue={live}
          defaultExpanded={[first?.id ?? '']}
          onRecheck={() => {}}
        />
      </StrictMode>,
    );
    expect(ownReads(reads)).toEqual([]);
    for (const item of plan.items) expect(textOf(html)).toContain(item.entry?.resolution.title);
    expect(html).toContain('role="progressbar"');
    expect(html).toContain(`aria-valuetext="0 of ${plan.items.length} done"`);
    expect(html).toContain('aria-current="step"');
    expect(textOf(html)).toContain('Not available on this vehicle');
    expect(textOf(html)).toContain('Check again');
    // The open panel is in the markup, with its live content as elements.
    expect(html).toContain('Mark as done');
    expect(html).toMatch(/<strong>We Connect<\/strong>/);
  });

  it.each([
    ['the Tesla sample', teslaSample.capabilities, teslaSample.vendor],
    ['unknown ids', unknownIdsVehicle.capabilities, unknownIdsVehicle.vendor],
    ['null', null, undefined],
  ])('renders %s without touching the DOM', (_, capabilities, vendor) => {
    const { html, reads } = renderRecordingReads(
      <StrictMode>
        <InterventionChecklist capabilities={capabilities} vendor={vendor} />
      </StrictMode>,
    );
    expect(ownReads(reads)).toEqual([]);
    expect(textOf(html).trim()).not.toBe('');
  });
});
