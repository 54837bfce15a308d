'use client';

import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId } from 'react';
import { type Catalogue, createCatalogue, getEntry } from '../../catalogue/catalogue.js';
import { getVendor, type VendorRegistry } from '../../catalogue/vendors.js';
import { capabilityLabelsEnUS } from '../../i18n/en-US/capabilities.js';
import { statusEnUS } from '../../i18n/en-US/status.js';
import { format, list, plural } from '../../i18n/format.js';
import {
  type MessageOverrides,
  useCatalogueLanguageWarning,
  useMessages,
} from '../../i18n/locale.js';
import type { CapabilityState as Status } from '../../model/capabilities.js';
import { parseCapabilities } from '../../model/parse.js';
import { type CapabilityTexts, capabilityLabel } from '../../resolve/labels.js';
import { planInterventions, type ResolvedCapability } from '../../resolve/plan.js';
import { cx } from '../../utils/cx.js';
import { StatusIcon } from '../shared/StatusIcon.js';

/** CapabilityStatus's strings; pass some to `messages` to override them. */
export type CapabilityStatusMessages = typeof statusEnUS;

export interface CapabilityStatusProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * The device's `capabilities` object, or the whole device that has one. Raw API data is
   * accepted: `null` entries (older API versions) read as missing features, unreadable entries
   * are read as the parser reads them, and input that is no capabilities at all (`null`, a
   * string, an array) shows the `empty` message instead of failing.
   */
  capabilities: unknown;
  /**
   * The form: every capability as a `list`, or one `summary` line ("5 of 8 features available
   * · 2 actions needed", where actions are distinct interventions). Ignored when `capability`
   * is set.
   * @default 'list'
   */
  variant?: 'list' | 'summary';
  /**
   * Show only this one capability (`smartCharging`), as a single entry instead of a list. When
   * the device does not report it, the `notReported` message shows in its place.
   * @default undefined (every capability, or the `filter`'s)
   */
  capability?: string;
  /**
   * Only these capabilities, for hosts that care about a few; they keep the status order, and
   * within a status the filter's order. A name the device does not report is left out (the
   * device said nothing about it, so neither "missing" nor "blocked" would be true); when it
   * reports none of them, the `notReported` message shows. An empty array selects nothing, and
   * the `empty` message shows.
   * @default undefined (every capability the device reports)
   */
  filter?: readonly string[];
  /**
   * The order of the statuses; capabilities keep the API's (or the filter's) order within a
   * status. Statuses left out go last.
   * @default ['blocked', 'capable', 'missing']
   */
  statusOrder?: readonly Status[];
  /**
   * When set, each blocked entry gets a button that calls it with the capability name
   * (`chargeState`), to lead the owner to its checklist item.
   * @default undefined (no button)
   */
  onSelectCapability?: (name: string) => void;
  /**
   * When given, each blocked entry lists the titles of the actions that unlock it (an id the
   * catalogue lacks reads "Action needed in <the vendor's app>"). The counts come from the
   * device data and need no catalogue, so none is bundled with this component.
   * @default undefined (counts only)
   */
  catalogue?: Catalogue;
  /**
   * The device's vendor code (`VOLKSWAGEN`): names the app for actions the catalogue does not
   * know, and is set on the root as `data-vendor` for styling.
   * @default the `vendor` of a whole device passed as `capabilities`, else none
   */
  vendor?: string;
  /**
   * Vendors as the API describes them (what `mergeVendorHealth` returns), over the bundled
   * registry: their names and apps win, and a vendor only they list is named.
   * @default undefined (the bundled registry alone)
   */
  vendors?: VendorRegistry;
  /**
   * The owner's locale: picks the strings from the locales a `LocaleProvider` loaded (nearest
   * match, else US English), and the plural and list rules. An invalid tag reads as en-US.
   * @default the nearest `LocaleProvider`'s, else 'en-US'
   */
  locale?: string;
  /**
   * Host wording for any of the component's strings, over the locale's; `status` may override
   * one word only.
   * @default undefined
   */
  messages?: MessageOverrides<CapabilityStatusMessages>;
  /**
   * Capability labels in the owner’s language, by name; names without one get a
   * label derived from the key (`batteryHealth` → "Battery health").
   * @default the labels of the locale in use (US English unless a `LocaleProvider` loads another)
   */
  capabilityLabels?: CapabilityTexts;
}

type Form = 'list' | 'summary' | 'single';

const defaultOrder: readonly Status[] = ['blocked', 'capable', 'missing'];
const noCatalogue = createCatalogue([]);
/** The vendor of a whole device passed as `capabilities`, so a host need not repeat it. */
function vendorOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || !Object.hasOwn(input, 'capabilities')) return;
  const vendor: unknown = Object.hasOwn(input, 'vendor')
    ? (input as { vendor: unknown }).vendor
    : undefined;
  return typeof vendor === 'string' ? vendor : undefined;
}

/**
 * The names asked for; `undefined`: all. The plan reads a repeated name once; deduplicating here
 * too keeps the "not reported" message from naming one capability twice.
 */
function requestedNames(
  capability: unknown,
  filter: readonly unknown[] | undefined,
): string[] | undefined {
  if (typeof capability === 'string') return [capability];
  if (!Array.isArray(filter)) return undefined;
  return [...new Set(filter.filter((name): name is string => typeof name === 'string'))];
}

function summaryStatus(blocked: number, capable: number): Status {
  if (blocked > 0) return 'blocked';
  return capable > 0 ? 'capable' : 'missing';
}

/**
 * Which features of a device work, which are blocked (and how many actions unlock them), and
 * which the device can never do: as a list, a summary line, or a single capability.
 *
 * Every entry shows a status icon of its own shape and a status word, so status never rests on
 * colour, and reads naturally to screen readers ("Charge state, Action needed, 2 actions
 * needed"). Every part carries `data-part`, every entry `data-status`, for styling. Rendering
 * reads no browser globals, so it works on the server.
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
      vendor: vendorProp,
      vendors,
      locale: localeProp,
      messages: overrides,
      capabilityLabels: ownLabels,
      className,
      ...rest
    },
    ref,
  ) {
    const localized = useMessages('status', statusEnUS, { locale: localeProp, overrides });
    const { locale, messages: t } = localized;
    useCatalogueLanguageWarning(catalogue?.locale, locale);
    const capabilityLabels = ownLabels ?? localized.capabilityLabels ?? capabilityLabelsEnUS;
    const vendor = getVendor(vendorProp ?? vendorOf(capabilities), vendors);
    const names = requestedNames(capability, filter);
    const form: Form =
      typeof capability === 'string' ? 'single' : variant === 'summary' ? 'summary' : 'list';
    const plan = planInterventions(capabilities, catalogue ?? noCatalogue, {
      capabilities: names,
      labels: capabilityLabels,
      vendor: vendor?.code,
    });
    const actions = (count: number) => plural(t.actionsNeeded, count, locale);

    const root = {
      ...rest,
      ref,
      className: cx('iu-capability-status', className),
      'data-part': 'capability-status',
      'data-variant': form,
      ...(vendor ? { 'data-vendor': vendor.code } : {}),
    };

    if (plan.capabilities.length === 0) {
      // Say whether the device reported nothing, or nothing the host asked for: the second
      // tells a developer their filter is off, and an owner that this screen has nothing to say.
      const reportsSome =
        names !== undefined &&
        names.length > 0 &&
        Object.keys(parseCapabilities(capabilities).value).length > 0;
      const labels = (names ?? []).map((name) => capabilityLabel(name, capabilityLabels));
      return (
        <div {...root}>
          <p data-part="empty">
            {reportsSome ? format(t.notReported, { capabilities: list(labels, locale) }) : t.empty}
          </p>
        </div>
      );
    }

    if (form === 'summary') {
      const status = summaryStatus(plan.blocked.length, plan.capable.length);
      const total = plan.capabilities.length;
      return (
        <div {...root}>
          <p data-part="summary" data-status={status}>
            <StatusIcon status={status} />
            <span data-part="available">
              {/* The noun agrees with the total: "1 of 8 features", "1 of 1 feature". */}
              {plural(t.available, total, locale, { count: plan.capable.length, total })}
            </span>
            {plan.items.length > 0 ? (
              <>
                {/* The drawn divider is not read ("middle dot"); a pause is read in its place. */}
                <span data-part="divider" aria-hidden="true">
                  {t.summaryDivider}
                </span>
                <span data-part="separator">{t.separator}</span>
                <span data-part="actions-needed">{actions(plan.items.length)}</span>
              </>
            ) : null}
          </p>
        </div>
      );
    }

    const rank = (status: Status) => {
      const index = Array.isArray(statusOrder) ? statusOrder.indexOf(status) : -1;
      return index === -1 ? defaultOrder.length : index;
    };
    // Array.prototype.sort is stable: within a status, the API's (or the filter's) order stays.
    const sorted = [...plan.capabilities].sort((a, b) => rank(a.status) - rank(b.status));
    const titleOf = (id: string) =>
      (catalogue && getEntry(catalogue, id))?.resolution.title.trim() ||
      (vendor?.portal ? format(t.unknownAction, { portal: vendor.portal }) : undefined) ||
      t.unknownActionUnknownPortal;
    const entries = sorted.map((entry) => (
      <Entry
        key={entry.name}
        entry={entry}
        as={form === 'single' ? 'div' : 'li'}
        messages={t}
        actions={actions}
        titleOf={catalogue ? titleOf : undefined}
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
  /** A list item in the list; a plain block on its own, where a lone `li` would be invalid. */
  as: 'li' | 'div';
  messages: CapabilityStatusMessages;
  actions: (count: number) => string;
  /** Names an intervention; absent without a catalogue, when no titles are listed. */
  titleOf: ((id: string) => string) | undefined;
  onSelect: ((name: string) => void) | undefined;
}

function Entry({ entry, as: Element, messages: t, actions, titleOf, onSelect }: EntryProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const countId = `${id}-count`;
  const buttonId = `${id}-select`;
  const { status } = entry;
  // Visually hidden (see the stylesheet) but read, so the parts are not run together.
  const separator = <span data-part="separator">{t.separator}</span>;

  let detail: ReactNode = null;
  if (status === 'blocked') {
    detail = (
      <span data-part="count" id={countId}>
        {actions(entry.interventionIds.length)}
      </span>
    );
  } else if (status === 'missing') {
    detail = <span data-part="explanation">{t.missingExplanation}</span>;
  }

  const actionIds = titleOf ? entry.interventionIds : [];
  return (
    <Element data-part="item" data-status={status} data-capability={entry.name}>
      <StatusIcon status={status} />
      <span data-part="label" id={labelId}>
        {entry.label}
      </span>
      {separator}
      <span data-part="status-text">{t.status[status]}</span>
      {detail ? (
        <>
          {separator}
          {detail}
        </>
      ) : null}
      {titleOf && actionIds.length > 0 ? (
        // Named by the count above it: "2 actions needed, list, 2 items".
        <ul data-part="actions" aria-labelledby={countId}>
          {actionIds.map((interventionId) => (
            <li key={interventionId} data-part="action" data-intervention={interventionId}>
              {titleOf(interventionId)}
            </li>
          ))}
        </ul>
      ) : null}
      {status === 'blocked' && onSelect ? (
        <button
          type="button"
          id={buttonId}
          data-part="select"
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
