'use client';

import * as Accordion from '@radix-ui/react-accordion';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import {
  interventionChecklistAnatomy,
  type PartClassNames,
  partAttributes,
} from '../../anatomy/index.js';
import {
  type UseInterventionChecklistOptions,
  useInterventionChecklistState,
} from '../../hooks/useInterventionChecklist.js';
import { checklistEnUS } from '../../i18n/en-US/checklist.js';
import { plural } from '../../i18n/format.js';
import { type MessageOverrides, useMessages } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
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
   * The level of each item's heading, to fit the host page's outline.
   * @default 3
   */
  headingLevel?: InterventionChecklistHeadingLevel;
  /**
   * Host wording for any of the component's strings, over the locale's.
   * @default undefined (the locale's wording)
   */
  messages?: MessageOverrides<InterventionChecklistMessages>;
  /**
   * A class for any part, by its `data-part` name (`{ trigger: 'font-semibold' }`), beside the
   * `--iu-` variables.
   * @default undefined (no classes of yours)
   */
  classNames?: InterventionChecklistClassNames;
}

/**
 * Step-by-step guidance for every intervention a device needs, once each, in the order to do
 * them: an accordion (WAI-ARIA pattern, from Radix) with progress, marking as done, resolution
 * from new snapshots, reconnecting, and a way to check the device again. Markup over
 * `useInterventionChecklistState`; `useInterventionChecklist` gives a host the same behaviour
 * for a UI of its own.
 */
export const InterventionChecklist = forwardRef<HTMLDivElement, InterventionChecklistProps>(
  function InterventionChecklist(
    {
      capabilities,
      catalogue,
      vendor,
      vendors,
      filter,
      expanded,
      defaultExpanded,
      onExpandedChange,
      completed,
      defaultCompleted,
      onCompletedChange,
      onRecheck,
      onRelink,
      onAllResolved,
      onEvent,
      headingLevel = 3,
      locale: localeProp,
      messages: overrides,
      capabilityLabels,
      classNames,
      className,
      ...rest
    },
    ref,
  ) {
    const checklist = useInterventionChecklistState({
      capabilities,
      catalogue,
      vendor,
      vendors,
      filter,
      expanded,
      defaultExpanded,
      onExpandedChange,
      completed,
      defaultCompleted,
      onCompletedChange,
      onRecheck,
      onRelink,
      onAllResolved,
      onEvent,
      locale: localeProp,
      capabilityLabels,
    });
    const { messages: t } = useMessages('checklist', checklistEnUS, {
      locale: localeProp,
      overrides,
    });
    const { plan, items, finished, total, outcome, locale, recheck } = checklist;
    const part = partAttributes(interventionChecklistAnatomy, classNames);
    const Heading = `h${headingLevel}` as const;
    const progressText = plural(t.progress, total, locale, { done: finished });

    return (
      <div
        {...rest}
        ref={ref}
        {...part('root', 'iu-intervention-checklist', className)}
        data-state={outcome}
        aria-busy={recheck === 'busy' || undefined}
      >
        {total > 0 ? (
          <ChecklistProgress
            finished={finished}
            total={total}
            label={t.progressLabel}
            text={progressText}
            part={part}
          />
        ) : null}

        {/* Nothing to do is not "everything works" when some features can never work: it
            says so, above the list of what is not available. */}
        {outcome !== 'in-progress' ? (
          <p {...part('outcome')} data-state={outcome}>
            {
              {
                'all-capable': t.allCapable,
                'all-resolved': t.allResolved,
                'nothing-to-do': t.nothingToDo,
                empty: t.empty,
              }[outcome]
            }
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
                relink={entry.relink}
                unlockLabels={entry.unlockLabels}
                headingLevel={headingLevel}
                locale={locale}
                messages={t}
                classNames={classNames}
                onToggleDone={checklist.toggleCompleted}
                onRelink={onRelink ? checklist.relink : undefined}
                vendors={vendors}
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

        {recheck !== undefined ? (
          <div {...part('recheck')} data-state={recheck}>
            <button
              type="button"
              {...part('recheck-button')}
              aria-disabled={recheck === 'busy' || undefined}
              onClick={checklist.runRecheck}
            >
              {t.recheck}
            </button>
            <p role="status" {...part('recheck-status')}>
              {recheck === 'busy' ? t.rechecking : recheck === 'done' ? t.recheckDone : ''}
            </p>
            {recheck === 'error' ? (
              <p role="alert" {...part('recheck-error')}>
                {t.recheckFailed}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    );
  },
);
