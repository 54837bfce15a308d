// Fixtures, plans and DOM queries shared by the InterventionChecklist unit tests.
import { screen, within } from '@testing-library/react';
import { catalogue } from '../../src/catalogue/index.js';
import {
  type Catalogue,
  type CatalogueEntry,
  type PlanItem,
  planInterventions,
} from '../../src/index.js';
import { teslaSample, volkswagenId4 } from '../fixtures/devices.js';

/** A device's `capabilities` as the fixtures write them: well-formed entries only. */
export type RawCapabilities = Record<
  string,
  { isCapable: boolean; interventionIds: readonly string[] }
>;

/** A well-formed device fixture. */
export interface RawDevice {
  vendor: string;
  capabilities: RawCapabilities;
}

/** The Volkswagen ID.4: several interventions, one shared by many features. */
export const vw = volkswagenId4 as RawDevice;
/** The documentation's Tesla sample: one intervention. */
export const tesla = teslaSample as RawDevice;

/**
 * The plan the component should show, worked out by the pure logic from the same data: from the
 * bundled catalogue unless another is given, for every capability unless a filter is given.
 */
export function planFor(
  device: RawDevice,
  options: { catalogue?: Catalogue; filter?: readonly string[] } = {},
) {
  return planInterventions(device.capabilities, options.catalogue ?? catalogue, {
    vendor: device.vendor,
    ...(options.filter ? { filter: options.filter } : {}),
  });
}

/** The catalogue entry of a plan item; throws for an item the catalogue does not know. */
export function entryOf(item: PlanItem | undefined): CatalogueEntry {
  if (!item?.entry) throw new Error('expected a plan item the catalogue knows');
  return item.entry;
}

/** The title of a plan item the catalogue knows: the name of its trigger. */
export const titleOf = (item: PlanItem | undefined) => entryOf(item).resolution.title;

/** A snapshot in which the given interventions no longer appear (what they blocked now works). */
export function withoutInterventions(capabilities: RawCapabilities, ids: readonly string[]) {
  return Object.fromEntries(
    Object.entries(capabilities).map(([name, capability]) => {
      const left = capability.interventionIds.filter((id) => !ids.includes(id));
      const unlocked = capability.interventionIds.length > 0 && left.length === 0;
      return [
        name,
        unlocked
          ? { isCapable: true, interventionIds: [] }
          : { ...capability, interventionIds: left },
      ];
    }),
  );
}

/** The accordion's triggers: the buttons that report an expanded state, in document order. */
export function triggers(): HTMLElement[] {
  return screen.queryAllByRole('button').filter((button) => button.hasAttribute('aria-expanded'));
}

/** The one trigger with this accessible name; throws unless there is exactly one. */
export function trigger(name: string): HTMLElement {
  const found = screen
    .getAllByRole('button', { name })
    .filter((b) => b.hasAttribute('aria-expanded'));
  if (found.length !== 1)
    throw new Error(`expected one trigger named ${name}, got ${found.length}`);
  return found[0] as HTMLElement;
}

/** The panel a trigger controls (only while it is open: a closed one is named by no trigger). */
export function panelOf(button: HTMLElement): HTMLElement {
  const id = button.getAttribute('aria-controls');
  const panel = id ? document.getElementById(id) : null;
  if (!panel) throw new Error('the trigger controls no panel');
  return panel;
}

/** `text` as a regular expression that matches it literally. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The summary that describes an item's trigger, as a pattern: these parts in this order, each
 * ended by a full stop a screen reader pauses at ("Step 1 of 3. About 5 minutes. To do").
 * jsdom's accessible-text computation trims the text of each element, so it drops the space
 * after a full stop that sits at the edge of a visually hidden span, where Chromium keeps it:
 * the space may be missing, the full stop may not.
 */
export function summary(...parts: readonly string[]): RegExp {
  return new RegExp(`^${parts.map(literal).join('\\.\\s?')}$`);
}

/** A summary pattern that only needs these parts, in this order, somewhere in it. */
export function summaryWith(...parts: readonly string[]): RegExp {
  return new RegExp(`(^|\\.\\s?)${parts.map(literal).join('\\.\\s?')}(\\.|$)`);
}

/** What an item's summary says about its time: "About 5 minutes", in the en-US plural. */
export const aboutMinutes = (minutes: number) =>
  `About ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;

/** The owner's own minutes for an item, as the checklist reads them. */
export const minutesOf = (entry: CatalogueEntry) => entry.ownerMinutes ?? entry.estimatedMinutes;

/** An item's "Mark as done" button, named for the item. */
export const markDoneIn = (panel: HTMLElement, title: string) =>
  within(panel).getByRole('button', { name: `Mark as done: ${title}` });

/** The button that turns an item marked as done back to do, named for the item. */
export const undoIn = (panel: HTMLElement, title: string) =>
  within(panel).getByRole('button', { name: `Undo: ${title}` });

/** The name of a link that opens a new tab: its words, then that it opens a new tab. */
export const newTabName = (text: string) => `${text} (opens in a new tab)`;

/** The marker beside an item's title: its step number, or a drawn tick once done or resolved. */
export const markerOf = (trigger: HTMLElement) => {
  const marker = trigger.querySelector<HTMLElement>('[data-part="step-marker"]');
  if (!marker) throw new Error('the trigger has no step marker');
  return marker;
};

/**
 * The name of the panel of an item without guidance: its title, then its summary (see
 * `summary`), since such items share one title.
 */
export function titleAndSummary(title: string, ...parts: readonly string[]): RegExp {
  return new RegExp(`^${literal(title)} ${summary(...parts).source.slice(1)}`);
}
