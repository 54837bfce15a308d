'use client';

import * as Accordion from '@radix-ui/react-accordion';
import { Fragment, memo, useId } from 'react';
import type { checklistEnUS } from '../../i18n/en-US/checklist.js';
import { format, list, plural } from '../../i18n/format.js';
import { placeOf } from '../../resolve/place.js';
import type { PlanItem } from '../../resolve/plan.js';
import { BrandBadge } from '../BrandBadge/BrandBadge.js';
import { RichContent } from '../shared/RichContent.js';
import { StatusIcon } from '../shared/StatusIcon.js';

/** Where an item stands: to do, marked done by the owner, or gone from the device's data. */
export type ItemStatus = 'pending' | 'done' | 'resolved';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface ChecklistItemProps {
  item: PlanItem;
  status: ItemStatus;
  /** Whether this is the step to do next. */
  current: boolean;
  /** The labels of the capabilities it unlocks. */
  unlockLabels: readonly string[];
  headingLevel: HeadingLevel;
  locale: string;
  messages: typeof checklistEnUS;
  onToggleDone: (id: string) => void;
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
  unlockLabels,
  headingLevel,
  locale,
  messages: t,
  onToggleDone,
}: ChecklistItemProps) {
  const titleId = useId();
  const metaId = useId();
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
    unlockLabels.length > 0
      ? format(t.unlocks, { capabilities: list(unlockLabels, locale) })
      : undefined,
    place ? t.place[place] : undefined,
    agent,
  ].filter((part): part is string => Boolean(part));

  return (
    <Accordion.Item
      value={item.id}
      data-part="item"
      data-status={status}
      data-known={item.known ? 'true' : 'false'}
    >
      <Accordion.Header asChild>
        <Heading data-part="item-heading">
          {/* The trigger is named by the title alone; the summary below describes it. */}
          <Accordion.Trigger
            data-part="trigger"
            aria-describedby={metaId}
            aria-current={current ? 'step' : undefined}
          >
            <BrandBadge
              vendor={entry?.vendor ?? item.vendor}
              size="sm"
              showName={false}
              aria-hidden
            />
            <span data-part="title" id={titleId}>
              {title}
            </span>
            <svg
              data-part="chevron"
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
      <p data-part="meta" id={metaId}>
        {meta.map((part) => (
          <Fragment key={part}>
            <span data-part="meta-item">{part}</span>{' '}
          </Fragment>
        ))}
        <span data-part="state" data-status={status}>
          <StatusIcon status={status === 'pending' ? 'blocked' : status} />
          {t.state[status]}
        </span>
      </p>
      <Accordion.Content
        data-part="panel"
        // Items without guidance share one title: their summary tells their panels apart.
        {...(item.known ? {} : { 'aria-labelledby': `${titleId} ${metaId}` })}
      >
        <div data-part="panel-body">
          {entry?.content && entry.content.length > 0 ? (
            <div data-part="description">
              <RichContent blocks={entry.content} />
            </div>
          ) : entry?.resolution.description ? (
            <p data-part="description">{entry.resolution.description}</p>
          ) : null}
          {entry && entry.preconditions.length > 0 ? (
            <section data-part="preconditions">
              <SubHeading data-part="section-heading">{t.beforeYouStart}</SubHeading>
              <ul>
                {entry.preconditions.map((text, index) => (
                  // Preconditions are a fixed list, and two may read the same.
                  <li key={index}>{text}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {entry && entry.steps.length > 0 ? (
            <section data-part="steps">
              <SubHeading data-part="section-heading">{t.steps}</SubHeading>
              <ol>
                {entry.steps.map((step, index) => (
                  <li key={index} data-part="step" data-place={step.place}>
                    <span data-part="step-text">{step.text}</span>
                    {step.detail ? <span data-part="step-detail">{step.detail}</span> : null}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          {!entry ? (
            <div data-part="fallback">
              <p>{format(t.fallbackBody, { portal })}</p>
              <p data-part="reference">
                {t.reference} <code>{item.id}</code>
              </p>
            </div>
          ) : null}
          <p data-part="facts">
            {item.portal ? (
              <span data-part="portal">{format(t.openPortal, { portal: item.portal })}</span>
            ) : null}
            {item.portal && minutes ? ' ' : null}
            {minutes ? (
              <span data-part="time">{plural(t.estimatedTime, minutes, locale)}</span>
            ) : null}
          </p>
          {status !== 'resolved' ? (
            <button
              type="button"
              data-part="mark-done"
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
