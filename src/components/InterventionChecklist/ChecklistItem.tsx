'use client';

import * as Accordion from '@radix-ui/react-accordion';
import { Fragment, memo, useId } from 'react';
import { interventionChecklistAnatomy, partAttributes } from '../../anatomy/index.js';
import type { VendorRegistry } from '../../catalogue/vendors.js';
import type { checklistEnUS } from '../../i18n/en-US/checklist.js';
import { format, list, plural } from '../../i18n/format.js';
import type { ChecklistItemStatus } from '../../resolve/checklist.js';
import { placeOf } from '../../resolve/place.js';
import type { PlanItem } from '../../resolve/plan.js';
import { BrandBadge } from '../BrandBadge/BrandBadge.js';
import { RichContent } from '../shared/RichContent.js';
import { StatusIcon } from '../shared/StatusIcon.js';
import type { InterventionChecklistClassNames } from './InterventionChecklist.js';

/** The heading levels an item's title can take, to fit the host page's outline. */
export type InterventionChecklistHeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface ChecklistItemProps {
  item: PlanItem;
  status: ChecklistItemStatus;
  /** Whether this is the step to do next. */
  current: boolean;
  /** Its place in the list, from 1, of `total`. */
  step: number;
  total: number;
  /** The place of an earlier step this one waits for. */
  after: number | undefined;
  /** Whether the owner resolves it by connecting the device again. */
  relink: boolean;
  /** The labels of the capabilities it unlocks. */
  unlockLabels: readonly string[];
  headingLevel: InterventionChecklistHeadingLevel;
  locale: string;
  messages: typeof checklistEnUS;
  classNames: InterventionChecklistClassNames | undefined;
  onToggleDone: (id: string) => void;
  /** Starts reconnecting; absent when the host gave no `onRelink`. */
  onRelink: ((item: PlanItem) => void) | undefined;
  /** The host's vendor registry, for the item's brand mark. */
  vendors?: VendorRegistry | undefined;
}

/**
 * One intervention: a header that names it and sums it up, and a panel with its steps. Memoised:
 * the checklist keeps every prop stable, so marking one item done re-renders that item only
 * (and the next step, whose `current` changes).
 */
export const ChecklistItem = memo(function ChecklistItem({
  item,
  status,
  current,
  step,
  total,
  after,
  relink,
  unlockLabels,
  headingLevel,
  locale,
  messages: t,
  classNames,
  onToggleDone,
  onRelink,
  vendors,
}: ChecklistItemProps) {
  const titleId = useId();
  const metaId = useId();
  const part = partAttributes(interventionChecklistAnatomy, classNames);
  const { entry } = item;
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${Math.min(headingLevel + 1, 6)}` as 'h4';
  const portal = item.portal ?? t.fallbackPortal;
  const title =
    entry?.resolution.title ||
    (item.portal ? format(t.fallbackTitle, { portal: item.portal }) : t.fallbackTitleUnknownPortal);
  const place = placeOf(entry);
  // The owner's own time; entries written before it was split from waiting have only the old field.
  const minutes = entry?.ownerMinutes ?? entry?.estimatedMinutes;
  // An own key only: live data may say `constructor` or `__proto__`, which an object answers.
  const agentKey = entry?.resolution.agent;
  const agent = agentKey && Object.hasOwn(t.agent, agentKey) ? t.agent[agentKey] : undefined;
  const meta = [
    after !== undefined ? format(t.after, { step: after }) : undefined,
    unlockLabels.length > 0
      ? format(t.unlocks, { capabilities: list(unlockLabels, locale) })
      : undefined,
    place ? t.place[place] : undefined,
    agent,
  ].filter((text): text is string => Boolean(text));
  // Read between the parts of the summary, so a screen reader pauses instead of running
  // "… and Stop charging In the app By you To do" together; hidden on screen.
  const separator = <span {...part('separator')}>.</span>;
  // An entry the API ties to no brand shows no brand mark.
  const brand = entry ? entry.vendor : item.vendor;

  return (
    <Accordion.Item
      value={item.id}
      {...part('item')}
      data-status={status}
      data-known={item.known ? 'true' : 'false'}
    >
      <Accordion.Header asChild>
        <Heading {...part('item-heading')}>
          {/* The trigger is named by the title alone; the summary below describes it. */}
          <Accordion.Trigger
            {...part('trigger')}
            aria-describedby={metaId}
            aria-current={current ? 'step' : undefined}
          >
            {/* The step's number, or a tick once done: its place is read from the summary. */}
            <span {...part('step-marker')} data-status={status} aria-hidden="true">
              {status === 'pending' ? step : '✓'}
            </span>
            {brand !== null ? (
              <BrandBadge vendor={brand} vendors={vendors} size="sm" showName={false} aria-hidden />
            ) : null}
            <span {...part('title')} id={titleId}>
              {title}
            </span>
            <svg
              {...part('chevron')}
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 16 16"
              width="1em"
              height="1em"
            >
              <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
            </svg>
          </Accordion.Trigger>
        </Heading>
      </Accordion.Header>
      {/* The spaces keep the parts apart in the description a screen reader reads. */}
      <p {...part('meta')} id={metaId}>
        <span {...part('separator')}>{format(t.stepOf, { step, count: total })}.</span>{' '}
        {meta.map((text) => (
          <Fragment key={text}>
            <span {...part('meta-item')}>{text}</span>
            {separator}{' '}
          </Fragment>
        ))}
        <span {...part('state')} data-status={status}>
          <StatusIcon
            scope="intervention-checklist"
            status={status === 'pending' ? 'blocked' : status}
            className={classNames?.icon}
          />
          {t.state[status]}
        </span>
      </p>
      <Accordion.Content
        {...part('panel')}
        // Items without guidance share one title: their summary tells their panels apart.
        {...(item.known ? {} : { 'aria-labelledby': `${titleId} ${metaId}` })}
      >
        <div {...part('panel-body')}>
          {entry?.content && entry.content.length > 0 ? (
            <div {...part('description')}>
              <RichContent blocks={entry.content} />
            </div>
          ) : entry?.resolution.description ? (
            <p {...part('description')}>{entry.resolution.description}</p>
          ) : null}
          {entry && entry.preconditions.length > 0 ? (
            <section {...part('preconditions')}>
              <SubHeading {...part('section-heading')}>{t.beforeYouStart}</SubHeading>
              <ul>
                {entry.preconditions.map((text, index) => (
                  // Preconditions are a fixed list, and two may read the same.
                  <li key={index}>{text}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {entry && entry.steps.length > 0 ? (
            <section {...part('steps')}>
              <SubHeading {...part('section-heading')}>{t.steps}</SubHeading>
              <ol>
                {entry.steps.map((step, index) => (
                  <li key={index} {...part('step')} data-place={step.place}>
                    <span {...part('step-text')}>{step.text}</span>
                    {step.detail ? <span {...part('step-detail')}>{step.detail}</span> : null}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          {!entry ? (
            <div {...part('fallback')}>
              <p>{format(t.fallbackBody, { portal })}</p>
              <p {...part('reference')}>
                {t.reference} <code>{item.id}</code>
              </p>
            </div>
          ) : null}
          {relink && status !== 'resolved' ? (
            <div {...part('relink')}>
              {onRelink ? (
                <button type="button" {...part('relink-button')} onClick={() => onRelink(item)}>
                  {t.reconnect}
                </button>
              ) : (
                <p>{t.reconnectNeeded}</p>
              )}
            </div>
          ) : null}
          <p {...part('facts')}>
            {item.portal ? (
              <span {...part('portal')}>{format(t.openPortal, { portal: item.portal })}</span>
            ) : null}
            {item.portal && minutes ? ' ' : null}
            {minutes ? (
              <span {...part('time')}>{plural(t.estimatedTime, minutes, locale)}</span>
            ) : null}
          </p>
          {status !== 'resolved' ? (
            <button
              type="button"
              {...part('complete-button')}
              aria-pressed={status === 'done'}
              onClick={() => onToggleDone(item.id)}
            >
              {t.markDone}
            </button>
          ) : null}
        </div>
      </Accordion.Content>
    </Accordion.Item>
  );
});
