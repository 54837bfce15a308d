// Host apps also use Zag, Ark, Chakra or Radix, whose elements carry the same kind of attributes
// as ours (`data-part="trigger"`, `data-state="open"`). Our stylesheet must leave them exactly as
// they are. No stylesheet is imported at the top: the test adds and removes it itself.
import * as Accordion from '@radix-ui/react-accordion';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { BrandBadge, CapabilityStatus, InterventionChecklist } from '../../src/index.js';
import stylesheet from '../../src/styles/styles.css?inline';
import { teslaSample, volkswagenId4 } from '../fixtures/devices.js';

const rules = stylesheet.replace(/\/\*[\s\S]*?\*\//g, '');
/** Every part name our stylesheet mentions: foreign elements get each of them too. */
const ourParts = [...new Set([...rules.matchAll(/data-part="([^"]+)"/g)].map((m) => m[1] ?? ''))];
/** Every property our stylesheet sets (custom properties aside), as computed style reads it. */
const ourProperties = [
  ...new Set([...rules.matchAll(/[{;]\s*([a-z][a-z-]*)\s*:/g)].map((m) => m[1] ?? '')),
];

/** A Zag / Ark accordion, as their anatomy renders it (their own data-scope, our part names). */
function ZagAccordion() {
  return (
    <div data-scope="accordion" data-part="root" data-orientation="vertical">
      <div data-scope="accordion" data-part="item" data-state="open">
        <h3>
          <button
            type="button"
            data-scope="accordion"
            data-part="trigger"
            data-state="open"
            aria-expanded="true"
          >
            Zag trigger
            <span data-scope="accordion" data-part="item-indicator" data-state="open">
              v
            </span>
          </button>
        </h3>
        <div data-scope="accordion" data-part="item-content" data-state="open">
          <p>Zag content</p>
        </div>
      </div>
      <div data-scope="accordion" data-part="item" data-state="closed">
        <button type="button" data-scope="accordion" data-part="trigger" data-state="closed">
          Closed trigger
        </button>
      </div>
    </div>
  );
}

/** Bare attributes other libraries put on their elements, with values our rules key on. */
function BareAttributes() {
  return (
    <div>
      <button type="button" data-part="trigger" data-state="open" aria-current="step">
        <span data-part="title">Title</span>
        <svg data-part="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M4 6l4 4 4-4" />
        </svg>
      </button>
      <div data-part="panel" data-state="open">
        Open panel
      </div>
      <div data-part="panel" data-state="closed">
        Closed panel
      </div>
      <div data-part="item" data-status="resolved">
        <span data-part="title">Item title</span>
        <p data-part="meta">Meta</p>
      </div>
      <ul data-part="list">
        <li data-part="item" data-status="blocked">
          <svg data-part="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" />
          <span data-part="label">Label</span>
        </li>
        <li data-part="item" data-status="capable">
          Capable
        </li>
        <li data-part="item" data-status="missing">
          Missing
        </li>
      </ul>
      <div data-part="state" data-status="done">
        Done
      </div>
      <button type="button" data-part="complete-button" aria-pressed="true">
        Pressed
      </button>
      <button type="button" data-part="recheck-button" aria-disabled="true">
        Disabled
      </button>
      <span data-part="root" data-size="lg">
        <span data-part="mark">M</span>
        <span data-part="name">Name</span>
      </span>
      <div data-state="open">Open</div>
      <div data-status="blocked">Blocked</div>
      <div data-theme="dark">Dark</div>
      <div data-theme="light">Light</div>
      <div data-theme="system">System</div>
    </div>
  );
}

/**
 * Every part name as a parent holding every part name as a child (twice, for sibling rules),
 * and the plain elements our rules reach inside our parts.
 */
function EveryPart() {
  return (
    <div data-testid="every-part">
      {ourParts.map((parent) => (
        <div key={parent} data-part={parent} data-state="open" data-status="done" data-size="sm">
          {ourParts.flatMap((child) =>
            [1, 2].map((copy) => (
              <span key={`${child}-${copy}`} data-part={child} data-state="closed">
                {child}
              </span>
            )),
          )}
          <button type="button">Button</button>
          <p>Paragraph</p>
          <ul>
            <li>List item</li>
          </ul>
          <h3>Heading</h3>
          <a href="#foreign">A link inside a foreign part</a>
        </div>
      ))}
    </div>
  );
}

/** An unstyled Radix accordion, one item open. */
function RadixAccordion() {
  return (
    <Accordion.Root type="single" defaultValue="one" collapsible>
      <Accordion.Item value="one">
        <Accordion.Header>
          <Accordion.Trigger>Radix one</Accordion.Trigger>
        </Accordion.Header>
        <Accordion.Content>Radix content</Accordion.Content>
      </Accordion.Item>
      <Accordion.Item value="two">
        <Accordion.Header>
          <Accordion.Trigger>Radix two</Accordion.Trigger>
        </Accordion.Header>
        <Accordion.Content>Hidden content</Accordion.Content>
      </Accordion.Item>
    </Accordion.Root>
  );
}

/**
 * Every computed property of an element and of its ::before and ::after. Custom properties
 * named --iu- are left out: the tokens set them on the root for our components to read, and
 * they change nothing a foreign element shows.
 */
function everyProperty(element: Element): Map<string, string> {
  const values = new Map<string, string>();
  for (const pseudo of [null, '::before', '::after']) {
    const style = getComputedStyle(element, pseudo);
    for (let i = 0; i < style.length; i += 1) {
      const name = style.item(i);
      if (!name.startsWith('--iu-')) {
        values.set(`${pseudo ?? ''}${name}`, style.getPropertyValue(name));
      }
    }
  }
  return values;
}

/**
 * The properties our stylesheet sets, shorthands included: for the thousands of elements of
 * the every-part grid, where reading every property of each would take too long.
 */
function ourPropertiesOf(element: Element): Map<string, string> {
  const style = getComputedStyle(element);
  return new Map(ourProperties.map((name) => [name, style.getPropertyValue(name)]));
}

/** The properties whose values differ between two snapshots, as `name: before → after`. */
function differences(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .filter((name) => before.get(name) !== after.get(name))
    .map((name) => `${name}: ${before.get(name) ?? '(unset)'} → ${after.get(name) ?? '(unset)'}`);
}

/** Where an element sits in the foreign markup, for a readable failure. */
function describeElement(element: Element): string {
  const attributes = [...element.attributes]
    .filter((attribute) => attribute.name.startsWith('data-') || attribute.name.startsWith('aria-'))
    .map((attribute) => `[${attribute.name}="${attribute.value}"]`)
    .join('');
  const parent = element.parentElement?.getAttribute('data-part');
  return `${parent ? `[data-part="${parent}"] > ` : ''}${element.localName}${attributes}`;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

let style: HTMLStyleElement | undefined;
afterEach(() => {
  style?.remove();
  style = undefined;
});

describe('foreign elements beside ours, in Chromium', () => {
  it('look exactly the same with and without our stylesheet', async () => {
    const screen = await render(
      <div>
        {/* A fixed width, so nothing our components do to the page can reflow these. */}
        <div data-testid="foreign" style={{ inlineSize: '640px' }}>
          <ZagAccordion />
          <BareAttributes />
          <EveryPart />
          <RadixAccordion />
        </div>
        <BrandBadge vendor="TESLA" />
        <CapabilityStatus capabilities={teslaSample} variant="summary" />
        <CapabilityStatus capabilities={volkswagenId4} onSelectCapability={() => {}} />
        <InterventionChecklist
          capabilities={volkswagenId4.capabilities}
          vendor="VOLKSWAGEN"
          defaultExpanded={['e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9']}
          onRecheck={() => {}}
        />
      </div>,
    );
    expect(ourParts.length).toBeGreaterThan(20);
    // Radix measures its open panel after mounting; let it settle first.
    await nextFrame();
    await nextFrame();

    const grid = screen.getByTestId('every-part').element();
    const foreign = [...screen.getByTestId('foreign').element().querySelectorAll('*')].map(
      (element) => ({
        element,
        read: grid.contains(element) ? ourPropertiesOf : everyProperty,
      }),
    );
    // Found by its class, since the foreign markup has every part name too.
    const ours = screen.container.querySelector('.iu-intervention-checklist');
    if (!ours) throw new Error('no checklist');
    const without = foreign.map(({ element, read }) => read(element));
    const oursWithout = getComputedStyle(ours).display;

    style = document.createElement('style');
    style.textContent = stylesheet;
    document.head.append(style);

    // The stylesheet is in force: our own checklist is laid out by it.
    expect(oursWithout).toBe('block');
    expect(getComputedStyle(ours).display).toBe('grid');

    const changed = foreign.flatMap(({ element, read }, index) => {
      const found = differences(without[index] ?? new Map(), read(element));
      return found.length > 0
        ? [`${describeElement(element)}: ${found.slice(0, 3).join('; ')}`]
        : [];
    });
    // The first few are enough to read; the message says how many there are in all.
    expect(changed.slice(0, 20), `${changed.length} foreign elements changed`).toEqual([]);
  });
});
