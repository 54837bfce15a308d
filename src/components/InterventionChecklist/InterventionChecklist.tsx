'use client';

import * as Accordion from '@radix-ui/react-accordion';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  useCallback,
  useEffect,
  useInsertionEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { catalogue as bundledCatalogue } from '../../catalogue/bundled.js';
import type { Catalogue } from '../../catalogue/catalogue.js';
import { getVendor, type VendorRegistry } from '../../catalogue/vendors.js';
import { capabilityLabelsEnUS } from '../../i18n/en-US/capabilities.js';
import { checklistEnUS } from '../../i18n/en-US/checklist.js';
import { plural } from '../../i18n/format.js';
import {
  type MessageOverrides,
  useCatalogueLanguageWarning,
  useMessages,
} from '../../i18n/locale.js';
import { type CapabilityTexts, capabilityLabel } from '../../resolve/labels.js';
import { compareItems, type PlanItem, planInterventions } from '../../resolve/plan.js';
import { cx } from '../../utils/cx.js';
import { useControllableState } from '../shared/useControllableState.js';
import { ChecklistItem, type HeadingLevel, type ItemStatus } from './ChecklistItem.js';
import { ChecklistProgress } from './ChecklistProgress.js';

/** InterventionChecklist's strings; pass some to `messages` to override them. */
export type InterventionChecklistMessages = typeof checklistEnUS;

/** What the checklist reports to `onEvent`, for analytics. */
export type ChecklistEvent =
  | { type: 'item-opened'; id: string }
  | { type: 'item-closed'; id: string }
  | { type: 'marked-done'; id: string; done: boolean }
  | { type: 'recheck-started' }
  | { type: 'recheck-finished'; ok: boolean; error?: unknown }
  | { type: 'all-resolved' };

type RecheckState = 'idle' | 'busy' | 'done' | 'error';

export interface InterventionChecklistProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'defaultValue' | 'onChange'> {
  /**
   * The device's `capabilities` object (raw API data accepted). Pass each new snapshot: an
   * intervention that no longer appears shows as resolved. Give the checklist a `key` per
   * device so one device's history never carries over to another.
   */
  capabilities: unknown;
  /**
   * Where guidance comes from.
   * @default the bundled en-US catalogue
   */
  catalogue?: Catalogue;
  /** The device's vendor code: its brand, and its app for interventions without guidance. */
  vendor?: unknown;
  /**
   * Vendors as the API describes them (what `mergeVendorHealth` returns), over the bundled
   * registry: their names and apps win, and a vendor only they list is named.
   * @default undefined (the bundled registry alone)
   */
  vendors?: VendorRegistry;
  /** Only the interventions behind these capabilities (`['smartCharging']`). Default: all. */
  filter?: readonly string[];
  /** The ids of the open items (controlled). */
  value?: string[];
  /**
   * The ids of the items open at first (uncontrolled).
   * @default []
   */
  defaultValue?: string[];
  /** Called with the ids of the open items whenever the owner opens or closes one. */
  onValueChange?: (value: string[]) => void;
  /** The ids of the items marked as done (controlled). */
  completed?: string[];
  /**
   * The ids of the items marked as done at first (uncontrolled).
   * @default []
   */
  defaultCompleted?: string[];
  /** Called with the ids of the items marked as done whenever the owner marks or unmarks one. */
  onCompletedChange?: (completed: string[]) => void;
  /**
   * Shows a "Check again" button that calls this, typically to fetch the device again and pass
   * the new `capabilities`. A returned promise shows a busy state until it settles, and an
   * error message if it rejects.
   */
  onRecheck?: () => unknown;
  /** Called once when a new snapshot leaves nothing to do. */
  onAllResolved?: () => void;
  /** Called with each thing the owner does, for analytics. */
  onEvent?: (event: ChecklistEvent) => void;
  /**
   * The level of each item's heading, to fit the host page's outline.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /**
   * The owner's locale: picks the strings from the locales a `LocaleProvider` loaded (nearest
   * match, else US English), and the plural and list rules. The guidance itself comes from the
   * `catalogue`: pass the one in the owner's language.
   * @default the nearest `LocaleProvider`'s, else 'en-US'
   */
  locale?: string;
  /**
   * Host wording for any of the component's strings, over the locale's.
   * @default undefined
   */
  messages?: MessageOverrides<InterventionChecklistMessages>;
  /**
   * Capability labels by name, for "Unlocks: …" and the list of what the device lacks.
   * @default the labels of the locale in use
   */
  capabilityLabels?: CapabilityTexts;
}

/**
 * Step-by-step guidance for every intervention a device needs, once each, in the order to do
 * them: an accordion (WAI-ARIA pattern, from Radix) with progress, marking as done, resolution
 * from new snapshots, and a way to check the device again.
 */
export const InterventionChecklist = forwardRef<HTMLDivElement, InterventionChecklistProps>(
  function InterventionChecklist(
    {
      capabilities,
      catalogue = bundledCatalogue,
      vendor,
      vendors,
      filter,
      value,
      defaultValue,
      onValueChange,
      completed,
      defaultCompleted,
      onCompletedChange,
      onRecheck,
      onAllResolved,
      onEvent,
      headingLevel = 3,
      locale: localeProp,
      messages: overrides,
      capabilityLabels: ownLabels,
      className,
      ...rest
    },
    ref,
  ) {
    const localized = useMessages('checklist', checklistEnUS, { locale: localeProp, overrides });
    const { locale, messages: t } = localized;
    useCatalogueLanguageWarning(catalogue?.locale, locale);
    const capabilityLabels = ownLabels ?? localized.capabilityLabels ?? capabilityLabelsEnUS;
    const plan = useMemo(
      () =>
        planInterventions(capabilities, catalogue, {
          vendor,
          vendors,
          capabilities: filter,
          labels: capabilityLabels,
        }),
      [capabilities, catalogue, vendor, vendors, filter, capabilityLabels],
    );

    // Every item any snapshot has listed: one that a later snapshot drops is resolved.
    const [seen, setSeen] = useState<readonly PlanItem[]>(plan.items);
    const added = plan.items.filter((item) => !seen.some((old) => old.id === item.id));
    if (added.length > 0) setSeen([...seen, ...added]);
    const current = new Map(plan.items.map((item) => [item.id, item]));
    // An item the current filter leaves out is hidden, not resolved: only a snapshot resolves.
    const inFilter = (item: PlanItem) =>
      !filter || item.unlocks.some((name) => filter.includes(name));
    const items = [...seen, ...added]
      .map((item) => current.get(item.id) ?? item)
      .filter((item) => current.has(item.id) || inFilter(item))
      .sort(compareItems);

    const [open, setOpen] = useControllableState({
      value,
      defaultValue: defaultValue ?? [],
      onChange: onValueChange,
    });
    const [done, setDone] = useControllableState({
      value: completed,
      defaultValue: defaultCompleted ?? [],
      onChange: onCompletedChange,
    });
    const statusOf = (item: PlanItem): ItemStatus =>
      !current.has(item.id) ? 'resolved' : done.includes(item.id) ? 'done' : 'pending';
    const finished = items.filter((item) => statusOf(item) !== 'pending').length;
    const next = items.find((item) => statusOf(item) === 'pending');
    const allResolved = items.length > 0 && plan.items.length === 0;

    // Tell the host once, when a snapshot leaves nothing to do (never during render).
    const announced = useRef(allResolved);
    useEffect(() => {
      if (allResolved && !announced.current) {
        onAllResolved?.();
        onEvent?.({ type: 'all-resolved' });
      }
      announced.current = allResolved;
    }, [allResolved, onAllResolved, onEvent]);

    const [recheck, setRecheck] = useState<RecheckState>('idle');
    const runRecheck = async () => {
      if (!onRecheck || recheck === 'busy') return;
      setRecheck('busy');
      onEvent?.({ type: 'recheck-started' });
      try {
        await onRecheck();
        setRecheck('done');
        onEvent?.({ type: 'recheck-finished', ok: true });
      } catch (error) {
        setRecheck('error');
        onEvent?.({ type: 'recheck-finished', ok: false, error });
      }
    };

    const changeOpen = (nextOpen: string[]) => {
      for (const id of nextOpen) if (!open.includes(id)) onEvent?.({ type: 'item-opened', id });
      for (const id of open) if (!nextOpen.includes(id)) onEvent?.({ type: 'item-closed', id });
      setOpen(nextOpen);
    };
    // Items are memoised, so the toggle they get must stay the same function: it reads the
    // committed `done` and callbacks from a ref. An insertion effect updates the ref after every
    // commit and before any click can reach the toggle; on the server it does nothing.
    const latest = useRef({ done, setDone, onEvent });
    useInsertionEffect(() => {
      latest.current = { done, setDone, onEvent };
    });
    const toggleDone = useCallback((id: string) => {
      const now = latest.current;
      const wasDone = now.done.includes(id);
      now.setDone(wasDone ? now.done.filter((other) => other !== id) : [...now.done, id]);
      now.onEvent?.({ type: 'marked-done', id, done: !wasDone });
    }, []);
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

    const isVehicle =
      getVendor(vendor, vendors)?.deviceTypes.includes('vehicle') ||
      items.some((item) => item.entry?.vendorType === 'vehicle');
    const Heading = `h${headingLevel}` as const;
    // Nothing to do is not "everything works" when some features can never work: it says so,
    // above the list of what is not available.
    const state = allResolved
      ? 'all-resolved'
      : items.length > 0
        ? 'in-progress'
        : plan.missing.length > 0
          ? 'nothing-to-do'
          : plan.capabilities.length > 0
            ? 'all-capable'
            : 'empty';
    const progressText = plural(t.progress, items.length, locale, { done: finished });

    return (
      <div
        {...rest}
        ref={ref}
        className={cx('iu-intervention-checklist', className)}
        data-part="intervention-checklist"
        data-state={state}
        aria-busy={recheck === 'busy' || undefined}
      >
        {items.length > 0 ? (
          <ChecklistProgress
            finished={finished}
            total={items.length}
            label={t.progressLabel}
            text={progressText}
          />
        ) : null}

        {state !== 'in-progress' ? (
          <p data-part="outcome" data-state={state}>
            {
              {
                'all-capable': t.allCapable,
                'all-resolved': t.allResolved,
                'nothing-to-do': t.nothingToDo,
                empty: t.empty,
              }[state]
            }
          </p>
        ) : null}

        {items.length > 0 ? (
          <Accordion.Root
            type="multiple"
            value={open}
            onValueChange={changeOpen}
            data-part="accordion"
          >
            {items.map((item) => (
              <ChecklistItem
                key={item.id}
                item={item}
                status={statusOf(item)}
                current={item === next}
                unlockLabels={unlockLabelsOf(item)}
                headingLevel={headingLevel}
                locale={locale}
                messages={t}
                onToggleDone={toggleDone}
                vendors={vendors}
              />
            ))}
          </Accordion.Root>
        ) : null}

        {plan.missing.length > 0 ? (
          <section data-part="missing">
            <Heading data-part="missing-heading">
              {isVehicle ? t.missingVehicle : t.missingDevice}
            </Heading>
            <ul>
              {plan.missing.map((capability) => (
                <li key={capability.name} data-status="missing" data-capability={capability.name}>
                  {capability.label}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {onRecheck ? (
          <div data-part="recheck" data-state={recheck}>
            <button
              type="button"
              data-part="recheck-button"
              aria-disabled={recheck === 'busy' || undefined}
              onClick={runRecheck}
            >
              {t.recheck}
            </button>
            <p role="status" data-part="recheck-status">
              {recheck === 'busy' ? t.rechecking : recheck === 'done' ? t.recheckDone : ''}
            </p>
            {recheck === 'error' ? (
              <p role="alert" data-part="recheck-error">
                {t.recheckFailed}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    );
  },
);
