// Screenshots of the components, compared with the pictures checked in under ./baselines: a
// change of how anything looks fails here until the pictures are written anew on purpose
// (`npm run test:visual:update`), so it is seen in review. Each subject is shown in the looks a
// car owner may have: a phone and a desktop, light and dark, German, right to left, text at
// 200 %, forced colours, and printed.
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../src/styles/styles.css';
import { catalogue as catalogueDeDE } from '../../src/catalogue/locales/de-DE.js';
import { BrandBadge, CapabilityStatus, InterventionChecklist } from '../../src/index.js';
import { allMissingVehicle, volkswagenId4 } from '../fixtures/devices.js';
import { Frame, type Look, lookName, pictureName, prepare, restore, settle } from './frame.js';

/** What a test does after rendering, before the picture: the owner's clicks. */
type Act = (screen: Awaited<ReturnType<typeof render>>, look: Look) => Promise<void>;

interface Subject {
  /** The picture's name, before the look's. */
  name: string;
  looks: readonly Look[];
  render: (look: Look) => ReactNode;
  act?: Act;
}

/** The ID.4 after its owner did everything: the blocked features work, the missing stay so. */
const volkswagenResolved = {
  ...volkswagenId4,
  capabilities: Object.fromEntries(
    Object.entries(volkswagenId4.capabilities).map(([name, capability]) => [
      name,
      capability.interventionIds.length > 0 ? { isCapable: true, interventionIds: [] } : capability,
    ]),
  ),
};

/** The checklist as a host would place it, with the guidance in the owner's language. */
function checklist(look: Look, props: Partial<Parameters<typeof InterventionChecklist>[0]> = {}) {
  return (
    <InterventionChecklist
      capabilities={volkswagenId4.capabilities}
      vendor="VOLKSWAGEN"
      {...(look.locale === 'de-DE' ? { catalogue: catalogueDeDE } : {})}
      {...props}
    />
  );
}

/**
 * Waits for the accordion to be still: every item whose trigger says it is open shows its open
 * panel, and no other item shows one.
 */
async function accordionSettled(root: Element): Promise<void> {
  await expect
    .poll(() =>
      [...root.querySelectorAll('[data-part="item"]')].every((item) => {
        const open =
          item.querySelector('[data-part="trigger"]')?.getAttribute('aria-expanded') === 'true';
        const panel = item.querySelector('[data-part="panel"]');
        return open
          ? panel?.getAttribute('data-state') === 'open'
          : !panel || panel.getAttribute('data-state') === 'closed';
      }),
    )
    .toBe(true);
}

const subjects: Subject[] = [
  {
    name: 'checklist',
    looks: [
      { width: 'desktop' },
      { width: 'phone' },
      { width: 'desktop', theme: 'dark' },
      { width: 'phone', theme: 'dark' },
      { width: 'desktop', locale: 'de-DE' },
      { width: 'phone', locale: 'de-DE' },
      { width: 'phone', dir: 'rtl' },
      { width: 'desktop', textZoom: 2 },
      { width: 'desktop', forcedColors: true },
      { width: 'desktop', print: true },
    ],
    render: (look) => checklist(look),
  },
  {
    // The first step marked done: its button turns into Undo.
    name: 'checklist marked done',
    // Forced colours here too: the progress bar's fill is a background, which forced colours
    // would otherwise paint over.
    looks: [
      { width: 'desktop' },
      { width: 'phone', theme: 'dark' },
      { width: 'desktop', forcedColors: true },
    ],
    render: (look) => checklist(look),
    act: async () => {
      await userEvent.click(page.getByRole('button', { name: /^Mark as done: / }));
      await expect.element(page.getByRole('button', { name: /^Undo: / })).toBeVisible();
    },
  },
  {
    // Checking the device again failed: the error, and a button to try again.
    name: 'checklist recheck failed',
    looks: [{ width: 'phone' }, { width: 'desktop', theme: 'dark' }],
    render: (look) => checklist(look, { onRecheck: () => Promise.reject(new Error('offline')) }),
    act: async () => {
      await userEvent.click(page.getByRole('button', { name: 'Check again' }));
      await expect.element(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    // New data in which every intervention is gone: every item resolved, what now works.
    name: 'checklist all resolved',
    looks: [{ width: 'desktop' }, { width: 'phone', theme: 'dark' }],
    render: (look) => checklist(look),
    act: async (screen, look) => {
      await screen.rerender(
        <Frame look={look}>
          {checklist(look, { capabilities: volkswagenResolved.capabilities })}
        </Frame>,
      );
      await expect
        .poll(() => document.querySelectorAll('[data-part="item"][data-status="resolved"]').length)
        .toBe(5);
    },
  },
  {
    // A car that offers none of the features: nothing can be unlocked, said in a neutral tone.
    name: 'checklist nothing to unlock',
    looks: [{ width: 'desktop' }, { width: 'phone', theme: 'dark' }],
    render: (look) =>
      checklist(look, { capabilities: allMissingVehicle.capabilities, vendor: 'NISSAN' }),
  },
  {
    name: 'status list',
    looks: [
      { width: 'desktop' },
      { width: 'phone', theme: 'dark' },
      { width: 'phone', locale: 'de-DE' },
      { width: 'phone', dir: 'rtl' },
      { width: 'desktop', forcedColors: true },
      { width: 'desktop', textZoom: 2 },
    ],
    render: () => <CapabilityStatus capabilities={volkswagenId4} />,
  },
  {
    name: 'status summary',
    looks: [{ width: 'phone' }, { width: 'phone', theme: 'dark' }],
    render: () => <CapabilityStatus capabilities={volkswagenId4} variant="summary" />,
  },
  {
    // Known brands (one with a letter of Latin Extended, one with a diaeresis), a brand the
    // registry does not know, and the three sizes.
    name: 'brand badges',
    looks: [
      { width: 'desktop' },
      { width: 'desktop', theme: 'dark' },
      { width: 'desktop', forcedColors: true },
    ],
    render: () => (
      <div style={{ display: 'grid', gap: '12px', justifyItems: 'start' }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'center' }}>
          {['VOLKSWAGEN', 'SKODA', 'TESLA', 'CITROEN', 'POLESTAR', 'EASEE', 'TADO', 'LYNKCO'].map(
            (vendor) => (
              <BrandBadge key={vendor} vendor={vendor} />
            ),
          )}
        </div>
        <div style={{ display: 'flex', gap: '12px', alignItems: 'center' }}>
          <BrandBadge vendor="VOLKSWAGEN" size="sm" />
          <BrandBadge vendor="VOLKSWAGEN" size="md" />
          <BrandBadge vendor="VOLKSWAGEN" size="lg" />
          <BrandBadge vendor="SKODA" size="sm" showName={false} />
          <BrandBadge vendor="SKODA" size="lg" showName={false} />
        </div>
      </div>
    ),
  },
];

afterEach(async () => {
  window.dispatchEvent(new Event('afterprint'));
  await restore();
});

for (const subject of subjects) {
  describe(subject.name, () => {
    for (const look of subject.looks) {
      it(lookName(look), async () => {
        await prepare(look);
        const screen = await render(<Frame look={look}>{subject.render(look)}</Frame>);
        await subject.act?.(screen, look);
        const frame = screen.getByTestId('frame');
        const element = frame.element() as HTMLElement;
        if (look.print) {
          // As the browser does: the page hears it is about to print, then is laid out for
          // print. The checklist then shows every item's guidance.
          window.dispatchEvent(new Event('beforeprint'));
          await commands.emulateMedia({ media: 'print' });
        }
        await accordionSettled(element);
        await settle(element, look);
        // The time allowed to take a picture that holds still. The largest took 0.7 s to
        // match, 1.6 s to write anew (two pictures that must agree), under a load of 6 to 8 on
        // two cores, but the first picture of a cold run took over 15 s beside another full
        // run: a minute leaves room for a machine under full load. A match ends the wait at
        // once; Vitest keeps its timer, which can hold the process open for a while after the
        // last test, and then exits as it should.
        await expect.element(frame).toMatchScreenshot(pictureName(subject.name, look), {
          timeout: 60_000,
          // Belt and braces beside the zero motion above: any animation is finished and no
          // text caret blinks when the picture is taken.
          screenshotOptions: { animations: 'disabled', caret: 'hide' },
        });
      });
    }
  });
}

// Last, so that it sees what the tests above wrote when they write the pictures anew.
it('has one picture checked in for every test here, and none for a test that is gone', async () => {
  const expected = subjects.flatMap((subject) =>
    subject.looks.map((look) => `${pictureName(subject.name, look)}.png`),
  );
  // Two looks of one subject must not share a picture.
  expect(new Set(expected).size).toBe(expected.length);
  const checkedIn = await commands.listBaselines();
  expect({ missing: expected.filter((name) => !checkedIn.includes(name)) }).toEqual({
    missing: [],
  });
  expect({ stale: checkedIn.filter((name) => !expected.includes(name)) }).toEqual({ stale: [] });
});
