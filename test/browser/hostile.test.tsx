// Hostile input in a real browser: injection attempts in every place data reaches the page, and
// text at the edges of what layouts survive (ten-kilobyte words, a thousand items, right to left,
// emoji sequences, combining marks), in a narrow container.
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../src/styles/styles.css';
import { catalogue } from '../../src/catalogue/index.js';
import {
  BrandBadge,
  CapabilityStatus,
  type CatalogueEntry,
  capabilityLabel,
  createCatalogue,
  getBrand,
  InterventionChecklist,
  LocaleProvider,
} from '../../src/index.js';
import { withLiveInterventions } from '../../src/live/index.js';

declare global {
  interface Window {
    __iuPwned?: unknown;
  }
}

/** A bundled intervention (Tesla's Mobile Access): live text merges over its bundled steps. */
const knownId = 'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe';
/** An intervention no catalogue knows: it renders as a fallback item. */
const unknownId = 'hostile-0000-unknown';
/** The one entry of a host's own catalogue. */
const guideId = 'hostile-guide';

// Injection

const pwn = 'window.__iuPwned=true';

interface Payload {
  name: string;
  /** Put as it is into titles, step texts, names and messages. */
  payload: string;
  /** What a reader sees of it in a Markdown description; the payload itself when omitted. */
  visible?: string;
}

/** Each payload tries to set the sentinel or call `alert`, if it ever ran. */
const corpus: Payload[] = [
  { name: 'script element', payload: `<script>${pwn}</script>` },
  { name: '</script> breakout', payload: `</script><script>${pwn}</script>` },
  { name: 'quote breakout', payload: `'"><script>${pwn}</script>` },
  { name: 'attribute breakout', payload: `" onmouseover="${pwn}" x="` },
  { name: 'img onerror', payload: `<img src=x onerror="${pwn}">` },
  { name: 'img onerror, unquoted', payload: '<img src=x onerror=alert(1)>' },
  { name: 'svg onload', payload: `<svg onload="${pwn}">` },
  { name: 'svg script', payload: `<svg><script>${pwn}</script></svg>` },
  {
    name: 'svg animated href',
    payload: '<svg><a><animate attributeName=href values=javascript:alert(1) /><text>t</text></a>',
  },
  { name: 'details ontoggle', payload: `<details open ontoggle="${pwn}">` },
  { name: 'iframe srcdoc', payload: `<iframe srcdoc="<script>parent.${pwn}</script>"></iframe>` },
  { name: 'object data: URL', payload: '<object data="data:text/html,<script>alert(1)</script>">' },
  { name: 'embed javascript: URL', payload: '<embed src="javascript:alert(1)">' },
  {
    name: 'math mglyph mutation',
    payload: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  },
  { name: 'HTML anchor, javascript:', payload: `<a href="javascript:${pwn}">anchor</a>` },
  { name: 'HTML anchor, entity scheme', payload: '<a href="&#106;avascript:alert(1)">anchor</a>' },
  { name: 'Markdown link, javascript:', payload: `[md-js](javascript:${pwn})`, visible: 'md-js' },
  {
    name: 'Markdown link, mixed case',
    payload: '[md-case](JaVaScRiPt:alert(1))',
    visible: 'md-case',
  },
  {
    name: 'Markdown link, decimal entity',
    payload: '[md-entity](&#106;avascript:alert(1))',
    visible: 'md-entity',
  },
  {
    name: 'Markdown link, hex entities',
    payload: '[md-hex](&#x6A;avascript&#x3A;alert(1))',
    visible: 'md-hex',
  },
  {
    name: 'Markdown link, percent-encoded',
    payload: '[md-percent](%6Aavascript:alert(1))',
    visible: 'md-percent',
  },
  {
    name: 'Markdown link, leading space',
    payload: '[md-space]( javascript:alert(1))',
    visible: 'md-space',
  },
  {
    name: 'Markdown link, tab in scheme',
    payload: '[md-tab](<java\tscript:alert(1)>)',
    visible: 'md-tab',
  },
  { name: 'Markdown link, newline in scheme', payload: '[md-newline](<java\nscript:alert(1)>)' },
  {
    name: 'Markdown link, data: URL',
    payload: '[md-data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    visible: 'md-data',
  },
  { name: 'Markdown link, vbscript:', payload: '[md-vb](vbscript:msgbox(1))', visible: 'md-vb' },
  {
    name: 'Markdown reference link',
    payload: `[md-ref][evil]\n\n[evil]: javascript:${pwn}`,
    visible: 'md-ref',
  },
  {
    name: 'Markdown autolink, javascript:',
    payload: `<javascript:${pwn}>`,
    visible: `javascript:${pwn}`,
  },
  { name: 'Markdown autolink, data:', payload: '<data:text/html,<script>alert(1)</script>>' },
  { name: 'Markdown image, onerror', payload: '![img-alt](x" onerror="alert(1))' },
  {
    name: 'Markdown image, javascript:',
    payload: '![md-img](javascript:alert(1))',
    visible: 'md-img',
  },
  {
    name: 'Markdown link, title breakout',
    payload: '[md-title](https://example.com "\\" onclick=\\"alert(1)")',
    visible: 'md-title',
  },
  { name: 'raw HTML block', payload: `<div>\n<img src=x onerror="${pwn}">\n</div>` },
  { name: 'raw style block', payload: '<style>*{background:url("javascript:alert(1)")}</style>' },
  {
    name: 'HTML entities',
    payload: '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;img&#62;',
    visible: '<script>alert(1)</script> & <img>',
  },
  {
    name: 'template syntax',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax is the payload.
    payload: "{{constructor.constructor('alert(1)')()}} ${alert(1)} {portal}",
  },
  {
    name: 'unicode direction overrides',
    payload: 'invoice\u202Efdp.exe\u202C \u2067isolate\u2069 \u200Frlm',
  },
];

/** An intervention as the live API sends it. */
function liveIntervention(id: string, title: string, description: string) {
  return {
    id,
    vendor: 'TESLA',
    vendorType: 'vehicle',
    brand: 'Tesla',
    domain: 'Device',
    resolution: { title, description, access: 'Remote', agent: 'User' },
  };
}

/** A host's own guidance, with the text in every field it has. */
function guideEntry(text: string): CatalogueEntry {
  return {
    id: guideId,
    vendor: 'TESLA',
    vendorType: 'vehicle',
    brand: 'Tesla',
    domain: 'Device',
    resolution: { title: text, description: text, access: 'Remote', agent: 'User' },
    steps: [{ text, detail: text, place: 'app' }],
    preconditions: [text],
    estimatedMinutes: 5,
    unlocks: ['chargeState'],
    portal: text,
    // The portal is named on the link that opens it.
    links: { portal: 'https://example.com/portal' },
  };
}

/** URL-bearing attributes: none may hold a script or data URL. */
const urlAttributes = ['href', 'src', 'srcset', 'xlink:href', 'action', 'formaction', 'data'];

/** Control characters and spaces, which browsers drop from inside a URL's scheme. */
const ignoredInScheme = /[\p{Cc}\s]/gu;

/** Elements that run script, load a document or restyle the page: the components make none. */
const foreign =
  'script, iframe, object, embed, frame, frameset, img, style, link, meta, base, form';

/** Everything in `root` that could run script or load something. */
function dangerIn(root: Element): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll(foreign)) {
    found.push(`a <${element.localName}> element`);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      if (attribute.startsWith('on')) found.push(`${attribute} on <${element.localName}>`);
      if (!urlAttributes.includes(attribute)) continue;
      const value = (element.getAttribute(attribute) ?? '').replace(ignoredInScheme, '');
      if (/^(javascript|data|vbscript):/i.test(value)) found.push(`${attribute}="${value}"`);
    }
  }
  for (const link of root.querySelectorAll('a')) {
    if (!/^https?:$/.test(link.protocol)) found.push(`a link to ${link.href}`);
    if (!link.relList.contains('noopener')) found.push(`a link to ${link.href} without noopener`);
  }
  return found;
}

/** Lets anything that would run late (an image's error, an SVG's load) have run. */
async function settle(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
}

function part(root: ParentNode, selector: string): HTMLElement {
  const element = root.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`nothing matches ${selector}`);
  return element;
}

/** The element shows `text` and is laid out and visible. */
function expectShown(element: Element, text: string): void {
  expect(element.textContent).toContain(text);
  expect(element.checkVisibility()).toBe(true);
  expect(element.getBoundingClientRect().width).toBeGreaterThan(0);
}

describe('hostile input in Chromium: injection', () => {
  let alert: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    delete window.__iuPwned;
    alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
  });
  afterEach(() => {
    alert.mockRestore();
    delete window.__iuPwned;
  });

  it.each(corpus)('$name: shown as text, never run', async ({ payload, visible = payload }) => {
    const live = withLiveInterventions(catalogue, [
      liveIntervention(knownId, payload, payload),
      liveIntervention(unknownId, `${payload} (new)`, payload),
    ]).catalogue;
    const guide = createCatalogue([guideEntry(payload)]);
    const capabilities = {
      [payload]: { isCapable: false, interventionIds: [knownId, unknownId] },
      chargeState: { isCapable: false, interventionIds: [knownId] },
      information: { isCapable: true, interventionIds: [] },
    };
    const screen = await render(
      <LocaleProvider messages={{ brand: { unknown: payload } }}>
        <div data-testid="badges">
          <BrandBadge vendor={payload} />
          <BrandBadge vendor={payload} showName={false} />
          <BrandBadge vendor={null} />
        </div>
        <CapabilityStatus
          data-testid="status"
          capabilities={capabilities}
          catalogue={live}
          vendor={payload}
          onSelectCapability={() => {}}
          messages={{ status: { capable: payload }, showHowTo: payload }}
        />
        <CapabilityStatus
          data-testid="summary"
          capabilities={capabilities}
          variant="summary"
          messages={{ summaryDivider: payload }}
        />
        <InterventionChecklist
          data-testid="live"
          capabilities={capabilities}
          vendor={payload}
          catalogue={live}
          defaultExpanded={[knownId, unknownId]}
          messages={{ markDone: payload, reference: payload, steps: payload }}
          onRecheck={() => {}}
        />
        <InterventionChecklist
          data-testid="guide"
          capabilities={{
            [payload]: { isCapable: false, interventionIds: [guideId] },
            location: { isCapable: false, interventionIds: [payload] },
          }}
          catalogue={guide}
          defaultExpanded={[guideId, payload]}
        />
      </LocaleProvider>,
    );
    await settle();

    expect(window.__iuPwned).toBeUndefined();
    expect(alert).not.toHaveBeenCalled();
    expect(dangerIn(document.body)).toEqual([]);

    // Every place it went, it reads as the text it is.
    const badges = screen.getByTestId('badges').element();
    const [named, image, unknown] = badges.querySelectorAll(
      '[data-scope="brand-badge"][data-part="root"]',
    );
    expect(part(named as Element, '[data-part="name"]').textContent).toBe(getBrand(payload)?.name);
    expect(image?.getAttribute('aria-label')).toBe(getBrand(payload)?.name);
    expectShown(part(unknown as Element, '[data-part="name"]'), payload);

    const status = screen.getByTestId('status').element();
    expectShown(status, capabilityLabel(payload));
    expectShown(
      part(status, '[data-part="item"][data-status="capable"] [data-part="status-text"]'),
      payload,
    );
    expectShown(part(status, '[data-part="select-button"]'), payload);
    const actions = [...status.querySelectorAll('[data-part="action"]')];
    expect(actions.map((action) => action.textContent)).toContain(payload);
    expect(actions.map((action) => action.textContent)).toContain(`${payload} (new)`);
    expect(screen.getByTestId('summary').element().textContent).toContain(payload);

    const checklist = screen.getByTestId('live').element();
    const titles = [...checklist.querySelectorAll('[data-part="title"]')];
    expect(titles.map((title) => title.textContent)).toEqual(
      expect.arrayContaining([payload, `${payload} (new)`]),
    );
    for (const title of titles) expect(title.checkVisibility()).toBe(true);
    const descriptions = [...checklist.querySelectorAll('[data-part="description"]')];
    expect(descriptions).toHaveLength(2);
    for (const description of descriptions) expectShown(description, visible);
    for (const button of checklist.querySelectorAll('[data-part="complete-button"]')) {
      expectShown(button, payload);
    }
    expectShown(part(checklist, '[data-part="steps"] [data-part="section-heading"]'), payload);

    const guided = screen.getByTestId('guide').element();
    expectShown(part(guided, '[data-part="title"]'), payload);
    expectShown(part(guided, '[data-part="description"]'), payload);
    expectShown(part(guided, '[data-part="step-text"]'), payload);
    expectShown(part(guided, '[data-part="step-detail"]'), payload);
    expectShown(part(guided, '[data-part="preconditions"] li'), payload);
    expectShown(part(guided, '[data-part="open-link"]'), payload);
    expectShown(
      part(guided, '[data-part="meta-item"][data-kind="unlocks"]'),
      capabilityLabel(payload),
    );
    // An id no catalogue knows is shown for support to look up.
    expectShown(part(guided, '[data-part="reference"] code'), payload);
  });

  it('keeps a safe link a link: http(s) only, in a new tab, without the opener', async () => {
    const description = `[safe](https://example.com/a?b=1) [unsafe](javascript:${pwn}) <https://example.org>`;
    const live = withLiveInterventions(catalogue, [
      liveIntervention(knownId, 'Title', description),
    ]).catalogue;
    const screen = await render(
      <InterventionChecklist
        capabilities={{ chargeState: { isCapable: false, interventionIds: [knownId] } }}
        catalogue={live}
        defaultExpanded={[knownId]}
      />,
    );
    await settle();
    const fromDescription = [...screen.container.querySelectorAll('[data-part="description"] a')];
    expect(fromDescription.map((link) => (link as HTMLAnchorElement).href)).toEqual([
      'https://example.com/a?b=1',
      'https://example.org/',
    ]);
    // Every link, the maker's app and store pages beside them included, is a web address that
    // opens in a new tab without the opener.
    const links = [...screen.container.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(fromDescription.length);
    for (const link of links) {
      expect(new URL(link.href).protocol).toBe('https:');
      expect(link.target).toBe('_blank');
      expect(link.rel.split(' ')).toContain('noopener');
    }
    expect(dangerIn(screen.container)).toEqual([]);
    expect(screen.container.textContent).toContain('unsafe');
  });
});

// Layout

/** Where an element is, for a failure message. */
function where(element: Element): string {
  const name = element.closest('[data-part]')?.getAttribute('data-part');
  return `<${element.localName}${name ? ` in ${name}` : ''}>`;
}

/**
 * What sticks out of a component's root: a descendant's box past the root's left or right edge
 * (1px allowed for rounding), or the root scrolling sideways.
 */
function overflowOf(root: Element): string[] {
  const found: string[] = [];
  if (root.scrollWidth > root.clientWidth + 1) {
    found.push(`${where(root)} scrolls: ${root.scrollWidth} > ${root.clientWidth}`);
  }
  const edge = root.getBoundingClientRect();
  for (const element of root.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.left < edge.left - 1 || box.right > edge.right + 1) {
      const span = `${Math.round(box.left)}–${Math.round(box.right)}`;
      found.push(`${where(element)} at ${span}, root ${edge.left}–${edge.right}`);
    }
  }
  return found;
}

/** The component roots in a container, each inside it and with nothing sticking out. */
function expectContained(container: Element): void {
  const roots = container.querySelectorAll(
    '[data-scope="brand-badge"][data-part="root"]:not([data-part="trigger"] *), [data-scope="capability-status"][data-part="root"], [data-scope="intervention-checklist"][data-part="root"]',
  );
  expect(roots.length).toBeGreaterThan(0);
  const edge = container.getBoundingClientRect();
  for (const root of roots) {
    const box = root.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(edge.left - 1);
    expect(box.right).toBeLessThanOrEqual(edge.right + 1);
    expect(overflowOf(root)).toEqual([]);
  }
}

/** Every component with `text` in each place data reaches, every item open. */
function everyPlace(text: string): ReactNode {
  const live = withLiveInterventions(catalogue, [
    liveIntervention(knownId, text, text),
    liveIntervention(unknownId, text, text),
  ]).catalogue;
  const guide = createCatalogue([guideEntry(text)]);
  const capabilities = {
    [text]: { isCapable: false, interventionIds: [knownId, unknownId] },
    chargeState: { isCapable: false, interventionIds: [knownId] },
    information: { isCapable: true, interventionIds: [] },
    odometer: { isCapable: false, interventionIds: [] },
    [`${text}?`]: null,
  };
  return (
    <>
      <BrandBadge vendor={text} />
      <BrandBadge vendor={text} size="lg" showName={false} />
      <CapabilityStatus
        capabilities={capabilities}
        catalogue={live}
        vendor={text}
        onSelectCapability={() => {}}
      />
      <CapabilityStatus capabilities={capabilities} variant="summary" />
      {/* Names the device does not report, in the "not reported" message. */}
      <CapabilityStatus capabilities={capabilities} filter={[`${text}!`]} />
      <InterventionChecklist
        capabilities={capabilities}
        vendor={text}
        catalogue={live}
        defaultExpanded={[knownId, unknownId]}
        onRecheck={() => {}}
      />
      <InterventionChecklist
        data-testid="guide"
        capabilities={{
          [text]: { isCapable: false, interventionIds: [guideId] },
          location: { isCapable: false, interventionIds: [text] },
        }}
        catalogue={guide}
        defaultExpanded={[guideId, text.trim()]}
      />
    </>
  );
}

const tenKilobytes = 10 * 1024;
const longWord = 'donaudampfschifffahrtsgesellschaftskapitän'.repeat(300).slice(0, tenKilobytes);
const longText = 'The quick brown fox jumps over the lazy dog. '.repeat(300).slice(0, tenKilobytes);

/** Text at the edges: each placed everywhere, in a left-to-right and a right-to-left page. */
const edgeCases: { name: string; text: string }[] = [
  { name: 'a 10 kB word without spaces', text: longWord },
  { name: '10 kB of text with spaces', text: longText },
  { name: 'Arabic', text: 'فعّل الوصول عبر الهاتف المحمول في السيارة ثم أعد المحاولة' },
  { name: 'Hebrew', text: 'הפעל גישה מהטלפון הנייד ברכב ונסה שוב' },
  { name: 'mixed directions', text: 'Open תפריט then الإعدادات, 3 steps' },
  {
    name: 'emoji: ZWJ sequences, skin tones, flags, keycaps',
    text: '👩‍👩‍👧‍👦👨🏽‍💻🏳️‍🌈🇳🇴🇩🇪🇯🇵1️⃣'.repeat(60),
  },
  {
    name: 'combining marks (Zalgo)',
    text: 'Z̷̢̛̪̮̙̦͎̓̈́̈́͂a̸̧̛͎̰̓̀̾͝l̵̨̰̈̀͊̕ğ̶̱̮̾͐o̷̟͐̾͜ '.repeat(40),
  },
];

describe('hostile input in Chromium: layout', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it.each(edgeCases)(`$name stays inside 360px (${dir})`, async ({ text }) => {
      const screen = await render(
        <div dir={dir} data-testid="box" style={{ inlineSize: '360px' }}>
          {everyPlace(text)}
        </div>,
      );
      const box = screen.getByTestId('box').element();
      expectContained(box);
      // The text is there to read: the titles, the labels, the steps.
      const shown = text.trim().slice(0, 40);
      const titles = box.querySelectorAll('[data-known="true"] [data-part="title"]');
      expect(titles).toHaveLength(3);
      for (const title of titles) expectShown(title, shown);
      const guide = screen.getByTestId('guide').element();
      expectShown(part(guide, '[data-part="step-text"]'), shown);
      expectShown(part(guide, '[data-part="description"]'), shown);
      expectShown(part(guide, '[data-part="reference"] code'), shown);
      expectShown(part(box, '[data-part="action"]'), shown);
      const label = capabilityLabel(text).slice(0, 40);
      expectShown(
        part(box, '[data-scope="capability-status"][data-part="root"] [data-part="label"]'),
        label,
      );
    });
  }

  it('renders 1,000 interventions in one checklist, and the last one still opens', async () => {
    const count = 1000;
    const capabilities = Object.fromEntries(
      Array.from({ length: count }, (_, index) => [
        `capability${index}`,
        { isCapable: false, interventionIds: [`unknown-${index}`] },
      ]),
    );
    const screen = await render(
      <div data-testid="box" style={{ inlineSize: '360px' }}>
        <InterventionChecklist capabilities={capabilities} vendor="TESLA" />
      </div>,
    );
    const box = screen.getByTestId('box').element();
    const triggers = box.querySelectorAll('[data-part="trigger"]');
    expect(triggers).toHaveLength(count);
    expect(part(box, '[role="progressbar"]').getAttribute('aria-valuemax')).toBe(String(count));

    // A real click, as a person would open it (every trigger has the same name, so no locator).
    const last = triggers[count - 1] as HTMLElement;
    await userEvent.click(last);
    await expect.poll(() => last.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(last.getAttribute('aria-controls') ?? '');
    await expect.poll(() => panel?.checkVisibility()).toBe(true);
    expect(panel?.textContent).toContain(`unknown-${count - 1}`);
    expect(
      overflowOf(part(box, '[data-scope="intervention-checklist"][data-part="root"]')),
    ).toEqual([]);
  });
});
