import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import type { Catalogue } from '../../catalogue/catalogue.js';
import { createCatalogue } from '../../catalogue/catalogue.js';
import { capabilitiesEnUS } from '../../i18n/en-US/capabilities.js';
import { statusEnUS } from '../../i18n/en-US/status.js';
import { format, plural } from '../../i18n/format.js';
import { useLocale } from '../../i18n/locale.js';
import type { CapabilityState as Status } from '../../model/capabilities.js';
import type { CapabilityTexts } from '../../resolve/labels.js';
import { planInterventions, type ResolvedCapability } from '../../resolve/plan.js';
import { cx } from '../../utils/cx.js';
import { StatusIcon } from '../shared/StatusIcon.js';

/** CapabilityStatus's strings; pass some to `messages` to override them. */
export type CapabilityStatusMessages = typeof statusEnUS;

export interface CapabilityStatusProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The device's `capabilities` object. Raw API data is accepted; unreadable entries are skipped. */
  capabilities: unknown;
  /**
   * The form: every capability as a `list`, or one `summary` line ("5 of 8 features available
   * · 2 actions needed"). Ignored when `capability` is set.
   * @default 'list'
   */
  variant?: 'list' | 'summary';
  /** Show only this one capability (`smartCharging`), as a single line. */
  capability?: string;
  /** Only these capabilities, for hosts that care about a few. Default: every one. */
  filter?: readonly string[];
  /**
   * The order of the statuses in the list; capabilities keep the API's (or the filter's) order
   * within a status.
   * @default ['blocked', 'capable', 'missing']
   */
  statusOrder?: readonly Status[];
  /**
   * When set, each blocked entry gets a button that calls it with the capability name, to lead
   * the owner to its checklist item.
   */
  onSelectCapability?: (name: string) => void;
  /**
   * Names the actions behind each blocked entry. Not needed for the counts, which come from the
   * device data, so it has no default and the catalogue is not bundled with this component.
   */
  catalogue?: Catalogue;
  /** The device's vendor code. Shown nowhere; kept on the root as `data-vendor` for styling. */
  vendor?: string;
  /** The locale for numbers and plurals. Default: the nearest `LocaleProvider`'s, else en-US. */
  locale?: string;
  /** Overrides for any of the component's strings. */
  messages?: Partial<CapabilityStatusMessages>;
  /** Capability labels and descriptions in the owner's language. Default: US English. */
  capabilityTexts?: CapabilityTexts;
}

const defaultOrder: readonly Status[] = ['blocked', 'capable', 'missing'];
const noCatalogue = createCatalogue([]);

/**
 * Which features of a device work, which are blocked (and how many actions unlock them), and
 * which the device can never do: as a list, a summary line, or a single capability.
 */
export const CapabilityStatus = forwardRef<HTMLDivElement, CapabilityStatusProps>(
  function CapabilityStatus(
    {
      capabilities,
      variant = 'list',
      capability,
      filter,
      statusOrder = defaultOrder,
      onSelectCapability,
      catalogue,
      vendor,
      locale: localeProp,
      messages: overrides,
      capabilityTexts = capabilitiesEnUS,
      className,
      ...rest
    },
    ref,
  ) {
    const locale = useLocale(localeProp);
    const t = { ...statusEnUS, ...overrides };
    const only = capability === undefined ? filter : [capability];
    const plan = planInterventions(capabilities, catalogue ?? noCatalogue, {
      capabilities: only,
      texts: capabilityTexts,
    });
    const form = capability === undefined ? variant : 'single';
    const rank = (status: Status) => {
      const index = statusOrder.indexOf(status);
      return index === -1 ? statusOrder.length : index;
    };
    const sorted = [...plan.capabilities].sort((a, b) => rank(a.status) - rank(b.status));
    const actions = (count: number) => plural(t.actionsNeeded, count, locale);

    const root = {
      ...rest,
      ref,
      className: cx('iu-capability-status', className),
      'data-part': 'capability-status',
      'data-variant': form,
      ...(vendor ? { 'data-vendor': vendor } : {}),
    };

    if (form === 'summary') {
      const total = plan.capabilities.length;
      const parts = [plural(t.available, plan.capable.length, locale, { total })];
      if (plan.items.length > 0) parts.push(actions(plan.items.length));
      return (
        <div {...root}>
          <p data-part="summary" data-status={plan.blocked.length > 0 ? 'blocked' : 'capable'}>
            {parts.join(' · ')}
          </p>
        </div>
      );
    }

    if (sorted.length === 0) {
      return (
        <div {...root}>
          <p data-part="empty">{t.empty}</p>
        </div>
      );
    }

    const entries = sorted.map((entry) => (
      <Entry
        key={entry.name}
        entry={entry}
        as={form === 'single' ? 'div' : 'li'}
        messages={t}
        actions={actions}
        onSelect={onSelectCapability}
      />
    ));
    return (
      <div {...root}>
        {form === 'single' ? (
          entries
        ) : (
          <ul data-part="list" aria-label={t.listLabel}>
            {entries}
          </ul>
        )}
      </div>
    );
  },
);

interface EntryProps {
  entry: ResolvedCapability;
  as: 'li' | 'div';
  messages: CapabilityStatusMessages;
  actions: (count: number) => string;
  onSelect: ((name: string) => void) | undefined;
}

function Entry({ entry, as: Element, messages: t, actions, onSelect }: EntryProps) {
  const detailId = useId();
  const { status } = entry;
  const titles = entry.interventions.map((intervention) => intervention.resolution.title);
  return (
    <Element data-part="item" data-status={status} data-capability={entry.name}>
      <StatusIcon status={status} />
      <span data-part="label">{entry.label}</span>
      <span data-part="status-text">{t.status[status]}</span>
      {status === 'blocked' ? (
        <span data-part="count" id={detailId}>
          {actions(entry.interventionIds.length)}
        </span>
      ) : null}
      {status === 'missing' ? <span data-part="explanation">{t.missingExplanation}</span> : null}
      {titles.length > 0 ? (
        <ul data-part="actions">
          {titles.map((title, index) => (
            <li key={entry.interventions[index]?.id}>{title}</li>
          ))}
        </ul>
      ) : null}
      {status === 'blocked' && onSelect ? (
        <button
          type="button"
          data-part="select"
          aria-describedby={detailId}
          onClick={() => onSelect(entry.name)}
        >
          {format(t.showHowTo, { capability: entry.label })}
        </button>
      ) : null}
    </Element>
  );
}
