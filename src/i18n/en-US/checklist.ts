import type { PluralForms } from '../format.js';

/** InterventionChecklist's strings. */
export const checklistEnUS = {
  /** The checklist's heading, for a vehicle and for any other device. */
  headingVehicle: 'Finish setting up your car',
  headingDevice: 'Finish setting up your device',
  /** An item's place in the list, read before its summary. */
  stepOf: 'Step {step} of {count}',
  /** An item that waits for an earlier one (a service waits for its subscription). */
  after: 'After step {step}',
  /** The accessible name of the progress bar. */
  progressLabel: 'Progress',
  /** Progress text: `{done}` of `{count}` items, plural on the total. */
  progress: { one: '{done} of {count} done', other: '{done} of {count} done' } as PluralForms,
  /** What an item unlocks; `{capabilities}` is a list in the locale's style. */
  unlocks: 'Unlocks: {capabilities}',
  /** Where an item is done. */
  place: {
    app: 'In the app',
    web: 'On the web',
    vehicle: 'In the vehicle',
    device: 'At the device',
    dealer: 'At a dealer',
  },
  /** Who does an item. */
  agent: { User: 'By you', ThirdParty: 'By a dealer or workshop' } as Record<string, string>,
  /** An item's state. */
  state: { pending: 'To do', done: 'Marked as done', resolved: 'Resolved' },
  beforeYouStart: 'Before you start',
  steps: 'Steps',
  /** The app or portal to open. */
  openPortal: 'Open {portal}',
  estimatedTime: { one: 'About {count} minute', other: 'About {count} minutes' } as PluralForms,
  markDone: 'Mark as done',
  /** The button of an item resolved by connecting the device again. */
  reconnect: 'Reconnect',
  /** The same item when the host offers no way to reconnect here. */
  reconnectNeeded:
    'This device must be connected again: sign in to the maker’s account where you first connected it.',
  /** The title of an item the catalogue has no guidance for. */
  fallbackTitle: 'Action needed in {portal}',
  /** The same, when not even the vendor's app is known. */
  fallbackTitleUnknownPortal: 'Action needed in the maker’s app',
  fallbackBody:
    'There is no step-by-step guide for this action yet. Open {portal} and follow what it asks, or contact support.',
  fallbackPortal: 'the maker’s app',
  /** Shown on a fallback item so support can look the action up. */
  reference: 'Reference for support:',
  /** The heading over capabilities the device can never have. */
  missingVehicle: 'Not available on this vehicle',
  missingDevice: 'Not available on this device',
  allCapable: 'Everything works. There is nothing to do.',
  /** Nothing to do, while some features can never work on this device (listed below it). */
  nothingToDo: 'There is nothing to do: every feature this device can have works.',
  allResolved: 'All done: every feature is unlocked.',
  /** The same, naming what now works; `{capabilities}` is a list in the locale's style. */
  allResolvedUnlocked: 'All done. Now working: {capabilities}.',
  /** Announced when the owner marks an item done, or to do again. */
  announceDone: '{title}: marked as done. {done} of {count} done.',
  announceUndone: '{title}: to do again. {done} of {count} done.',
  /** Announced after a check of the device that resolved items, or none. */
  announceResolved: {
    one: 'Checked. {count} step is resolved: {titles}.',
    other: 'Checked. {count} steps are resolved: {titles}.',
  } as PluralForms,
  announceNothingChanged: 'Checked. Nothing has changed yet: the steps still to do are the same.',
  /** The button after a failed check. */
  recheckRetry: 'Try again',
  /** Turns an item marked as done back to do. */
  undo: 'Undo',
  /** Read after a link that opens a new tab. */
  opensInNewTab: '(opens in a new tab)',
  /** A control named for its item: its visible words, then the item's title. */
  controlFor: '{control}: {title}',
  /** After the first capabilities an item unlocks, when there are more. */
  moreUnlocks: '+{count} more',
  /** Before the links to the maker's app in the app stores. */
  getTheApp: 'Get the app:',
  empty: 'This device reported no features.',
  recheck: 'Check again',
  rechecking: 'Checking the device…',
  recheckFailed: 'The device could not be checked. Try again in a moment.',
};
