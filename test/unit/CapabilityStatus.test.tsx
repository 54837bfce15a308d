import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { catalogue, getEntry } from '../../src/catalogue/index.js';
import { capabilityLabelsEnUS } from '../../src/i18n/en-US/capabilities.js';
import {
  type CapabilityState,
  CapabilityStatus,
  type CapabilityStatusProps,
  LocaleProvider,
  mergeVendorHealth,
} from '../../src/index.js';
import {
  allDeviceFixtures,
  allMissingVehicle,
  chargerEasee,
  fullyCapableVehicle,
  hvacTado,
  malformedDevice,
  teslaSample,
  unknownIdsVehicle,
  volkswagenId4,
} from '../fixtures/devices.js';
import { renderOnServerThenHydrate } from '../helpers/server-render.js';
import { allSpecFactNames } from './api-schema.js';

type RawEntry = { isCapable?: unknown; interventionIds?: unknown } | null;
type RawDevice = { vendor?: string; capabilities: Record<string, RawEntry> };

/** The status a well-formed raw entry stands for, straight from the API's rules. */
function statusOf(entry: RawEntry): CapabilityState {
  if (entry?.isCapable === true) return 'capable';
  const ids = Array.isArray(entry?.interventionIds) ? entry.interventionIds : [];
  return ids.length > 0 ? 'blocked' : 'missing';
}

/**
 * The capability entries of a well-formed raw device: every member of its `capabilities` but
 * those the API's schema calls facts (an HVAC unit's modes and setpoint ranges).
 */
function capabilityEntries(device: RawDevice): [string, RawEntry][] {
  return Object.entries(device.capabilities).filter(([name]) => !allSpecFactNames.has(name));
}

/** What the summary should count for a well-formed device, derived from its raw data. */
function expectedSummary(device: RawDevice) {
  const entries = capabilityEntries(device).map(([, entry]) => entry);
  const capable = entries.filter((entry) => statusOf(entry) === 'capable').length;
  const ids = entries
    .filter((entry) => statusOf(entry) === 'blocked')
    .flatMap((entry) => entry?.interventionIds as string[]);
  return { capable, total: entries.length, actions: new Set(ids).size };
}

/** The rendered entries, in the order shown. */
function items(container: HTMLElement) {
  return [...container.querySelectorAll<HTMLElement>('[data-part="item"]')];
}

function item(container: HTMLElement, name: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[data-capability="${name}"]`);
  if (!found) throw new Error(`no entry for ${name}`);
  return found;
}

/** The text a screen reader reads: what is not `aria-hidden`, separators included. */
function spoken(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return clone.textContent ?? '';
}

/** Every device fixture but the malformed one. */
const wellFormed = Object.fromEntries(
  Object.entries(allDeviceFixtures).filter(([, device]) => device !== malformedDevice),
) as Record<string, RawDevice>;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CapabilityStatus list', () => {
  it.each(Object.entries(wellFormed))('gives each capability of %s its status', (_, device) => {
    const { container } = render(<CapabilityStatus capabilities={device} />);
    const shown = items(container);
    expect(shown).toHaveLength(capabilityEntries(device).length);
    for (const [name, entry] of capabilityEntries(device)) {
      expect(item(container, name)).toHaveAttribute('data-status', statusOf(entry));
    }
  });

  it('shows an icon, a label and a status in words on every entry', () => {
    const { container } = render(<CapabilityStatus capabilities={volkswagenId4} />);
    const words = { capable: 'Available', missing: 'Not available' };
    const shown = items(container);
    expect(new Set(shown.map((entry) => entry.dataset.status))).toEqual(
      new Set(['capable', 'blocked', 'missing']),
    );
    for (const entry of shown) {
      const status = entry.dataset.status as CapabilityState;
      // One element, drawn by the stylesheet, its shape set by its status.
      const icon = entry.querySelector('[data-part="icon"]');
      expect(icon).toHaveAttribute('data-status', status);
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      expect(icon?.childElementCount).toBe(0);
      expect(entry.querySelector('[data-part="label"]')?.textContent).not.toBe('');
      if (status === 'blocked') {
        // A blocked entry's status is how many actions unlock it, said once.
        expect(entry.querySelector('[data-part="status-text"]')).toBeNull();
        expect(entry.querySelector('[data-part="count"]')).toHaveTextContent(
          /^\d+ actions? needed$/,
        );
      } else {
        expect(entry.querySelector('[data-part="status-text"]')).toHaveTextContent(words[status]);
      }
    }
  });

  it('puts data-part on every element it renders', () => {
    const { container } = render(
      <CapabilityStatus
        capabilities={volkswagenId4}
        catalogue={catalogue}
        onSelectCapability={vi.fn()}
      />,
    );
    const elements = [...container.querySelectorAll('*')];
    expect(elements.length).toBeGreaterThan(0);
    const unnamed = elements.filter((element) => !element.hasAttribute('data-part'));
    expect(unnamed).toEqual([]);
  });

  it('is a list named "Features" whose items read naturally', () => {
    const { container } = render(<CapabilityStatus capabilities={volkswagenId4} />);
    const list = screen.getByRole('list', { name: 'Features' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
    // A blocked entry says its count once, as its status.
    expect(spoken(item(container, 'chargeState'))).toBe('Charge state, 2 actions needed');
    expect(spoken(item(container, 'information'))).toBe('Device information, Available');
    expect(spoken(item(container, 'odometer'))).toBe(
      'Odometer, Not available, This device can’t do this.',
    );
  });

  it('orders blocked, then capable, then missing, keeping the API order within each', () => {
    const { container } = render(<CapabilityStatus capabilities={volkswagenId4} />);
    const raw = Object.entries(volkswagenId4.capabilities);
    const expected = (['blocked', 'capable', 'missing'] as const).flatMap((status) =>
      raw.filter(([, entry]) => statusOf(entry) === status).map(([name]) => name),
    );
    expect(items(container).map((entry) => entry.dataset.capability)).toEqual(expected);
  });

  it('follows statusOrder, and puts statuses it leaves out last', () => {
    const { container, rerender } = render(
      <CapabilityStatus
        capabilities={volkswagenId4}
        statusOrder={['missing', 'capable', 'blocked']}
      />,
    );
    const statuses = () => items(container).map((entry) => entry.dataset.status);
    expect(statuses()).toEqual(['missing', 'missing', 'capable', ...Array(5).fill('blocked')]);
    rerender(<CapabilityStatus capabilities={volkswagenId4} statusOrder={['missing']} />);
    expect(statuses().slice(0, 2)).toEqual(['missing', 'missing']);
    // The rest keep the API's order.
    expect(items(container)[2]).toHaveAttribute('data-capability', 'information');
  });

  it('counts the actions behind each blocked entry, in the right plural', () => {
    const { container } = render(<CapabilityStatus capabilities={volkswagenId4} />);
    for (const [name, entry] of Object.entries(volkswagenId4.capabilities)) {
      const count = item(container, name).querySelector('[data-part="count"]');
      if (statusOf(entry) !== 'blocked') {
        expect(count).toBeNull();
        continue;
      }
      const n = entry.interventionIds.length;
      expect(count).toHaveTextContent(`${n} ${n === 1 ? 'action' : 'actions'} needed`);
    }
    expect(item(container, 'smartCharging')).toHaveTextContent('3 actions needed');
  });

  it('says "1 action needed" for a single action', () => {
    const { container } = render(<CapabilityStatus capabilities={teslaSample} />);
    expect(item(container, 'chargeState').querySelector('[data-part="count"]')).toHaveTextContent(
      /^1 action needed$/,
    );
  });

  it('says plainly that the device cannot do a missing feature, and offers nothing to do', () => {
    const onSelect = vi.fn();
    const { container } = render(
      <CapabilityStatus capabilities={allMissingVehicle} onSelectCapability={onSelect} />,
    );
    for (const entry of items(container)) {
      expect(entry.querySelector('[data-part="explanation"]')).toHaveTextContent(
        'This device can’t do this.',
      );
      expect(entry.querySelector('[data-part="count"]')).toBeNull();
    }
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('gives a capability name it does not know a label derived from the key', () => {
    const { container } = render(<CapabilityStatus capabilities={unknownIdsVehicle} />);
    expect(item(container, 'batteryHealth').querySelector('[data-part="label"]')).toHaveTextContent(
      'Battery health',
    );
  });

  it('uses capabilityLabels for labels, over the built-in ones one by one', () => {
    render(
      <CapabilityStatus
        capabilities={{
          ...hvacTado.capabilities,
          setBoostMode: { isCapable: true, interventionIds: [] },
        }}
        capabilityLabels={{ setFollowSchedule: 'Zeitplan folgen' }}
      />,
    );
    expect(screen.getByText('Zeitplan folgen')).toBeInTheDocument();
    // The others keep their built-in label, and a name without one gets a derived label.
    expect(screen.getByText(capabilityLabelsEnUS.setPermanentHold as string)).toBeInTheDocument();
    expect(screen.getByText('Set boost mode')).toBeInTheDocument();
  });

  it('shows hostile capability names as text, never as markup', () => {
    const hostile = '<img src=x onerror="globalThis.pwned=1">';
    const { container } = render(
      <CapabilityStatus capabilities={{ [hostile]: { isCapable: true, interventionIds: [] } }} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('CapabilityStatus filter', () => {
  it('shows only the named capabilities, ordered by status, then by the filter', () => {
    const { container } = render(
      <CapabilityStatus
        capabilities={volkswagenId4}
        filter={['odometer', 'information', 'location', 'chargeState']}
      />,
    );
    expect(items(container).map((entry) => entry.dataset.capability)).toEqual([
      'location',
      'chargeState',
      'information',
      'odometer',
    ]);
  });

  it('leaves out names the device does not report, and repeats a name only once', () => {
    const errors = vi.spyOn(console, 'error');
    const { container } = render(
      <CapabilityStatus
        capabilities={chargerEasee}
        filter={['location', 'chargeState', 'chargeState', 'smartCharging']}
      />,
    );
    expect(items(container).map((entry) => entry.dataset.capability)).toEqual(['chargeState']);
    expect(errors).not.toHaveBeenCalled();
  });

  it('says so when the device reports none of the named capabilities', () => {
    render(<CapabilityStatus capabilities={chargerEasee} filter={['location', 'odometer']} />);
    expect(screen.getByText('Not reported by this device: Location and Odometer.')).toBeVisible();
  });

  it('shows the empty message for an empty filter', () => {
    render(<CapabilityStatus capabilities={chargerEasee} filter={[]} />);
    expect(screen.getByText('This device reported no features.')).toBeInTheDocument();
  });

  it('narrows the summary too', () => {
    render(
      <CapabilityStatus
        capabilities={volkswagenId4}
        variant="summary"
        filter={['information', 'smartCharging']}
      />,
    );
    const ids = volkswagenId4.capabilities.smartCharging.interventionIds;
    expect(screen.getByText('1 of 2 features available')).toBeInTheDocument();
    expect(screen.getByText(`${ids.length} actions needed`)).toBeInTheDocument();
  });
});

describe('CapabilityStatus summary', () => {
  it.each(Object.entries(wellFormed).filter(([, device]) => expectedSummary(device).actions > 0))(
    'counts features and distinct actions of %s',
    (_, device) => {
      const { capable, total, actions } = expectedSummary(device);
      const { container } = render(<CapabilityStatus capabilities={device} variant="summary" />);
      const summary = container.querySelector('[data-part="summary"]') as HTMLElement;
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      const features = `${capable} of ${total} ${total === 1 ? 'feature' : 'features'}`;
      expect(spoken(summary)).toBe(`${features} available, ${plural(actions, 'action')} needed`);
      // On screen, a divider; screen readers hear a pause instead of "middle dot".
      expect(summary.querySelector('[data-part="divider"]')).toHaveAttribute('aria-hidden', 'true');
      expect(summary).toHaveAttribute('data-status', 'blocked');
    },
  );

  it('counts an intervention once however many features it blocks (Volkswagen ID.4)', () => {
    const { capable, total, actions } = expectedSummary(volkswagenId4);
    const listed = Object.values(volkswagenId4.capabilities).flatMap((c) => c.interventionIds);
    expect(actions).toBeLessThan(listed.length);
    render(<CapabilityStatus capabilities={volkswagenId4} variant="summary" />);
    expect(screen.getByText(`${capable} of ${total} features available`)).toBeInTheDocument();
    expect(screen.getByText(`${actions} actions needed`)).toBeInTheDocument();
  });

  it('names no actions when nothing is blocked', () => {
    const { container } = render(
      <CapabilityStatus capabilities={fullyCapableVehicle} variant="summary" />,
    );
    const summary = container.querySelector('[data-part="summary"]');
    expect(summary).toHaveTextContent(/^8 of 8 features available$/);
    expect(summary).toHaveAttribute('data-status', 'capable');
  });

  it('marks a device that can do nothing as missing, not capable', () => {
    const { container } = render(
      <CapabilityStatus capabilities={allMissingVehicle} variant="summary" />,
    );
    const summary = container.querySelector('[data-part="summary"]');
    expect(summary).toHaveTextContent('0 of 8 features available');
    expect(summary).toHaveAttribute('data-status', 'missing');
  });

  it('agrees the noun with the total', () => {
    render(
      <CapabilityStatus capabilities={volkswagenId4} variant="summary" filter={['information']} />,
    );
    expect(screen.getByText('1 of 1 feature available')).toBeInTheDocument();
  });

  it('shows the empty message for a device with no capabilities, not "0 of 0"', () => {
    const { container } = render(
      <CapabilityStatus
        capabilities={{ id: 'inverter-1', capabilities: null }}
        variant="summary"
      />,
    );
    expect(container).toHaveTextContent('This device reported no features.');
    expect(container).not.toHaveTextContent('0 of 0');
  });
});

describe('CapabilityStatus single capability', () => {
  it('shows one entry as a block, not a one-item list', () => {
    const { container } = render(
      <CapabilityStatus capabilities={volkswagenId4} capability="smartCharging" />,
    );
    expect(screen.queryByRole('list')).toBeNull();
    expect(items(container)).toHaveLength(1);
    const entry = item(container, 'smartCharging');
    expect(entry.tagName).toBe('DIV');
    expect(entry).toHaveAttribute('data-status', 'blocked');
    expect(spoken(entry)).toBe('Smart charging, 3 actions needed');
    expect(container.firstElementChild).toHaveAttribute('data-variant', 'single');
  });

  it('wins over variant', () => {
    const { container } = render(
      <CapabilityStatus capabilities={volkswagenId4} capability="odometer" variant="summary" />,
    );
    expect(container.querySelector('[data-part="summary"]')).toBeNull();
    expect(item(container, 'odometer')).toHaveTextContent('This device can’t do this.');
  });

  it('says so when the device does not report it', () => {
    render(<CapabilityStatus capabilities={chargerEasee} capability="smartCharging" />);
    expect(screen.getByText('Not reported by this device: Smart charging.')).toBeInTheDocument();
  });

  it('offers the way to its checklist item when blocked', async () => {
    const onSelect = vi.fn();
    render(
      <CapabilityStatus
        capabilities={teslaSample}
        capability="location"
        onSelectCapability={onSelect}
      />,
    );
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Show how to unlock Location' }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('location');
  });
});

describe('CapabilityStatus catalogue and vendor', () => {
  it('lists the titles of the actions behind each blocked entry, in the API order', () => {
    const { container } = render(
      <CapabilityStatus capabilities={volkswagenId4} catalogue={catalogue} />,
    );
    const ids = volkswagenId4.capabilities.smartCharging.interventionIds;
    const list = within(item(container, 'smartCharging')).getByRole('list', {
      name: `${ids.length} actions needed`,
    });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(ids.map((id) => getEntry(catalogue, id)?.resolution.title));
  });

  it('lists no titles without a catalogue', () => {
    const { container } = render(<CapabilityStatus capabilities={volkswagenId4} />);
    expect(container.querySelector('[data-part="actions"]')).toBeNull();
  });

  it("names the vendor's app for an action the catalogue does not know", () => {
    const { container } = render(
      <CapabilityStatus capabilities={unknownIdsVehicle} catalogue={catalogue} vendor="BMW" />,
    );
    const titles = [...item(container, 'location').querySelectorAll('[data-part="action"]')].map(
      (li) => li.textContent,
    );
    expect(titles).toEqual(['Enable GPS Positioning in vehicle', 'Action needed in My BMW']);
    expect(container.firstElementChild).toHaveAttribute('data-vendor', 'BMW');
  });

  it("names the app the API's vendor health gives, over the bundled one", () => {
    const { value: vendors } = mergeVendorHealth({
      vehicle: [
        {
          vendor: 'BMW',
          displayName: 'BMW',
          status: 'READY',
          portalName: 'BMW Connected',
          linkingStatus: 'READY',
        },
      ],
    });
    const { container } = render(
      <CapabilityStatus
        capabilities={unknownIdsVehicle}
        catalogue={catalogue}
        vendor="BMW"
        vendors={vendors}
      />,
    );
    const titles = [...item(container, 'location').querySelectorAll('[data-part="action"]')].map(
      (li) => li.textContent,
    );
    expect(titles).toEqual(['Enable GPS Positioning in vehicle', 'Action needed in BMW Connected']);
  });

  it("takes the vendor from a whole device, and falls back to the maker's app", () => {
    const { container } = render(
      <CapabilityStatus capabilities={unknownIdsVehicle} catalogue={catalogue} />,
    );
    expect(container.firstElementChild).toHaveAttribute('data-vendor', 'LYNKCO');
    const fallback = 'Action needed in the maker’s app';
    expect(item(container, 'batteryHealth')).toHaveTextContent(fallback);
  });

  it('keeps data-vendor off the root when nothing names a vendor', () => {
    const { container } = render(<CapabilityStatus capabilities={volkswagenId4.capabilities} />);
    expect(container.firstElementChild).not.toHaveAttribute('data-vendor');
  });
});

describe('CapabilityStatus onSelectCapability', () => {
  it('gives each blocked entry, and only those, a button named after it', () => {
    const { container } = render(
      <CapabilityStatus capabilities={volkswagenId4} onSelectCapability={vi.fn()} />,
    );
    const blocked = items(container).filter((entry) => entry.dataset.status === 'blocked');
    expect(screen.getAllByRole('button')).toHaveLength(blocked.length);
    const button = screen.getByRole('button', { name: 'Show how to unlock Charge state' });
    expect(button).toHaveAccessibleDescription('2 actions needed');
    expect(button).toHaveAttribute('type', 'button');
    expect(item(container, 'chargeState')).toContainElement(button);
  });

  it('is reached with Tab and pressed with Enter', async () => {
    const onSelect = vi.fn();
    render(<CapabilityStatus capabilities={volkswagenId4} onSelectCapability={onSelect} />);
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show how to unlock Charge state' })).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('location');
  });

  it('is pressed with a click', async () => {
    const onSelect = vi.fn();
    render(<CapabilityStatus capabilities={volkswagenId4} onSelectCapability={onSelect} />);
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Show how to unlock Smart charging' }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('smartCharging');
  });
});

describe('CapabilityStatus messages', () => {
  it('takes overrides, one status word at a time', () => {
    const { container } = render(
      <CapabilityStatus
        capabilities={volkswagenId4}
        onSelectCapability={vi.fn()}
        messages={{
          status: { capable: 'Works' },
          actionsNeeded: { one: 'One step', other: '{count} steps' },
          missingExplanation: 'Not on this car.',
          listLabel: 'What your car can do',
          showHowTo: 'Unlock',
          separator: ' – ',
        }}
      />,
    );
    expect(screen.getByRole('list', { name: 'What your car can do' })).toBeInTheDocument();
    expect(spoken(item(container, 'chargeState'))).toMatch(/^Charge state – 2 steps/);
    expect(spoken(item(container, 'information'))).toBe('Device information – Works');
    // The other status word keeps the default.
    expect(item(container, 'odometer')).toHaveTextContent('Not available');
    expect(item(container, 'odometer')).toHaveTextContent('Not on this car.');
    expect(screen.getByRole('button', { name: 'Unlock Charge state' })).toBeInTheDocument();
  });

  it('keeps the default where an override is undefined', () => {
    render(
      <CapabilityStatus capabilities={null} messages={{ empty: undefined, status: undefined }} />,
    );
    expect(screen.getByText('This device reported no features.')).toBeInTheDocument();
  });

  it('overrides the summary and empty strings', () => {
    const { rerender } = render(
      <CapabilityStatus
        capabilities={volkswagenId4}
        variant="summary"
        messages={{
          available: { other: '{count}/{total} working' },
          summaryDivider: ' | ',
        }}
      />,
    );
    expect(screen.getByText('1/8 working')).toBeInTheDocument();
    expect(screen.getByText('|', { normalizer: (text) => text.trim() })).toBeInTheDocument();
    rerender(<CapabilityStatus capabilities={null} messages={{ empty: 'Nothing here.' }} />);
    expect(screen.getByText('Nothing here.')).toBeInTheDocument();
  });

  it('chooses plural forms by the locale, from a LocaleProvider or the prop', () => {
    const polish = {
      listLabel: 'Funkcje',
      actionsNeeded: {
        one: '{count} czynność',
        few: '{count} czynności (few)',
        many: '{count} czynności (many)',
        other: '{count} czynności',
      },
    };
    const { container, rerender } = render(
      <LocaleProvider locale="pl-PL">
        <CapabilityStatus capabilities={volkswagenId4} messages={polish} />
      </LocaleProvider>,
    );
    expect(item(container, 'chargeState')).toHaveTextContent('2 czynności (few)');
    rerender(
      <LocaleProvider locale="pl-PL">
        <CapabilityStatus capabilities={volkswagenId4} messages={polish} locale="en-US" />
      </LocaleProvider>,
    );
    expect(item(container, 'chargeState')).toHaveTextContent('2 czynności');
    expect(item(container, 'chargeState')).not.toHaveTextContent('(few)');
  });

  it('falls back to en-US for a locale Intl cannot read, instead of throwing', () => {
    render(<CapabilityStatus capabilities={teslaSample} locale="not a locale!!" />);
    expect(screen.getAllByText('1 action needed')).toHaveLength(6);
  });
});

describe('CapabilityStatus bad input', () => {
  const unreadable: Array<[string, unknown]> = [
    ['null', null],
    ['undefined', undefined],
    ['a string', 'x'],
    ['a number', 42],
    ['an array', []],
    ['an empty object', {}],
    ['a device without capabilities', { id: 'd', vendor: 'SMA', capabilities: null }],
  ];

  it.each(unreadable)('shows the empty message for %s, in every form', (_, input) => {
    for (const props of [{}, { variant: 'summary' }, { capability: 'location' }] as const) {
      const { container, unmount } = render(<CapabilityStatus capabilities={input} {...props} />);
      expect(container.firstElementChild).toHaveTextContent('This device reported no features.');
      unmount();
    }
  });

  it('shows what it can read of a malformed device, and no blank entry', () => {
    const { container } = render(
      <CapabilityStatus capabilities={malformedDevice} catalogue={catalogue} />,
    );
    const shown = items(container);
    expect(shown).toHaveLength(Object.keys(malformedDevice.capabilities).length);
    for (const entry of shown) {
      expect(entry.querySelector('[data-part="label"]')?.textContent).not.toBe('');
      // Its status: a word, or for a blocked entry the count of actions.
      expect(
        entry.querySelector('[data-part="status-text"], [data-part="count"]')?.textContent,
      ).toMatch(/\p{L}/u);
    }
    // "true" as a string is read as true; an entry without isCapable but with ids is blocked.
    expect(item(container, 'startCharging')).toHaveAttribute('data-status', 'capable');
    expect(item(container, 'smartCharging')).toHaveAttribute('data-status', 'blocked');
    expect(item(container, 'odometer')).toHaveAttribute('data-status', 'missing');
  });

  it('renders a malformed device as a summary', () => {
    const { container } = render(
      <CapabilityStatus capabilities={malformedDevice} variant="summary" />,
    );
    expect(container.querySelector('[data-part="summary"]')?.textContent).toMatch(
      /^1 of 8 features available/,
    );
  });

  it('survives props of the wrong type from untyped hosts', () => {
    const loose = {
      capabilities: teslaSample,
      filter: 'chargeState',
      statusOrder: 'capable',
      vendor: 42,
      messages: 'nope',
    } as unknown as CapabilityStatusProps;
    const { container } = render(<CapabilityStatus {...loose} />);
    expect(items(container)).toHaveLength(8);
  });
});

describe('CapabilityStatus accessibility', () => {
  it.each([
    ['list', { catalogue, onSelectCapability: () => {} }],
    ['summary', { variant: 'summary' }],
    ['single', { capability: 'smartCharging', catalogue, onSelectCapability: () => {} }],
    ['single missing', { capability: 'odometer' }],
    ['filtered to nothing reported', { filter: ['batteryHealth'] }],
  ] as const)('has no axe violations as a %s', async (_, props) => {
    const { container } = render(<CapabilityStatus capabilities={volkswagenId4} {...props} />);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no axe violations when empty or for every fixture', async () => {
    const { container } = render(
      <div>
        <CapabilityStatus capabilities={null} />
        {Object.entries(allDeviceFixtures).map(([name, device]) => (
          <CapabilityStatus key={name} capabilities={device} catalogue={catalogue} />
        ))}
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('CapabilityStatus on the server', () => {
  const browserGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator'];

  /** Runs `action` with every browser global throwing when read. */
  function withoutBrowser<T>(action: () => T): T {
    const saved = browserGlobals.map(
      (name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const,
    );
    for (const name of browserGlobals) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          throw new Error(`read ${name} during render`);
        },
      });
    }
    try {
      return action();
    } finally {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete (globalThis as Record<string, unknown>)[name];
      }
    }
  }

  const element = (
    <CapabilityStatus
      capabilities={volkswagenId4}
      catalogue={catalogue}
      onSelectCapability={() => {}}
    />
  );

  it('renders to a string without reading window, document or storage', () => {
    const html = withoutBrowser(() =>
      [
        renderToString(element),
        renderToString(<CapabilityStatus capabilities={volkswagenId4} variant="summary" />),
        renderToString(<CapabilityStatus capabilities={null} />),
      ].join(''),
    );
    expect(html).toContain('data-part="root"');
    expect(html).toContain('Show how to unlock');
    expect(html).toContain('This device reported no features.');
  });

  it('hydrates without a mismatch', async () => {
    const { container, messages, unmount } = await renderOnServerThenHydrate(element);
    expect(messages).toEqual([]);
    // The server's ids are kept, so the button's name still points at its label.
    expect(
      within(container).getByRole('button', { name: 'Show how to unlock Charge state' }),
    ).toBeInTheDocument();
    unmount();
  });
});
