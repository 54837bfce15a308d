'use client';

import * as Accordion from '@radix-ui/react-accordion';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useMemo } from 'react';
import {
  interventionChecklistAnatomy,
  type PartClassNames,
  partAttributes,
} from '../../anatomy/index.js';
import {
  type InterventionChecklistState,
  type UseInterventionChecklistOptions,
  useInterventionChecklistState,
} from '../../hooks/useInterventionChecklist.js';
import { format, list, plural } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import { type InterventionLinks, type ItemLinks, linksOf } from '../../resolve/links.js';
import type { PlanItem } from '../../resolve/plan.js';
import type { BrandLogos } from '../BrandBadge/logos.js';
import { StatusIcon } from '../shared/StatusIcon.js';
import { splitProps } from '../shared/split-props.js';
import { usePrinting } from '../shared/usePrinting.js';
import { ChecklistItem, type InterventionChecklistHeadingLevel } from './ChecklistItem.js';
import { ChecklistProgress } from './ChecklistProgress.js';

/** InterventionChecklist's strings; pass some to `messages` to override them. */
export type InterventionChecklistMessages = Messages['checklist'];

/** A class per part of the checklist, for the `classNames` prop. */
export type InterventionChecklistClassNames = PartClassNames<typeof interventionChecklistAnatomy>;

export interface InterventionChecklistProps
  extends UseInterventionChecklistOptions,
    Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'defaultValue' | 'onChange'> {
  /**
   * The checklist's heading. `false` leaves it out, for a page whose own heading says it.
   * @default "Finish setting up your car" (or "your device"), in the locale in use
   */
  heading?: ReactNode | false;
  /**
   * The level of each item's heading, to fit the host page's outline; the checklist's own
   * heading sits one level above.
   * @default 3
   */
  headingLevel?: InterventionChecklistHeadingLevel;
  /**
   * Your own links to the maker's app and portal, per intervention id or vendor code
   * (`{ VOLKSWAGEN: { portal: 'https://…' } }`); they replace the catalogue's for those items.
   * Only `https:` and `http:` addresses become links.
   * @default undefined (the catalogue's links)
   */
  links?: InterventionLinks | undefined;
  /**
   * Your licensed logos per vendor code (`{ TESLA: <img src="…" alt="" /> }`), drawn in each
   * item's brand mark in place of the monogram. Elements only, so a Server Component can pass
   * them.
   * @default undefined (the monograms)
   */
  brandLogos?: BrandLogos | undefined;
  /**
   * A class for any part, by its `data-part` name (`{ trigger: 'font-semibold' }`), beside the
   * `--iu-` variables.
   * @default undefined (no classes of yours)
   */
  classNames?: InterventionChecklistClassNames;
}

/** Every option of the checklist's hook: these props go to the hook, the rest to the root. */
const checklistOptionKeys = {
  capabilities: true,
  catalogue: true,
  vendor: true,
  vendors: true,
  filter: true,
  expanded: true,
  defaultExpanded: true,
  onExpandedChange: true,
  openCurrent: true,
  completed: true,
  defaultCompleted: true,
  onCompletedChange: true,
  onRecheck: true,
  onRelink: true,
  autoRecheck: true,
  onAllResolved: true,
  onEvent: true,
  locale: true,
  capabilityLabels: true,
  messages: true,
} as const satisfies Record<keyof UseInterventionChecklistOptions, true>;

/**
 * Step-by-step guidance for every intervention a device needs, once each, in the order to do
 * them: an accordion (WAI-ARIA pattern, from Radix) with progress, marking as done, resolution
 * from new snapshots, reconnecting, and a way to check the device again. Markup over
 * `useInterventionChecklistState`; `useInterventionChecklist` gives a host the same behaviour
 * for a UI of its own.
 */
export const InterventionChecklist = forwardRef<HTMLDivElement, InterventionChecklistProps>(
  function InterventionChecklist(props, ref) {
    const [options, own] = splitProps(props, checklistOptionKeys);
    const { heading, headingLevel = 3, links, brandLogos, classNames, className, ...rest } = own;
    const checklist = useInterventionChecklistState(options);
    const { onRelink, vendors } = options;
    const t = checklist.messages;
    const { plan, items, finished, total, outcome, locale, recheck } = checklist;
    const part = partAttributes(interventionChecklistAnatomy, classNames);
    const printing = usePrinting();
    // One object per item, kept while the plan and the links stay, so items re-render only
    // when their own state changes.
    const itemLinks = useMemo(() => {
      const byId = new Map<string, ItemLinks>();
      for (const item of plan.items) byId.set(item.id, linksOf(item, links));
      return byId;
    }, [plan.items, links]);
    const Heading = `h${headingLevel}` as const;
    const OwnHeading = `h${Math.max(headingLevel - 1, 1)}` as `h${1 | 2 | 3 | 4 | 5}`;
    const progressText = plural(t.progress, total, locale, { done: finished });
    const titleOf = (item: PlanItem) =>
      item.entry?.resolution.title ||
      (item.portal
        ? format(t.fallbackTitle, { portal: item.portal })
        : t.fallbackTitleUnknownPortal);
    // What now works, once every item is resolved: the capabilities the items unlocked.
    const unlocked = [...new Set(items.flatMap((entry) => entry.unlockLabels))];
    const outcomeText = {
      'all-capable': t.allCapable,
      'all-resolved':
        unlocked.length > 0
          ? format(t.allResolvedUnlocked, { capabilities: list(unlocked, locale) })
          : t.allResolved,
      'nothing-to-do': t.nothingToDo,
      empty: t.empty,
    };
    const announcement = announce(checklist, t, locale, titleOf);
    const change = checklist.lastChange;
    const checkResult =
      recheck !== 'busy' && change?.type === 'recheck-finished' && change.ok && announcement !== '';
    // "Finish setting up" only where there is something to finish; the host's own heading
    // always shows.
    const showHeading = heading !== false && (heading !== undefined || total > 0);
    // "Check again" sits with the progress, and goes once nothing is left to check.
    const canRecheck = recheck !== undefined && outcome === 'in-progress';

    return (
      <div
        {...rest}
        ref={ref}
        {...part('root', 'iu-intervention-checklist', className)}
        data-state={outcome}
        aria-busy={recheck === 'busy' || undefined}
      >
        {showHeading || total > 0 || canRecheck ? (
          <div {...part('header')}>
            {showHeading ? (
              <OwnHeading {...part('heading')}>
                {heading ?? (checklist.isVehicle ? t.headingVehicle : t.headingDevice)}
              </OwnHeading>
            ) : null}
            {total > 0 ? (
              <ChecklistProgress
                finished={finished}
                total={total}
                label={t.progressLabel}
                text={progressText}
                part={part}
              />
            ) : null}
            {canRecheck ? (
              <div {...part('recheck')} data-state={recheck}>
                <button
                  type="button"
                  {...part('recheck-button')}
                  aria-disabled={recheck === 'busy' || undefined}
                  onClick={checklist.runRecheck}
                >
                  {recheck === 'error' ? t.recheckRetry : t.recheck}
                </button>
                {recheck === 'busy' ? (
                  <span {...part('recheck-status')}>{t.rechecking}</span>
                ) : null}
                {recheck === 'error' ? (
                  <p role="alert" {...part('recheck-error')}>
                    <StatusIcon
                      scope="intervention-checklist"
                      status="error"
                      className={classNames?.icon}
                    />
                    {t.recheckFailed}
                  </p>
                ) : null}
              </div>
            ) : null}
          </div>
        ) : null}

        {/* Marking an item and checking the device are said once, politely, here. What a
            check found is shown too: a sighted owner who pressed "Check again" sees the answer,
            even "nothing has changed yet". */}
        <p role="status" {...part('announcement')} data-kind={checkResult ? 'recheck' : undefined}>
          {announcement}
        </p>

        {/* Nothing to do is not "everything works" when some features can never work: it
            says so, above the list of what is not available, in a neutral tone. */}
        {outcome !== 'in-progress' ? (
          <p {...part('outcome')} data-state={outcome}>
            {outcome === 'all-resolved' || outcome === 'all-capable' ? (
              <StatusIcon
                scope="intervention-checklist"
                status="capable"
                className={classNames?.icon}
              />
            ) : null}
            {outcomeText[outcome]}
          </p>
        ) : null}

        {total > 0 ? (
          <Accordion.Root
            type="multiple"
            value={checklist.expanded as string[]}
            onValueChange={checklist.setExpanded}
            {...part('accordion')}
          >
            {items.map((entry) => (
              <ChecklistItem
                key={entry.item.id}
                item={entry.item}
                status={entry.status}
                current={entry.current}
                open={checklist.expanded.includes(entry.item.id)}
                printing={printing}
                links={itemLinks.get(entry.item.id) ?? noLinks}
                step={entry.step}
                total={total}
                after={entry.after}
                relink={entry.relink}
                unlockLabels={entry.unlockLabels}
                headingLevel={headingLevel}
                locale={locale}
                messages={t}
                classNames={classNames}
                onToggleDone={checklist.toggleCompleted}
                onRelink={onRelink ? checklist.relink : undefined}
                vendors={vendors}
                brandLogos={brandLogos}
                title={titleOf(entry.item)}
              />
            ))}
          </Accordion.Root>
        ) : null}

        {plan.missing.length > 0 ? (
          <section {...part('missing')}>
            <Heading {...part('missing-heading')}>
              {checklist.isVehicle ? t.missingVehicle : t.missingDevice}
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
      </div>
    );
  },
);

const noLinks: ItemLinks = {};

/** The polite announcement of what changed last: an item marked, or a check of the device. */
function announce(
  checklist: InterventionChecklistState,
  t: InterventionChecklistMessages,
  locale: string,
  titleOf: (item: PlanItem) => string,
): string {
  const change = checklist.lastChange;
  if (checklist.recheck === 'busy') return t.rechecking;
  if (!change) return '';
  if (change.type === 'marked-done') {
    const entry = checklist.items.find((candidate) => candidate.item.id === change.id);
    if (!entry) return '';
    return format(change.done ? t.announceDone : t.announceUndone, {
      title: titleOf(entry.item),
      done: checklist.finished,
      count: checklist.total,
    });
  }
  // A failed check is said by its alert; the polite region stays quiet, so it is heard once.
  if (!change.ok) return '';
  if (change.resolved.length === 0) return t.announceNothingChanged;
  return plural(t.announceResolved, change.resolved.length, locale, {
    titles: list(change.resolved.map(titleOf), locale),
  });
}
