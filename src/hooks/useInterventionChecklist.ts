'use client';

import { useControllableState } from '@radix-ui/react-use-controllable-state';
import {
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useInsertionEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { interventionChecklistAnatomy } from '../anatomy/index.js';
import { catalogue as bundledCatalogue } from '../catalogue/bundled.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import { getVendor, type VendorRegistry } from '../catalogue/vendors.js';
import { checklistEnUS } from '../i18n/en-US/checklist.js';
import { type MessageOverrides, useCatalogueLanguageWarning, useMessages } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import { deviceVendor } from '../model/device-input.js';
import {
  type ChecklistEntry,
  type ChecklistOutcome,
  checklistState,
  trackSeenItems,
} from '../resolve/checklist.js';
import { type CapabilityTexts, capabilityLabel } from '../resolve/labels.js';
import { type InterventionPlan, type PlanItem, planInterventions } from '../resolve/plan.js';

/** What the checklist reports to `onEvent`, for analytics. */
export type InterventionChecklistEvent =
  | { type: 'item-opened'; id: string }
  | { type: 'item-closed'; id: string }
  | { type: 'marked-done'; id: string; done: boolean }
  | { type: 'relink-requested'; id: string }
  | { type: 'recheck-started' }
  | { type: 'recheck-finished'; ok: boolean; error?: unknown }
  | { type: 'all-resolved' };

/** How often `autoRecheck` checks the device again. */
export interface InterventionChecklistAutoRecheck {
  /**
   * The wait before the first check, in milliseconds (at least 1000); each later wait is twice
   * the one before.
   * @default 30000 (30 seconds)
   */
  interval?: number;
  /**
   * The most checks it makes.
   * @default 6
   */
  maxAttempts?: number;
}

/**
 * What changed last, for a polite announcement: an item marked done or to do again, or a
 * check of the device, with the items it resolved.
 */
export type InterventionChecklistChange =
  | { type: 'marked-done'; id: string; done: boolean }
  | { type: 'recheck-finished'; ok: true; resolved: readonly PlanItem[] }
  | { type: 'recheck-finished'; ok: false };

/** Where a check of the device stands: not run, running, finished, or failed. */
export type InterventionChecklistRecheckState = 'idle' | 'busy' | 'done' | 'error';

/** The options of `useInterventionChecklist`: the checklist's props, without the markup's. */
export interface UseInterventionChecklistOptions {
  /**
   * The device's `capabilities` object, or the whole device (raw API data accepted). Pass
   * each new snapshot: an intervention that no longer appears is resolved.
   */
  capabilities: unknown;
  /**
   * Where guidance comes from.
   * @default the bundled en-US catalogue
   */
  catalogue?: Catalogue | undefined;
  /**
   * The device's vendor code: its brand, and its app for interventions without guidance.
   * @default the `vendor` of a whole device passed as `capabilities`, else none
   */
  vendor?: unknown;
  /**
   * Vendors as the API describes them (what `mergeVendorHealth` returns), over the bundled
   * registry: their names and apps win, and a vendor only they list is named.
   * @default undefined (the bundled registry alone)
   */
  vendors?: VendorRegistry | undefined;
  /**
   * Only the interventions behind these capabilities (`['smartCharging']`).
   * @default undefined (every capability)
   */
  filter?: readonly string[] | undefined;
  /**
   * The ids of the open items (controlled).
   * @default undefined (the checklist keeps them, starting from `defaultExpanded`)
   */
  expanded?: readonly string[] | undefined;
  /**
   * The ids of the items open at first (uncontrolled).
   * @default undefined (the current step, see `openCurrent`)
   */
  defaultExpanded?: readonly string[] | undefined;
  /**
   * Called with the ids of the open items whenever one opens or closes.
   * @default undefined
   */
  onExpandedChange?: ((expanded: string[]) => void) | undefined;
  /**
   * Whether the step to do next starts open, when neither `expanded` nor `defaultExpanded` says
   * which items are open. Its guidance is then in the server's HTML too.
   * @default true
   */
  openCurrent?: boolean | undefined;
  /**
   * The ids of the items marked as done (controlled).
   * @default undefined (the checklist keeps them, starting from `defaultCompleted`)
   */
  completed?: readonly string[] | undefined;
  /**
   * The ids of the items marked as done at first (uncontrolled).
   * @default [] (none marked)
   */
  defaultCompleted?: readonly string[] | undefined;
  /**
   * Called with the ids of the items marked as done whenever one is marked or unmarked.
   * @default undefined
   */
  onCompletedChange?: ((completed: string[]) => void) | undefined;
  /**
   * Checks the device again, typically by fetching it and passing the new `capabilities`. A
   * returned promise keeps the check busy until it settles; a rejection is a failed check.
   * @default undefined (no "Check again" button)
   */
  onRecheck?: (() => unknown) | undefined;
  /**
   * Starts linking the device again for an intervention whose action is `Link` (expired
   * credentials, say): create a relink session (`POST /assets/{assetId}/relink`) and open Link
   * UI with it.
   * @default undefined (the owner is told to connect the device again)
   */
  onRelink?: ((item: PlanItem) => unknown) | undefined;
  /**
   * Checks the device again by itself (calling `onRecheck`) while the page is visible: after
   * `interval` milliseconds, then twice as long after each check that leaves steps to do, up
   * to `maxAttempts` checks; it stops once everything is resolved. `true` takes the defaults.
   * @default false
   */
  autoRecheck?: boolean | InterventionChecklistAutoRecheck | undefined;
  /**
   * Called once when a new snapshot leaves nothing to do.
   * @default undefined
   */
  onAllResolved?: (() => void) | undefined;
  /**
   * Called with each thing the owner does, for analytics.
   * @default undefined
   */
  onEvent?: ((event: InterventionChecklistEvent) => void) | undefined;
  /**
   * The owner's locale, for the capability labels and plural rules.
   * @default the nearest `LocaleProvider`'s, else 'en-US'
   */
  locale?: string | undefined;
  /**
   * Capability labels by name, laid over the locale's one by one.
   * @default the labels of the locale in use
   */
  capabilityLabels?: CapabilityTexts | undefined;
  /**
   * Host wording for any of the checklist's strings, over the locale's.
   * @default undefined (the locale's wording)
   */
  messages?: MessageOverrides<Messages['checklist']> | undefined;
}

/** One item as the hook gives it: where it stands, and the labels of what it unlocks. */
export interface InterventionChecklistItem extends ChecklistEntry {
  /** The labels of the capabilities it unlocks, in the owner's language. */
  unlockLabels: readonly string[];
  /** Whether its panel is open. */
  expanded: boolean;
  /** Whether the owner resolves it by connecting the device again (`action: 'Link'`). */
  relink: boolean;
}

/** The checklist's state and actions, without markup or ARIA wiring. */
export interface InterventionChecklistState {
  /** The plan of the latest snapshot. */
  plan: InterventionPlan;
  /** The items to show, in the order of work. */
  items: readonly InterventionChecklistItem[];
  /** How many items are done or resolved, of how many. */
  finished: number;
  total: number;
  /** The step to do next. */
  next: PlanItem | undefined;
  outcome: ChecklistOutcome;
  /** Whether the device is a vehicle (for "This vehicle can't…" wording). */
  isVehicle: boolean;
  /** The locale in use. */
  locale: string;
  /** The checklist's strings in that locale, with the host's wording over them. */
  messages: Messages['checklist'];
  /** The ids of the open items. */
  expanded: readonly string[];
  setExpanded: (expanded: string[]) => void;
  toggleExpanded: (id: string) => void;
  /** The ids of the items marked as done. */
  completed: readonly string[];
  /** Marks an item done, or not done again. Stable across renders. */
  toggleCompleted: (id: string) => void;
  /** Asks the host to link the device again for an item. Stable across renders. */
  relink: (item: PlanItem) => void;
  /** Where a check of the device stands; `undefined` without `onRecheck`. */
  recheck: InterventionChecklistRecheckState | undefined;
  /** Checks the device again; does nothing while a check runs. */
  runRecheck: () => Promise<void>;
  /** What changed last (marking, a check), for a polite live announcement. */
  lastChange: InterventionChecklistChange | undefined;
}

/**
 * The checklist's state and actions with the attributes of each part, carrying the ARIA
 * wiring, for a UI of the host's own.
 */
export interface InterventionChecklistApi extends InterventionChecklistState {
  getRootProps: () => Record<string, unknown>;
  getProgressProps: () => Record<string, unknown>;
  getTriggerProps: (id: string) => Record<string, unknown>;
  getPanelProps: (id: string) => Record<string, unknown>;
  getCompleteButtonProps: (id: string) => Record<string, unknown>;
  getRecheckButtonProps: () => Record<string, unknown>;
}

const empty: readonly string[] = [];
const { scope } = interventionChecklistAnatomy;

/**
 * The checklist's state without its markup: the plan of each snapshot, the items every
 * snapshot listed and where each stands, open and done state (each controlled or not),
 * checking the device again, relinking and events. InterventionChecklist is markup over it
 * (Radix's accordion brings the ARIA wiring); `useInterventionChecklist` adds prop getters.
 */
export function useInterventionChecklistState(
  options: UseInterventionChecklistOptions,
): InterventionChecklistState {
  const {
    capabilities,
    catalogue = bundledCatalogue,
    vendors,
    filter,
    onRecheck,
    onRelink,
    onAllResolved,
    onEvent,
  } = options;
  const vendor = options.vendor ?? deviceVendor(capabilities);
  const { locale, messages, capabilityLabels } = useMessages('checklist', checklistEnUS, {
    locale: options.locale,
    overrides: options.messages,
    capabilityLabels: options.capabilityLabels,
  });
  useCatalogueLanguageWarning(catalogue?.locale, locale);

  const plan = useMemo(
    () => planInterventions(capabilities, catalogue, { vendor, vendors, filter, capabilityLabels }),
    [capabilities, catalogue, vendor, vendors, filter, capabilityLabels],
  );
  // Every item any snapshot has listed: one that a later snapshot drops is resolved. Stored
  // while rendering, as React allows for state derived from earlier renders.
  const [seen, setSeen] = useState<readonly PlanItem[]>(plan.items);
  const tracked = trackSeenItems(seen, plan);
  if (tracked !== seen) setSeen(tracked);

  // The step to do next starts open unless the host says which are open; the first plan's
  // next step is the only one a first render can know.
  const [firstOpen] = useState<readonly string[]>(() => {
    if (options.defaultExpanded || options.openCurrent === false) return empty;
    const first = checklistState(plan.items, plan, options.defaultCompleted ?? empty).next;
    return first ? [first.id] : empty;
  });
  const [expandedState, setExpandedState] = useControllableState<readonly string[]>({
    prop: options.expanded,
    defaultProp: options.defaultExpanded ?? firstOpen,
    onChange: options.onExpandedChange as ((value: readonly string[]) => void) | undefined,
    caller: 'InterventionChecklist',
  });
  const [completedState, setCompletedState] = useControllableState<readonly string[]>({
    prop: options.completed,
    defaultProp: options.defaultCompleted ?? empty,
    onChange: options.onCompletedChange as ((value: readonly string[]) => void) | undefined,
    caller: 'InterventionChecklist',
  });
  // A host without types may pass anything: only arrays of ids count.
  const expanded = Array.isArray(expandedState) ? expandedState : empty;
  const completed = Array.isArray(completedState) ? completedState : empty;

  const state = checklistState(tracked, plan, completed, filter);

  // Each item's labels are made once per plan item (plan items keep their identity while the
  // plan does), so a memoised item gets the same array on every render.
  const unlockLabelsOf = useMemo(() => {
    const made = new WeakMap<PlanItem, readonly string[]>();
    return (item: PlanItem) => {
      let labels = made.get(item);
      if (!labels) {
        labels = item.unlocks.map((name) => capabilityLabel(name, capabilityLabels));
        made.set(item, labels);
      }
      return labels;
    };
  }, [capabilityLabels]);
  const items = state.entries.map(
    (entry): InterventionChecklistItem => ({
      ...entry,
      unlockLabels: unlockLabelsOf(entry.item),
      expanded: expanded.includes(entry.item.id),
      relink: entry.item.entry?.resolution.action === 'Link',
    }),
  );

  // Tell the host once, when a snapshot leaves nothing to do (never during render).
  const allResolved = state.outcome === 'all-resolved';
  const announced = useRef(allResolved);
  useEffect(() => {
    if (allResolved && !announced.current) {
      onAllResolved?.();
      onEvent?.({ type: 'all-resolved' });
    }
    announced.current = allResolved;
  }, [allResolved, onAllResolved, onEvent]);

  // Memoised items get stable actions: they read the committed state and callbacks from a
  // ref, which an insertion effect updates after every commit and before any click.
  const [lastChange, setLastChange] = useState<InterventionChecklistChange | undefined>();
  const latest = useRef({ expanded, completed, onEvent, onRelink });
  useInsertionEffect(() => {
    latest.current = { expanded, completed, onEvent, onRelink };
  });
  const setExpanded = useCallback(
    (next: string[]) => {
      const { expanded: before, onEvent: report } = latest.current;
      for (const id of next) if (!before.includes(id)) report?.({ type: 'item-opened', id });
      for (const id of before) if (!next.includes(id)) report?.({ type: 'item-closed', id });
      setExpandedState(next);
    },
    [setExpandedState],
  );
  const toggleExpanded = useCallback(
    (id: string) => {
      const { expanded: before } = latest.current;
      setExpanded(before.includes(id) ? before.filter((other) => other !== id) : [...before, id]);
    },
    [setExpanded],
  );
  const toggleCompleted = useCallback(
    (id: string) => {
      const { completed: before, onEvent: report } = latest.current;
      const wasDone = before.includes(id);
      setCompletedState(wasDone ? before.filter((other) => other !== id) : [...before, id]);
      setLastChange({ type: 'marked-done', id, done: !wasDone });
      report?.({ type: 'marked-done', id, done: !wasDone });
    },
    [setCompletedState],
  );
  const relink = useCallback((item: PlanItem) => {
    const { onEvent: report, onRelink: start } = latest.current;
    report?.({ type: 'relink-requested', id: item.id });
    start?.(item);
  }, []);

  const [recheck, setRecheck] = useState<InterventionChecklistRecheckState>('idle');
  const busy = useRef(false);
  // Counts finished checks: two checks in a row both end 'done', which alone would not tell
  // the automatic checks that another one finished.
  const [checksRun, setChecksRun] = useState(0);
  // The ids still to do in the data when a check started: what the check resolved is those
  // that the snapshot after it no longer lists.
  const [checkedFrom, setCheckedFrom] = useState<ReadonlySet<string> | undefined>();
  const pendingIds = () => new Set(plan.items.map((item) => item.id));
  const runRecheck = async () => {
    if (!onRecheck || busy.current) return;
    busy.current = true;
    setRecheck('busy');
    setCheckedFrom(pendingIds());
    onEvent?.({ type: 'recheck-started' });
    try {
      await onRecheck();
      setRecheck('done');
      onEvent?.({ type: 'recheck-finished', ok: true });
    } catch (error) {
      setRecheck('error');
      setLastChange({ type: 'recheck-finished', ok: false });
      onEvent?.({ type: 'recheck-finished', ok: false, error });
    } finally {
      busy.current = false;
      setChecksRun((count) => count + 1);
    }
  };
  // Once a check is done, say what it resolved, as the snapshot it brought shows.
  const stillPending = plan.items.map((item) => item.id).join('\n');
  useEffect(() => {
    if (recheck !== 'done' || !checkedFrom) return;
    const now = new Set(stillPending.split('\n'));
    const resolved = tracked.filter((item) => checkedFrom.has(item.id) && !now.has(item.id));
    setLastChange({ type: 'recheck-finished', ok: true, resolved });
    setCheckedFrom(undefined);
  }, [recheck, checkedFrom, stillPending, tracked]);

  useAutoRecheck(
    options.autoRecheck,
    onRecheck ? runRecheck : undefined,
    allResolved || recheck === 'busy',
    checksRun,
  );

  return {
    plan,
    items,
    finished: state.finished,
    total: state.total,
    next: state.next,
    outcome: state.outcome,
    isVehicle:
      Boolean(getVendor(vendor, vendors)?.deviceTypes.includes('vehicle')) ||
      items.some((entry) => entry.item.entry?.vendorType === 'vehicle'),
    locale,
    messages,
    expanded,
    setExpanded,
    toggleExpanded,
    completed,
    toggleCompleted,
    relink,
    recheck: onRecheck ? recheck : undefined,
    runRecheck,
    lastChange,
  };
}

/**
 * Checks the device again by itself while the page is visible, waiting twice as long after
 * each check, until nothing is left to do or the attempts run out. Timers run in effects
 * only: nothing reads `document` while rendering.
 */
function useAutoRecheck(
  setting: boolean | InterventionChecklistAutoRecheck | undefined,
  run: (() => Promise<void>) | undefined,
  paused: boolean,
  checksRun: number,
) {
  const enabled = Boolean(setting) && run !== undefined && !paused;
  const given = typeof setting === 'object' && setting !== null ? setting : {};
  // Bad values get the defaults or a bound, never a tight loop: at least a second between
  // checks, a whole number of attempts, and no wait past what timers can hold (about 24 days).
  const interval =
    typeof given.interval === 'number' && Number.isFinite(given.interval)
      ? Math.max(given.interval, 1000)
      : 30_000;
  const maxAttempts =
    typeof given.maxAttempts === 'number' && given.maxAttempts >= 0
      ? Math.min(Math.floor(given.maxAttempts), 1000)
      : 6;
  const attempts = useRef(0);
  const latestRun = useRef(run);
  useInsertionEffect(() => {
    latestRun.current = run;
  });
  useEffect(() => {
    // Each finished check (checksRun) starts the next wait.
    void checksRun;
    if (!enabled || attempts.current >= maxAttempts) return;
    const wait = Math.min(interval * 2 ** attempts.current, 2 ** 31 - 1);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = undefined;
      if (document.visibilityState !== 'visible') return;
      timer = setTimeout(() => {
        attempts.current += 1;
        void latestRun.current?.();
      }, wait);
    };
    // A hidden page is not checked: the wait starts again when the owner comes back.
    schedule();
    document.addEventListener('visibilitychange', schedule);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', schedule);
    };
  }, [enabled, checksRun, interval, maxAttempts]);
}

/**
 * The checklist's behaviour for a UI of the host's own: its state, and prop getters that
 * carry the ARIA wiring of a disclosure list (the WAI-ARIA accordion pattern: each trigger a
 * button with `aria-expanded` and `aria-controls`, each panel a group named by its trigger (not a region: several checklists on a page would each add landmarks of the same names),
 * the arrow keys, Home and End moving between triggers). A stepper built on it behaves and
 * reads like the checklist.
 */
export function useInterventionChecklist(
  options: UseInterventionChecklistOptions,
): InterventionChecklistApi {
  const checklist = useInterventionChecklistState(options);
  const { items, expanded, completed, recheck, toggleExpanded, toggleCompleted, runRecheck } =
    checklist;
  // Ids for the ARIA wiring of the prop getters: item ids are the API's, which may hold any
  // character, so elements are numbered by their place in the list instead.
  const baseId = useId();
  const indexOf = new Map(items.map((entry, index) => [entry.item.id, index]));
  const triggerId = (id: string) => `${baseId}-trigger-${indexOf.get(id) ?? -1}`;
  const panelId = (id: string) => `${baseId}-panel-${indexOf.get(id) ?? -1}`;
  const triggers = useRef(new Map<string, HTMLElement>());
  // Down (or the arrow pointing along the reading direction, for a row of steps) moves to the
  // next trigger, wrapping around; Home and End to the first and the last.
  const focusTrigger = (from: string, event: KeyboardEvent) => {
    const order = items.map((entry) => entry.item.id);
    const at = order.indexOf(from);
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const forward = ['ArrowDown', rtl ? 'ArrowLeft' : 'ArrowRight'].includes(event.key);
    const target =
      event.key === 'Home'
        ? order[0]
        : event.key === 'End'
          ? order[order.length - 1]
          : order[(at + (forward ? 1 : -1) + order.length) % order.length];
    if (target !== undefined) triggers.current.get(target)?.focus();
  };
  const part = (name: string) => ({ 'data-scope': scope, 'data-part': name });

  return {
    ...checklist,
    getRootProps: () => ({
      ...part('root'),
      'data-state': checklist.outcome,
      'aria-busy': recheck === 'busy' || undefined,
    }),
    getProgressProps: () => ({
      ...part('progress-bar'),
      role: 'progressbar',
      'aria-valuemin': 0,
      'aria-valuemax': checklist.total,
      'aria-valuenow': checklist.finished,
    }),
    getTriggerProps: (id) => {
      const entry = items.find((candidate) => candidate.item.id === id);
      return {
        ...part('trigger'),
        id: triggerId(id),
        type: 'button',
        'aria-expanded': Boolean(entry?.expanded),
        'aria-controls': panelId(id),
        'aria-current': entry?.current ? 'step' : undefined,
        'data-state': entry?.expanded ? 'open' : 'closed',
        'data-status': entry?.status,
        ref: (element: HTMLElement | null) => {
          if (element) triggers.current.set(id, element);
          else triggers.current.delete(id);
        },
        onClick: () => toggleExpanded(id),
        onKeyDown: (event: KeyboardEvent) => {
          if (
            ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)
          ) {
            event.preventDefault();
            focusTrigger(id, event);
          }
        },
      };
    },
    getPanelProps: (id) => {
      const open = expanded.includes(id);
      return {
        ...part('panel'),
        id: panelId(id),
        role: 'group',
        'aria-labelledby': triggerId(id),
        hidden: !open,
        'data-state': open ? 'open' : 'closed',
      };
    },
    getCompleteButtonProps: (id) => ({
      ...part('complete-button'),
      type: 'button',
      'aria-pressed': completed.includes(id),
      onClick: () => toggleCompleted(id),
    }),
    getRecheckButtonProps: () => ({
      ...part('recheck-button'),
      type: 'button',
      'aria-disabled': recheck === 'busy' || undefined,
      onClick: runRecheck,
    }),
  };
}
