'use client';

import * as Accordion from '@radix-ui/react-accordion';
import { Fragment, memo, useId, useState } from 'react';
import {
  interventionChecklistAnatomy,
  type PartAttributes,
  partAttributes,
} from '../../anatomy/index.js';
import { getBrand } from '../../catalogue/brands.js';
import type { VendorRegistry } from '../../catalogue/vendors.js';
import type { checklistEnUS } from '../../i18n/en-US/checklist.js';
import { format, list, plural } from '../../i18n/format.js';
import type { ChecklistItemStatus } from '../../resolve/checklist.js';
import type { ItemLinks } from '../../resolve/links.js';
import { placeOf } from '../../resolve/place.js';
import type { PlanItem } from '../../resolve/plan.js';
import { BrandBadge } from '../BrandBadge/BrandBadge.js';
import { type BrandLogos, brandLogoFor } from '../BrandBadge/logos.js';
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
  /** Whether its panel is open. Its content mounts on the first opening and stays. */
  open: boolean;
  /** Whether the page is being printed: every item then shows its guidance. */
  printing: boolean;
  /** The maker's app and portal, checked: the host's where given, else the catalogue's. */
  links: ItemLinks;
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
  /** The host's licensed logos per vendor, one drawn in place of the item's monogram. */
  brandLogos?: BrandLogos | undefined;
  /** Its title: the catalogue's, or the fallback naming the portal (as its announcements). */
  title: string;
}

/** Past this many, the header names the first two capabilities and "+N more"; the panel all. */
const unlocksShown = 3;

/**
 * One intervention: a header that names it and sums it up in chips (order, time, place, what it
 * unlocks), and a panel with its guidance and what to press: open the maker's app or portal, or
 * reconnect, then mark it done (with undo). Memoised: the checklist keeps every prop stable, so
 * marking one item done re-renders that item only (and the next step, whose `current` changes).
 */
export const ChecklistItem = memo(function ChecklistItem({
  item,
  status,
  current,
  open,
  printing,
  links,
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
  brandLogos,
  title,
}: ChecklistItemProps) {
  const titleId = useId();
  const metaId = useId();
  // The panel's element mounts only once the owner shows an interest in the item (a pointer
  // over its trigger, a press, the focus) or it opens: a closed panel the accordion never
  // renders costs no measuring on the first mount. Mounting it closed before it opens lets
  // its first opening animate, as every later one does; once mounted, it stays.
  const [mounted, setMounted] = useState(open);
  if (open && !mounted) setMounted(true);
  const mount = mounted ? undefined : () => setMounted(true);
  const part = partAttributes(interventionChecklistAnatomy, classNames);
  const { entry } = item;
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${Math.min(headingLevel + 1, 6)}` as 'h4';
  const portal = item.portal ?? t.fallbackPortal;
  const place = placeOf(entry);
  // The owner's own time; entries written before it was split from waiting have only the old field.
  const minutes = entry?.ownerMinutes ?? entry?.estimatedMinutes;
  // An own key only: live data may say `constructor` or `__proto__`, which an object answers.
  const agentKey = entry?.resolution.agent;
  // Who does it is said only when it is not the owner: "By you" on every item is noise.
  const agent =
    agentKey && agentKey !== 'User' && Object.hasOwn(t.agent, agentKey)
      ? t.agent[agentKey]
      : undefined;
  const unlocksAll =
    unlockLabels.length > 0
      ? format(t.unlocks, { capabilities: list(unlockLabels, locale) })
      : undefined;
  const shortened = unlockLabels.length > unlocksShown;
  const chips: { kind: string; text: string }[] = [];
  if (after !== undefined) chips.push({ kind: 'after', text: format(t.after, { step: after }) });
  if (minutes && status !== 'resolved')
    chips.push({ kind: 'time', text: plural(t.estimatedTime, minutes, locale) });
  if (place) chips.push({ kind: 'place', text: t.place[place] });
  if (agent) chips.push({ kind: 'agent', text: agent });
  // An entry the API ties to no brand shows no brand mark.
  const brand = entry ? entry.vendor : item.vendor;
  const brandName = brand != null ? getBrand(brand, vendors)?.name : undefined;
  const pending = status === 'pending';
  const guidance: ItemGuidanceProps = {
    item,
    status,
    relink,
    links,
    title,
    portal,
    shortened,
    unlocksAll,
    messages: t,
    part,
    SubHeading,
    onToggleDone,
    onRelink,
  };

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
            onPointerEnter={mount}
            onPointerDown={mount}
            onFocus={mount}
          >
            {/* The step's number, or a tick once done (drawn, not a character a font may lack):
                its place is read from the summary. */}
            <span {...part('step-marker')} data-status={status} aria-hidden="true">
              {pending ? (
                step
              ) : (
                <StatusIcon
                  scope="intervention-checklist"
                  status={status}
                  className={classNames?.icon}
                />
              )}
            </span>
            {brand !== null ? (
              // In a box of the title's first line, so the mark sits on that line's centre.
              <span {...part('brand')}>
                <BrandBadge
                  vendor={brand}
                  vendors={vendors}
                  logo={brandLogoFor(brandLogos, brand)}
                  size="sm"
                  showName={false}
                  aria-hidden
                />
              </span>
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
      {/* Each part ends in a pause a screen reader reads (hidden on screen), so the summary is
          heard as "Step 1 of 3. About 5 minutes. In the app. To do." and never runs together. */}
      <p {...part('meta')} id={metaId}>
        {/* The brand mark is not read in the trigger (it would run into the title): its name
            opens the summary instead. */}
        {brandName ? <span {...part('assistive-text')}>{brandName}. </span> : null}
        <span {...part('assistive-text')}>{format(t.stepOf, { step, count: total })}. </span>
        {chips.map((chip) => (
          <Fragment key={chip.kind}>
            <span {...part('meta-item')} data-kind={chip.kind}>
              {chip.text}
            </span>
            <span {...part('separator')}>. </span>
          </Fragment>
        ))}
        {unlocksAll ? (
          <>
            <span {...part('meta-item')} data-kind="unlocks">
              {shortened ? (
                <>
                  <span aria-hidden="true">
                    {format(t.unlocks, {
                      capabilities: list(unlockLabels.slice(0, unlocksShown - 1), locale),
                    })}{' '}
                    <span {...part('more')}>
                      {format(t.moreUnlocks, {
                        count: unlockLabels.length - (unlocksShown - 1),
                      })}
                    </span>
                  </span>
                  <span {...part('assistive-text')}>{unlocksAll}</span>
                </>
              ) : (
                unlocksAll
              )}
            </span>
            <span {...part('separator')}>. </span>
          </>
        ) : null}
        {/* To do is what the number says on screen; done and resolved are shown in words. */}
        <span {...part(pending ? 'assistive-text' : 'state')} data-status={status}>
          {pending ? null : (
            <StatusIcon
              scope="intervention-checklist"
              status={status}
              className={classNames?.icon}
            />
          )}
          {t.state[status]}
        </span>
      </p>
      {/* While printing, a closed item's guidance is printed below its summary. */}
      {printing && !open ? (
        <div {...part('print-panel')}>
          <ItemGuidance {...guidance} />
        </div>
      ) : null}
      {mounted ? (
        <Accordion.Content
          {...part('panel')}
          // A named group, not a region: a page with several checklists (a fleet) would get a
          // landmark per open panel, several with the same name.
          role="group"
          // Items without guidance share one title: their summary tells their panels apart.
          {...(item.known ? {} : { 'aria-labelledby': `${titleId} ${metaId}` })}
        >
          <ItemGuidance {...guidance} />
        </Accordion.Content>
      ) : null}
    </Accordion.Item>
  );
});

interface ItemGuidanceProps {
  item: PlanItem;
  status: ChecklistItemStatus;
  relink: boolean;
  links: ItemLinks;
  title: string;
  portal: string;
  /** Whether the header shortened what the item unlocks, so the panel names it all. */
  shortened: boolean;
  unlocksAll: string | undefined;
  messages: typeof checklistEnUS;
  part: (name: InterventionChecklistPart) => PartAttributes;
  SubHeading: 'h4';
  onToggleDone: (id: string) => void;
  onRelink: ((item: PlanItem) => void) | undefined;
}

type InterventionChecklistPart = (typeof interventionChecklistAnatomy.parts)[number];

/** An item's guidance and what to press: the panel's content, and the printed page's. */
function ItemGuidance({
  item,
  status,
  relink,
  links,
  title,
  portal,
  shortened,
  unlocksAll,
  messages: t,
  part,
  SubHeading,
  onToggleDone,
  onRelink,
}: ItemGuidanceProps) {
  const { entry } = item;
  const pending = status === 'pending';
  // Each control is named for its item ("Mark as done: Enable Mobile Access"), its visible
  // words first, as voice control users say them; a link that opens a tab says so.
  const forItem = (words: string) => format(t.controlFor, { control: words, title });
  const newTab = (words: string) => `${words} ${t.opensInNewTab}`;
  const external = { target: '_blank', rel: 'noopener noreferrer' } as const;
  return (
    <div {...part('panel-body')}>
      {entry?.content && entry.content.length > 0 ? (
        <div {...part('description')}>
          <RichContent blocks={entry.content} />
        </div>
      ) : entry?.resolution.description ? (
        <p {...part('description')}>{entry.resolution.description}</p>
      ) : null}
      {shortened ? <p {...part('unlocks')}>{unlocksAll}</p> : null}
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
      {status !== 'resolved' ? (
        <div {...part('actions')}>
          {relink ? (
            onRelink ? (
              <button
                type="button"
                {...part('relink-button')}
                aria-label={forItem(t.reconnect)}
                onClick={() => onRelink(item)}
              >
                {t.reconnect}
              </button>
            ) : (
              <p {...part('relink')}>{t.reconnectNeeded}</p>
            )
          ) : links.open && item.portal ? (
            <a
              {...part('open-link')}
              href={links.open}
              {...external}
              aria-label={newTab(format(t.openPortal, { portal: item.portal }))}
            >
              {format(t.openPortal, { portal: item.portal })}
            </a>
          ) : null}
          {/* Done is said once, in the item's summary; here the same button undoes it. */}
          {/* One button in both states, so focus stays on it when it turns into Undo. */}
          <button
            type="button"
            {...part(pending ? 'complete-button' : 'undo-button')}
            aria-label={forItem(pending ? t.markDone : t.undo)}
            onClick={() => onToggleDone(item.id)}
          >
            {pending ? t.markDone : t.undo}
          </button>
        </div>
      ) : null}
      {status !== 'resolved' && !relink && (links.ios || links.android) ? (
        <p {...part('store-links')}>
          {t.getTheApp}{' '}
          {links.ios ? (
            <a
              {...part('store-link')}
              data-store="ios"
              href={links.ios}
              {...external}
              aria-label={newTab('App Store')}
            >
              App Store
            </a>
          ) : null}
          {links.ios && links.android ? ' ' : null}
          {links.android ? (
            <a
              {...part('store-link')}
              data-store="android"
              href={links.android}
              {...external}
              aria-label={newTab('Google Play')}
            >
              Google Play
            </a>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
