'use client';

import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId } from 'react';
import {
  capabilityStatusAnatomy,
  type PartAttributes,
  type PartClassNames,
  partAttributes,
} from '../../anatomy/index.js';
import {
  type UseCapabilityStatusOptions,
  useCapabilityStatus,
} from '../../hooks/useCapabilityStatus.js';
import { format, list, plural } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import type { ResolvedCapability } from '../../resolve/plan.js';
import { StatusIcon } from '../shared/StatusIcon.js';
import { splitProps } from '../shared/split-props.js';

/** CapabilityStatus's strings; pass some to `messages` to override them. */
export type CapabilityStatusMessages = Messages['status'];

/** A class per part of the status list, for the `classNames` prop. */
export type CapabilityStatusClassNames = PartClassNames<typeof capabilityStatusAnatomy>;

export interface CapabilityStatusProps
  extends UseCapabilityStatusOptions,
    Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * The form: every capability as a `list`, or one `summary` line ("5 of 8 features available
   * · 2 actions needed", where actions are distinct interventions). Ignored when `capability`
   * is set.
   * @default 'list'
   */
  variant?: 'list' | 'summary';
  /**
   * When set, each blocked entry gets a button that calls it with the capability name
   * (`chargeState`), to lead the owner to its checklist item.
   * @default undefined (no button)
   */
  onSelectCapability?: (name: string) => void;
  /**
   * A class for any part, by its `data-part` name (`{ item: 'py-2' }`), beside the `--iu-`
   * variables.
   * @default undefined (no classes of yours)
   */
  classNames?: CapabilityStatusClassNames;
}

type Form = 'list' | 'summary' | 'single';

/** Every option of the status hook: these props go to the hook, the rest to the root. */
const statusOptionKeys = {
  capabilities: true,
  capability: true,
  filter: true,
  statusOrder: true,
  catalogue: true,
  vendor: true,
  vendors: true,
  locale: true,
  capabilityLabels: true,
  messages: true,
} as const satisfies Record<keyof UseCapabilityStatusOptions, true>;

/**
 * Which features of a device work, which are blocked (and how many actions unlock them), and
 * which the device can never do: as a list, a summary line, or a single capability.
 *
 * Every entry shows a status icon of its own shape and its status in words, so status never
 * rests on colour, and reads naturally to screen readers ("Charge state, 2 actions needed"). Every part carries `data-part` (with `data-scope="capability-status"`), every entry
 * `data-status`, for styling. Rendering reads no browser globals, so it works on the server.
 */
export const CapabilityStatus = forwardRef<HTMLDivElement, CapabilityStatusProps>(
  function CapabilityStatus(props, ref) {
    const [options, own] = splitProps(props, statusOptionKeys);
    const { variant = 'list', onSelectCapability, classNames, className, ...rest } = own;
    const { capability, catalogue } = options;
    const status = useCapabilityStatus(options);
    const t = status.messages;
    const { summary, vendor, locale } = status;
    const part = partAttributes(capabilityStatusAnatomy, classNames);
    const form: Form =
      typeof capability === 'string' ? 'single' : variant === 'summary' ? 'summary' : 'list';
    const actions = (count: number) => plural(t.actionsNeeded, count, locale);

    const root = {
      ...rest,
      ref,
      ...part('root', 'iu-capability-status', className),
      'data-variant': form,
      ...(vendor ? { 'data-vendor': vendor.code } : {}),
    };

    if (status.empty) {
      return (
        <div {...root}>
          <p {...part('empty')}>
            {status.empty === 'not-reported'
              ? format(t.notReported, { capabilities: list(status.requestedLabels, locale) })
              : t.empty}
          </p>
        </div>
      );
    }

    if (form === 'summary') {
      return (
        <div {...root}>
          <p {...part('summary')} data-status={summary.status}>
            <StatusIcon
              scope="capability-status"
              status={summary.status}
              className={classNames?.icon}
            />
            <span {...part('available')}>
              {/* The noun agrees with the total: "1 of 8 features", "1 of 1 feature". */}
              {plural(t.available, summary.total, locale, {
                count: summary.available,
                total: summary.total,
              })}
            </span>
            {summary.actions > 0 ? (
              <>
                {/* The drawn divider is not read ("middle dot"); a pause is read in its place. */}
                <span {...part('divider')} aria-hidden="true">
                  {t.summaryDivider}
                </span>
                <span {...part('separator')}>{t.separator}</span>
                <span {...part('actions-needed')}>{actions(summary.actions)}</span>
              </>
            ) : null}
          </p>
        </div>
      );
    }

    const titleOf = (id: string) =>
      status.titleOf(id) ||
      (vendor?.portal ? format(t.unknownAction, { portal: vendor.portal }) : undefined) ||
      t.unknownActionUnknownPortal;
    const entries = status.entries.map((entry) => (
      <Entry
        key={entry.name}
        entry={entry}
        as={form === 'single' ? 'div' : 'li'}
        messages={t}
        actions={actions}
        titleOf={catalogue ? titleOf : undefined}
        onSelect={onSelectCapability}
        part={part}
        iconClassName={classNames?.icon}
      />
    ));
    return (
      <div {...root}>
        {form === 'single' ? (
          entries
        ) : (
          <ul {...part('list')} aria-label={t.listLabel}>
            {entries}
          </ul>
        )}
      </div>
    );
  },
);

interface EntryProps {
  entry: ResolvedCapability;
  /** A list item in the list; a plain block on its own, where a lone `li` would be invalid. */
  as: 'li' | 'div';
  messages: CapabilityStatusMessages;
  actions: (count: number) => string;
  /** Names an intervention; absent without a catalogue, when no titles are listed. */
  titleOf: ((id: string) => string) | undefined;
  onSelect: ((name: string) => void) | undefined;
  part: (name: CapabilityStatusPart) => PartAttributes;
  iconClassName: string | undefined;
}

type CapabilityStatusPart = (typeof capabilityStatusAnatomy.parts)[number];

function Entry({
  entry,
  as: Element,
  messages: t,
  actions,
  titleOf,
  onSelect,
  part,
  iconClassName,
}: EntryProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const countId = `${id}-count`;
  const buttonId = `${id}-select`;
  const { status } = entry;
  // Visually hidden (see the stylesheet) but read, so the parts are not run together.
  const separator = <span {...part('separator')}>{t.separator}</span>;

  let detail: ReactNode = null;
  if (status === 'blocked') {
    detail = (
      <span {...part('count')} id={countId}>
        {actions(entry.interventionIds.length)}
      </span>
    );
  } else if (status === 'missing') {
    detail = <span {...part('explanation')}>{t.missingExplanation}</span>;
  }

  const actionIds = titleOf ? entry.interventionIds : [];
  return (
    <Element {...part('item')} data-status={status} data-capability={entry.name}>
      <StatusIcon scope="capability-status" status={status} className={iconClassName} />
      <span {...part('label')} id={labelId}>
        {entry.label}
      </span>
      {separator}
      {/* A blocked entry's status is its count ("2 actions needed"): said once, not as
          "Action needed, 2 actions needed". */}
      {status === 'blocked' ? detail : <span {...part('status-text')}>{t.status[status]}</span>}
      {detail && status !== 'blocked' ? (
        <>
          {separator}
          {detail}
        </>
      ) : null}
      {titleOf && actionIds.length > 0 ? (
        // Named by the count above it: "2 actions needed, list, 2 items".
        <ul {...part('actions')} aria-labelledby={countId}>
          {actionIds.map((interventionId) => (
            <li key={interventionId} {...part('action')} data-intervention={interventionId}>
              {titleOf(interventionId)}
            </li>
          ))}
        </ul>
      ) : null}
      {status === 'blocked' && onSelect ? (
        <button
          type="button"
          id={buttonId}
          {...part('select-button')}
          // Its own text, then the capability: "Show how to unlock Charge state". Pointing at
          // the visible label keeps one string per language and the visible text first in the
          // name, as voice control users say it.
          aria-labelledby={`${buttonId} ${labelId}`}
          aria-describedby={countId}
          onClick={() => onSelect(entry.name)}
        >
          {t.showHowTo}
        </button>
      ) : null}
    </Element>
  );
}
