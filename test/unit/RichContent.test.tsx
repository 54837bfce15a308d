// Structured content a host built itself (its own catalogue entries) reaches the checklist
// without going through the Markdown reader: any depth, any shape, still shown safely.
import { render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import {
  type CatalogueEntry,
  createCatalogue,
  InterventionChecklist,
  maxContentDepth,
  type RichBlock,
  type RichInline,
} from '../../src/index.js';

function firstEntry(): CatalogueEntry {
  const [entry] = catalogue.entries;
  if (!entry) throw new Error('expected a bundled intervention');
  return entry;
}
const bundled = firstEntry();

/** The checklist for one intervention whose entry carries `content`, its item open. */
function checklistWith(content: unknown) {
  const guidance = createCatalogue([{ ...bundled, content } as CatalogueEntry]);
  return (
    <InterventionChecklist
      capabilities={{ smartCharging: { isCapable: false, interventionIds: [bundled.id] } }}
      vendor={bundled.vendor}
      catalogue={guidance}
      defaultExpanded={[bundled.id]}
    />
  );
}

/** The description shown in the open panel. */
function description(container: HTMLElement): HTMLElement {
  const element = container.querySelector<HTMLElement>('[data-part="description"]');
  if (!element) throw new Error('expected the description in the open panel');
  return element;
}

const nesting = new Set(['ul', 'ol', 'strong', 'em', 'a']);

/**
 * How many lists and formatted spans sit inside one another at the deepest point. Walks by
 * sibling links: in jsdom, going through `children` costs a proxy call per element.
 */
function domDepth(root: Element): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [element, above] = stack.pop() as [Element, number];
    const depth = nesting.has(element.localName) ? above + 1 : above;
    deepest = Math.max(deepest, depth);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      stack.push([child, depth]);
    }
  }
  return deepest;
}

/** Deep enough that rendering by recursion overflows the stack (it did from about 3,000). */
const levels = 5_000;

const paragraph = (value: string): RichBlock => ({
  type: 'paragraph',
  children: [{ type: 'text', value }],
});

/** Lists nested `levels` deep, each item holding its level's text and the next list. */
function nestedLists(levels: number): RichBlock[] {
  let inner: RichBlock[] = [paragraph('deepest item')];
  for (let level = levels - 1; level >= 0; level--) {
    inner = [
      { type: 'list', ordered: level % 2 === 0, items: [[paragraph(`level ${level}`), ...inner]] },
    ];
  }
  return inner;
}

/** Bold, italic and link spans nested `levels` deep around one word. */
function nestedSpans(levels: number): RichBlock[] {
  let inner: RichInline[] = [{ type: 'text', value: 'deepest word' }];
  for (let level = levels - 1; level >= 0; level--) {
    const children = [{ type: 'text' as const, value: `w${level} ` }, ...inner];
    inner = [
      level % 3 === 0
        ? { type: 'strong', children }
        : level % 3 === 1
          ? { type: 'emphasis', children }
          : { type: 'link', href: 'https://example.com/', children },
    ];
  }
  return [{ type: 'paragraph', children: inner }];
}

describe('content a host built, shown in the checklist', () => {
  it('shows 5,000 nested lists down to maxContentDepth and the deeper ones as text', () => {
    const { container } = render(checklistWith(nestedLists(levels)));
    const shown = description(container);
    expect(domDepth(shown)).toBe(maxContentDepth);
    expect(shown.textContent).toContain('level 0');
    expect(shown.textContent).toContain('level 2500');
    expect(shown.textContent).toContain('deepest item');
    // Below the limit every item is a line of its own, not one run of words.
    const deepest = shown.getElementsByTagName('p');
    expect(deepest[deepest.length - 1]?.getElementsByTagName('br')).toHaveLength(
      levels - maxContentDepth,
    );
  });

  it('shows 5,000 nested bold, italic and link spans down to maxContentDepth', () => {
    const { container } = render(checklistWith(nestedSpans(levels)));
    const shown = description(container);
    expect(domDepth(shown)).toBe(maxContentDepth);
    expect(shown.textContent).toContain('w0 w1 w2');
    expect(shown.textContent).toContain(`w${levels - 1} deepest word`);
  });

  it('renders deep content on the server too', () => {
    const html = renderToString(checklistWith(nestedLists(levels)));
    expect(html).toContain('deepest item');
  });

  it('ends on content that contains itself', () => {
    const list: { type: 'list'; ordered: boolean; items: RichBlock[][] } = {
      type: 'list',
      ordered: false,
      items: [],
    };
    list.items.push([paragraph('again'), list]);
    const { container } = render(checklistWith([list]));
    const shown = description(container);
    expect(domDepth(shown)).toBe(maxContentDepth);
    expect(shown.textContent).toContain('again');
  });

  it('shows links to anything but the web as their text', () => {
    const { container } = render(
      checklistWith([
        {
          type: 'paragraph',
          children: [
            {
              type: 'link',
              href: 'javascript:alert(1)',
              children: [{ type: 'text', value: 'one' }],
            },
            { type: 'link', href: 42, children: [{ type: 'text', value: 'two' }] },
            {
              type: 'link',
              href: 'https://example.com/',
              children: [{ type: 'text', value: 'three' }],
            },
          ],
        },
      ]),
    );
    const shown = description(container);
    expect(shown.textContent).toBe('onetwothree');
    expect([...shown.querySelectorAll('a')].map((link) => link.href)).toEqual([
      'https://example.com/',
    ]);
  });

  it('skips parts of the wrong shape and shows the rest', () => {
    const { container } = render(
      checklistWith([
        null,
        { type: 'list', ordered: true, items: 'not a list' },
        { type: 'paragraph', children: [null, { type: 'text', value: 7 }, { type: 'strong' }] },
        { type: 'list', ordered: false, items: [[paragraph('kept')], 'not an item'] },
        paragraph('also kept'),
      ]),
    );
    expect(description(container).textContent).toBe('keptalso kept');
  });
});
