import type { PluralForms } from '../format.js';

/** CapabilityStatus's strings. */
export const statusEnUS = {
  /** The word for each status, shown beside its icon so status never rests on colour. */
  status: {
    capable: 'Available',
    blocked: 'Action needed',
    missing: 'Not available',
  },
  /** How many actions unlock a blocked capability. */
  actionsNeeded: { one: '{count} action needed', other: '{count} actions needed' } as PluralForms,
  /** The summary line's first half. */
  available: {
    one: '{count} of {total} feature available',
    other: '{count} of {total} features available',
  } as PluralForms,
  /** Said plainly for a missing capability. */
  missingExplanation: 'This device can’t do this.',
  /** The button on a blocked entry that leads to its checklist item. */
  showHowTo: 'Show how to unlock {capability}',
  /** The accessible name of the list. */
  listLabel: 'Features',
  /** Shown when the device reports no capabilities at all. */
  empty: 'This device reported no features.',
};
