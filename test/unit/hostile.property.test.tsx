// Hostile input, property by property: whatever JSON (or any JavaScript value) reaches the
// components as capabilities, devices, vendors or a live catalogue, they render something
// readable, inert and complete, and never throw.
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import {
  BrandBadge,
  CapabilityStatus,
  type Catalogue,
  InterventionChecklist,
  parseInterventions,
  planInterventions,
} from '../../src/index.js';
import { withLiveInterventions } from '../../src/live/index.js';

const runs = { numRuns: 1000 };

const knownIds = catalogue.entries.map((entry) => entry.id);

/**
 * Strings that break lookups and renderers: prototype keys (a plain object answers them), blanks,
 * the API's own enum values, placeholders, markup, bidi controls, invisible and composed text.
 */
const trickyStrings = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  '',
  ' ',
  '\n\t',
  'null',
  'undefined',
  'NaN',
  'User',
  'ThirdParty',
  'Remote',
  'Physical',
  'Account',
  'Device',
  'vehicle',
  'TESLA',
  ' volkswagen ',
  '{portal}',
  '{count}',
  '<script>globalThis.__iuPwned = true</script>',
  '<img src=x onerror="globalThis.__iuPwned = true">',
  '[x](javascript:alert(1))',
  '\u202Eevil\u202C',
  '\u200B',
  '👩‍👩‍👧‍👦🇳🇴',
  'Z̷̢̛a̸͎̓l̵̰̈g̶̱̾o̷̟͐',
  'مرحبا',
];

/** Any string: printable ASCII, any code point, whole graphemes, or one of the tricky ones. */
const text = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 16 }),
  fc.string({ unit: 'grapheme', maxLength: 16 }),
  fc.constantFrom(...trickyStrings),
);

/** Pieces of Markdown that open every path of the Markdown reader: links, HTML, lists, code. */
const markdownPiece = fc.oneof(
  text,
  fc.constantFrom(
    '**',
    '*',
    '_',
    '`',
    '\n',
    '\n\n',
    '- ',
    '1. ',
    '> ',
    '# ',
    '```\n',
    '    ',
    '---\n',
    '  \n',
    '[',
    ']',
    '(',
    ')',
    '<',
    '>',
    '![alt](x.png)',
    '[link](https://example.com/a?b=1)',
    '[js](javascript:alert(1))',
    '[ref][r]\n\n[r]: javascript:alert(1)\n',
    '<https://example.com>',
    '<javascript:alert(1)>',
    '&#106;avascript:',
    '<div onclick="alert(1)">',
    '</script>',
  ),
);
const markdown = fc.array(markdownPiece, { maxLength: 12 }).map((pieces) => pieces.join(''));

/** A field that is usually of the expected kind but sometimes any JSON value. */
const field = <T,>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) });

const knownId = fc.constantFrom(...knownIds);
const interventionId = fc.oneof(knownId, text);

/**
 * An intervention as the live API shapes it, with arbitrary text in every field. Its id is
 * sometimes one the bundled catalogue knows, so live text is also merged over bundled steps.
 */
const intervention = fc.record(
  {
    id: field(fc.oneof({ weight: 1, arbitrary: knownId }, { weight: 3, arbitrary: text })),
    vendor: field(text),
    vendorType: field(text),
    brand: field(text),
    introducedAt: field(text),
    domain: field(fc.oneof(fc.constantFrom('Account', 'Device'), text)),
    resolution: fc.record(
      {
        title: field(text),
        description: field(markdown),
        access: field(fc.oneof(fc.constantFrom('Remote', 'Physical'), text)),
        agent: field(fc.oneof(fc.constantFrom('User', 'ThirdParty'), text)),
      },
      { requiredKeys: ['title'] },
    ),
  },
  { requiredKeys: ['id', 'resolution'] },
);
/** A live response in each of the shapes the API uses: an array, a page, one intervention. */
const liveResponse = fc.oneof(
  fc.array(intervention, { maxLength: 3 }),
  fc.record({ data: fc.array(intervention, { maxLength: 3 }) }),
  intervention,
);

const capabilityName = fc.oneof(
  fc.constantFrom('information', 'chargeState', 'location', 'smartCharging', 'setMaxCurrent'),
  text,
);
/** A capability map whose entries are mostly well formed, with any ids. */
const capabilities = fc.dictionary(
  capabilityName,
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    {
      weight: 6,
      arbitrary: fc.record({
        isCapable: fc.boolean(),
        interventionIds: fc.array(interventionId, { maxLength: 3 }),
      }),
    },
  ),
  // Small maps keep each run fast; a thousand runs still reach every mix of statuses.
  { maxKeys: 4 },
);

/** Any JSON, with ASCII strings or strings of any code point. */
const json = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' }),
);
/** Any JavaScript value: class instances, maps, null prototypes, sparse arrays, boxed values. */
const anything = fc.anything({
  maxDepth: 3,
  maxKeys: 6,
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...trickyStrings)),
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});
const vendor = fc.oneof(json, text, fc.constantFrom('TESLA', 'VOLKSWAGEN', 'skoda', 'UNKNOWN'));
/** Which form of each component a run renders: over a thousand runs, every form is reached. */
const forms = fc.record({ summary: fc.boolean(), showName: fc.boolean() });

// Radix asks for each accordion panel's animation on mount, and jsdom answers getComputedStyle
// by matching its whole default stylesheet against the element: a third of each run. jsdom loads
// no stylesheet here, so the answer is always "no animation"; give it without the matching.
// A plain function, not a spy: a spy keeps every element it is called with, and through each
// element that run's whole detached tree, so over the file's 5,000 runs the heap grew to about
// 900 MB (about 300 MB without).
const noAnimation = { animationName: 'none', display: 'block' } as CSSStyleDeclaration;
const realGetComputedStyle = window.getComputedStyle;
beforeAll(() => {
  window.getComputedStyle = () => noAnimation;
});
afterAll(() => {
  window.getComputedStyle = realGetComputedStyle;
});

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // React reports what it could not render (a function or an object as a child, a repeated
  // key) on console.error without throwing: each of those is a bug here too.
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => {
  consoleError.mockRestore();
});

/**
 * What is wrong with a rendered tree, as readable lines: collected with plain DOM reads and
 * thrown once per run, as a thousand runs of many `expect` calls each would be slow.
 */
type Findings = string[];

/** Renders, inspects, then unmounts and empties the document before the next run. */
function check(ui: ReactElement, inspect: (container: HTMLElement, findings: Findings) => void) {
  consoleError.mockClear();
  try {
    const { container } = render(ui);
    const findings: Findings = [];
    inspect(container, findings);
    findInjection(container, findings);
    for (const call of consoleError.mock.calls) findings.push(`console.error: ${call.join(' ')}`);
    if (findings.length > 0) throw new Error(findings.join('\n'));
  } finally {
    cleanup();
  }
}

/** The root elements of one component (its `data-scope`) directly in the container, checked to be `count`. */
function roots(container: HTMLElement, scope: string, count: number, findings: Findings) {
  const found = [...container.children].filter(
    (child) =>
      child.getAttribute('data-scope') === scope && child.getAttribute('data-part') === 'root',
  );
  if (found.length !== count) findings.push(`${found.length} ${scope} roots, expected ${count}`);
  return found;
}

/** Text a person can read: not empty, not only white space. */
function findBlank(element: Element | null | undefined, what: string, findings: Findings) {
  if (!element?.textContent?.trim()) findings.push(`${what} is blank`);
}

/** A badge is named: by its visible name, or as an image when the name is hidden. */
function findUnnamedBadge(badge: Element, findings: Findings): void {
  const [name] = parts(badge, 'name');
  if (name) findBlank(name, 'the badge name', findings);
  else if (badge.getAttribute('role') !== 'img' || !badge.getAttribute('aria-label')?.trim()) {
    findings.push('a badge without a name');
  }
}

const forbiddenElements = new Set(['script', 'iframe', 'object', 'embed', 'img', 'style']);

/** The element after `element` in document order inside `root`, or null at the end. */
function nextElement(element: Element, root: Element): Element | null {
  if (element.firstElementChild) return element.firstElementChild;
  for (let current: Element | null = element; current && current !== root; ) {
    if (current.nextElementSibling) return current.nextElementSibling;
    current = current.parentElement;
  }
  return null;
}

/**
 * The elements inside `root` whose `attribute` is `value`, in document order. A walk by sibling
 * links: in jsdom a selector query goes through its selector engine and an HTMLCollection
 * through a proxy, together a tenth of a run here.
 */
function elementsWith(root: Element, attribute: string, value: string): Element[] {
  const found: Element[] = [];
  for (let element = root.firstElementChild; element; element = nextElement(element, root)) {
    if (element.getAttribute(attribute) === value) found.push(element);
  }
  return found;
}

const parts = (root: Element, part: string) => elementsWith(root, 'data-part', part);

/** Markup the components must never make from data, found in the same kind of walk. */
function findInjection(container: HTMLElement, findings: Findings): void {
  for (
    let element = container.firstElementChild;
    element;
    element = nextElement(element, container)
  ) {
    if (forbiddenElements.has(element.localName)) findings.push(`a <${element.localName}> element`);
    for (const attribute of element.getAttributeNames()) {
      if (attribute.startsWith('on')) findings.push(`an ${attribute} attribute`);
    }
    if (element instanceof HTMLAnchorElement) {
      if (!/^https?:$/.test(new URL(element.href).protocol)) {
        findings.push(`a link to ${element.href}`);
      }
      if (!element.relList.contains('noopener')) findings.push('a link without noopener');
    }
  }
}

interface Inputs {
  /** What CapabilityStatus gets: capabilities, or a whole device. */
  status: unknown;
  /** What the checklist gets. */
  capabilities: unknown;
  vendor: unknown;
  form: { summary: boolean; showName: boolean };
  catalogue?: Catalogue;
}

/** Every component given the same data: a badge, the status (with titles), the checklist. */
function renderAll({
  status,
  capabilities,
  vendor,
  form,
  catalogue: guidance = catalogue,
}: Inputs) {
  check(
    <>
      <BrandBadge vendor={vendor} showName={form.showName} />
      <CapabilityStatus
        capabilities={status}
        vendor={vendor as string}
        variant={form.summary ? 'summary' : 'list'}
        catalogue={guidance}
      />
      <InterventionChecklist capabilities={capabilities} vendor={vendor} catalogue={guidance} />
    </>,
    (container, findings) => {
      for (const badge of roots(container, 'brand-badge', 1, findings)) {
        findUnnamedBadge(badge, findings);
      }
      for (const root of roots(container, 'capability-status', 1, findings)) {
        findBlank(root, 'CapabilityStatus', findings);
      }
      for (const root of roots(container, 'intervention-checklist', 1, findings)) {
        findBlank(root, 'InterventionChecklist', findings);
      }
    },
  );
}

describe('hostile input: arbitrary data never breaks a component', () => {
  it('renders every component for any JSON as capabilities, with any JSON as vendor', () => {
    fc.assert(
      fc.property(json, vendor, forms, (input, vendorCode, form) =>
        renderAll({ status: input, capabilities: input, vendor: vendorCode, form }),
      ),
      runs,
    );
  });

  it('renders every component for any JavaScript value as capabilities and vendor', () => {
    fc.assert(
      fc.property(anything, anything, forms, (input, vendorCode, form) =>
        renderAll({ status: input, capabilities: input, vendor: vendorCode, form }),
      ),
      runs,
    );
  });

  it('renders every component for devices with arbitrary parts, and any JSON as live data', () => {
    const device = fc.record(
      { id: json, vendor, capabilities: fc.oneof(capabilities, json), information: json },
      { requiredKeys: ['capabilities'] },
    );
    fc.assert(
      fc.property(device, json, forms, fc.boolean(), (input, response, form, whole) => {
        const live = withLiveInterventions(catalogue, response).catalogue;
        // CapabilityStatus reads the whole device (and its vendor); the checklist reads the
        // whole device or its capabilities, with the device's vendor.
        renderAll({
          status: input,
          capabilities: whole ? input : input.capabilities,
          vendor: input.vendor,
          form,
          catalogue: live,
        });
      }),
      runs,
    );
  });

  it('renders live interventions with arbitrary text in every field, every item open', () => {
    fc.assert(
      fc.property(liveResponse, vendor, (response, vendorCode) => {
        const live = withLiveInterventions(catalogue, response).catalogue;
        // Each intervention the response holds blocks a capability of its own, and every item
        // starts open: its title, summary and panel (the Markdown description) all render.
        const input = Object.fromEntries(
          parseInterventions(response).value.map(({ id }, index) => [
            `capability${index}`,
            { isCapable: false, interventionIds: [id] },
          ]),
        );
        const plan = planInterventions(input, live, { vendor: vendorCode });
        check(
          <>
            <InterventionChecklist
              capabilities={input}
              vendor={vendorCode}
              catalogue={live}
              defaultExpanded={plan.items.map((item) => item.id)}
            />
            <CapabilityStatus capabilities={input} catalogue={live} />
          </>,
          (container, findings) => {
            const [checklist] = roots(container, 'intervention-checklist', 1, findings);
            findBlank(checklist, 'InterventionChecklist', findings);
            for (const root of roots(container, 'capability-status', 1, findings)) {
              findBlank(root, 'CapabilityStatus', findings);
            }
            const items = checklist ? parts(checklist, 'item') : [];
            if (items.length !== plan.items.length) {
              findings.push(`${items.length} items for ${plan.items.length} interventions`);
            }
            for (const item of items) {
              findBlank(parts(item, 'title')[0], 'an item title', findings);
              if (parts(item, 'panel-body').length === 0) findings.push('a closed item');
            }
            for (const action of parts(container, 'action')) {
              findBlank(action, 'an action title', findings);
            }
          },
        );
      }),
      runs,
    );
  });
});

describe('hostile input: the checklist shows exactly the plan', () => {
  it('renders one item per planned intervention, and progress counts them all', () => {
    fc.assert(
      fc.property(capabilities, vendor, (input, vendorCode) => {
        const plan = planInterventions(input, catalogue, { vendor: vendorCode });
        check(<InterventionChecklist capabilities={input} vendor={vendorCode} />, (container) => {
          // Attribute walks, not role queries: those compute styles, and are slow in jsdom.
          expect(parts(container, 'item')).toHaveLength(plan.items.length);
          expect(parts(container, 'trigger')).toHaveLength(plan.items.length);
          const [progress = null] = elementsWith(container, 'role', 'progressbar');
          if (plan.items.length === 0) expect(progress).toBeNull();
          else expect(progress).toHaveAttribute('aria-valuemax', String(plan.items.length));
        });
      }),
      runs,
    );
  });
});
