import type { PluralForms } from '../format.js';

/** CapabilityStatus's strings. */
export const statusEnUS = {
  /** The word for each status, shown beside its icon so status never rests on colour. */
  status: {
    capable: 'Available',
    missing: 'Not available',
  },
  /** How many actions unlock a blocked capability, and in the summary, for the whole device. */
  actionsNeeded: { one: '{count} action needed', other: '{count} actions needed' } as PluralForms,
  /**
   * The summary line's first half: `{count}` features work of the `{total}` shown. The form is
   * chosen by `{total}`, which the noun agrees with ("1 of 8 features", "1 of 1 feature").
   */
  available: {
    one: '{count} of {total} feature available',
    other: '{count} of {total} features available',
  } as PluralForms,
  /** Said plainly for a missing capability: there is nothing the owner can do. */
  missingExplanation: 'This device can’t do this.',
  /**
   * The button on a blocked entry that leads to its checklist item. Assistive technology hears
   * it followed by the capability's label ("Show how to unlock Charge state"), so keep the verb
   * first in translations.
   */
  showHowTo: 'Show how to unlock',
  /** The title of an action the catalogue does not know, naming the vendor's app or portal. */
  unknownAction: 'Action needed in {portal}',
  /** The same, when not even the vendor's app is known. */
  unknownActionUnknownPortal: 'Action needed in the maker’s app',
  /** The accessible name of the list. */
  listLabel: 'Features',
  /**
   * Read between the parts of an entry by screen readers ("Charge state, Action needed, 1 action
   * needed") and visually hidden: the layout separates the parts on screen.
   */
  separator: ', ',
  /** Drawn between the summary's two halves; screen readers hear `separator` instead. */
  summaryDivider: ' · ',
  /** Shown when the device reports no features at all, or its data cannot be read. */
  empty: 'This device reported no features.',
  /**
   * Shown when `capability` or `filter` names only features the device does not report;
   * `{capabilities}` is their labels, joined the way the locale joins lists.
   */
  notReported: 'Not reported by this device: {capabilities}.',
};
