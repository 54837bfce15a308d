import { describe, expect, it } from 'vitest';
import { catalogue, getEntry } from '../../src/catalogue/index.js';
import type { RichBlock } from '../../src/index.js';
import {
  isSafeHref,
  markdownToRich,
  maxContentDepth,
  maxMarkdownLength,
  maxMarkdownLines,
  withLiveInterventions,
} from '../../src/live/index.js';
import { interventionsApiResponse } from '../fixtures/interventions-api.js';
import { richDepth, richText } from './rich-content.js';

const text = (value: string) => ({ type: 'text', value });

describe('markdownToRich', () => {
  it('turns paragraphs, lists, bold and links into structured content', () => {
    const rich = markdownToRich(
      'Open the **app**.\n\n1. Sign in\n2. Tap *Services*\n\n- [Help](https://example.com/help)',
    );
    expect(rich).toEqual<RichBlock[]>([
      {
        type: 'paragraph',
        children: [text('Open the '), { type: 'strong', children: [text('app')] }, text('.')],
      },
      {
        type: 'list',
        ordered: true,
        items: [
          [{ type: 'paragraph', children: [text('Sign in')] }],
          [
            {
              type: 'paragraph',
              children: [text('Tap '), { type: 'emphasis', children: [text('Services')] }],
            },
          ],
        ],
      },
      {
        type: 'list',
        ordered: false,
        items: [
          [
            {
              type: 'paragraph',
              children: [
                { type: 'link', href: 'https://example.com/help', children: [text('Help')] },
              ],
            },
          ],
        ],
      },
    ] as RichBlock[]);
  });

  it('keeps raw HTML as visible text', () => {
    const rich = markdownToRich('<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)>');
    const flat = JSON.stringify(rich);
    expect(flat).toContain('<script>alert(1)</script>');
    expect(flat).toContain('<img src=x onerror=alert(1)>');
    expect(rich.every((block) => block.type === 'paragraph')).toBe(true);
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](data:text/html,<script>alert(1)</script>)',
    '[x](vbscript:msgbox)',
    '[x](/relative/path)',
    '[x](JaVaScRiPt:alert(1))',
  ])('shows the text of a link with an unsafe target: %s', (markdown) => {
    expect(markdownToRich(markdown)).toEqual([{ type: 'paragraph', children: [text('x')] }]);
  });

  it('reads images as their alt text and headings as bold paragraphs', () => {
    expect(markdownToRich('# Title\n\n![a car](https://example.com/car.png)')).toEqual([
      { type: 'paragraph', children: [{ type: 'strong', children: [text('Title')] }] },
      { type: 'paragraph', children: [text('a car')] },
    ]);
  });

  it.each([undefined, null, 42, {}, '', '   '])('gives no content for %p', (input) => {
    expect(markdownToRich(input)).toEqual([]);
  });

  it('accepts only http and https links', () => {
    expect(isSafeHref('https://a.example')).toBe(true);
    expect(isSafeHref('http://a.example')).toBe(true);
    expect(isSafeHref('mailto:a@example.com')).toBe(false);
    expect(isSafeHref('not a url')).toBe(false);
  });
});

describe('withLiveInterventions', () => {
  it('merges a live response: live text and content, bundled steps, new ids added', () => {
    const { catalogue: merged, problems } = withLiveInterventions(
      catalogue,
      interventionsApiResponse,
    );
    expect(problems).toEqual([]);
    for (const live of interventionsApiResponse) {
      const entry = getEntry(merged, live.id);
      expect(entry?.resolution.title).toBe(live.resolution.title);
      expect(entry?.content?.length).toBeGreaterThan(0);
      const bundled = getEntry(catalogue, live.id);
      if (bundled) expect(entry?.steps).toEqual(bundled.steps);
      else expect(entry?.steps).toEqual([]);
    }
    expect(merged.entries.length).toBeGreaterThan(catalogue.entries.length);
  });

  it('reports what it could not read and merges the rest', () => {
    const { catalogue: merged, problems } = withLiveInterventions(catalogue, [
      { id: 42 },
      interventionsApiResponse[0],
    ]);
    expect(problems.length).toBeGreaterThan(0);
    expect(getEntry(merged, interventionsApiResponse[0]?.id ?? '')).toBeDefined();
  });
});

/** The content a live description becomes once merged into the catalogue. */
function merged(description: string): readonly RichBlock[] {
  const { catalogue: live, problems } = withLiveInterventions(catalogue, [
    { id: 'deep-description', resolution: { title: 'Deep', description } },
  ]);
  expect(problems).toEqual([]);
  return getEntry(live, 'deep-description')?.content ?? [];
}

/** A list nested `levels` deep by indentation, one item per line: `item 0` … */
function indentedList(levels: number): string {
  let markdown = '';
  for (let level = 0; level < levels; level++) markdown += `${'  '.repeat(level)}- item ${level}\n`;
  return markdown;
}

describe('deep and long descriptions', () => {
  it.each([
    ['block quotes', `${'>'.repeat(4000)} deep text`],
    ['bullet lists on one line', `${'- '.repeat(4000)}deep text`],
    ['ordered lists on one line', `${'1. '.repeat(4000)}deep text`],
    ['lists opened by tabs', `${'-\t'.repeat(4000)}deep text`],
    ['block quotes in lists', `${'> - '.repeat(4000)}deep text`],
    [
      'lists by indentation, then deeper indentation',
      `${indentedList(30)}${' '.repeat(800)}deep text`,
    ],
    ['emphasis', `${'*'.repeat(4000)}deep text${'*'.repeat(4000)}`],
    ['emphasis around words', `${'*a '.repeat(4000)}deep text${' a*'.repeat(4000)}`],
    ['links', `${'['.repeat(4000)}deep text${'](https://example.com)'.repeat(4000)}`],
    ['emphasis in links', `${'*['.repeat(4000)}deep text${'](https://a.io)*'.repeat(4000)}`],
  ])(
    '4,000 levels of %s merge, nested at most maxContentDepth, the deep text kept',
    (_, source) => {
      const content = merged(source);
      expect(richDepth(content)).toBeLessThanOrEqual(maxContentDepth);
      expect(richText(content)).toContain('deep');
      expect(richText(content)).toContain('text');
    },
  );

  it.each([
    ['bullet lists', `${'- '.repeat(900)}deep text`],
    ['lists and block quotes', `${'- > '.repeat(450)}deep text`],
    ['strong emphasis', `${'_'.repeat(900)}deep_text${'_'.repeat(900)}`],
    ['emphasis around words', `${'*a '.repeat(300)}deep text${' a*'.repeat(300)}`],
    ['emphasis and strong emphasis', `${'*a __b '.repeat(130)}deep text${' b__ a*'.repeat(130)}`],
    ['emphasis in a link', `[${'*'.repeat(900)}deep text${'*'.repeat(900)}](https://example.com)`],
  ])('formats %s hundreds of levels deep down to maxContentDepth, deeper as text', (_, source) => {
    // Short enough to be read as Markdown whole: the depth limit is what applies.
    expect(source.length).toBeLessThanOrEqual(maxMarkdownLength);
    const content = merged(source);
    expect(richDepth(content)).toBe(maxContentDepth);
    expect(richText(content)).toContain('deep');
    expect(richText(content)).toContain('text');
  });

  it('keeps every level up to maxContentDepth and shows deeper items as lines of text', () => {
    const content = merged(indentedList(maxContentDepth + 4));
    expect(richDepth(content)).toBe(maxContentDepth);
    // After the item at the last level kept as a list, the deeper items, a line each.
    const [, deeper = ''] = richText(content).split(`item ${maxContentDepth - 1}\n`);
    expect(deeper.split('\n')).toEqual([8, 9, 10, 11].map((level) => `item ${level}`));
  });

  it('merges a 1 MB description of nested lists: formatted up to the limit, the rest as text', () => {
    let source = '';
    let levels = 0;
    while (source.length < 1_000_000) source += `${'  '.repeat(levels)}- item ${levels++}\n`;
    const content = merged(source);
    expect(richDepth(content)).toBeLessThanOrEqual(maxContentDepth);
    const text = richText(content);
    for (const level of [0, 1, maxContentDepth, 40, levels - 1]) {
      expect(text).toContain(`item ${level}`);
    }
    // What follows the Markdown part is shown as written, list markers and all.
    const last = content.at(-1);
    expect(last?.type).toBe('paragraph');
    expect(richText([last as RichBlock])).toContain(`- item ${levels - 1}`);
  });

  it('formats the first maxMarkdownLength characters, up to a blank line, and keeps the rest', () => {
    const paragraphs: string[] = [];
    for (let index = 0; paragraphs.join('\n\n').length < maxMarkdownLength * 2; index++) {
      paragraphs.push(`Paragraph ${index} asks for the **Controls** menu.`);
    }
    const content = merged(paragraphs.join('\n\n'));
    // As many whole paragraphs as fit in the limit are formatted...
    const fitting = paragraphs.filter(
      (_, index) => paragraphs.slice(0, index + 1).join('\n\n').length <= maxMarkdownLength,
    );
    const formatted = content.slice(0, fitting.length);
    expect(formatted.map((block) => richText([block]))).toEqual(
      fitting.map((paragraph) => paragraph.replaceAll('**', '')),
    );
    expect(formatted.every((block) => JSON.stringify(block).includes('"strong"'))).toBe(true);
    // ...and the rest is one paragraph of the text as written.
    expect(content).toHaveLength(fitting.length + 1);
    expect(richText(content.slice(fitting.length))).toBe(
      paragraphs.slice(fitting.length).join('\n'),
    );
  });

  it('formats the first maxMarkdownLines lines and keeps the rest', () => {
    const steps = Array.from({ length: maxMarkdownLines * 2 }, (_, index) => `- ${index}`);
    const source = steps.join('\n');
    // Short lines: the line limit ends the Markdown part before the character limit does.
    expect(steps.slice(0, maxMarkdownLines).join('\n').length).toBeLessThan(maxMarkdownLength);
    const content = merged(source);
    expect(content).toHaveLength(2);
    const [list, rest] = content;
    expect(list?.type === 'list' && list.items.length).toBe(maxMarkdownLines);
    expect(richText([rest as RichBlock])).toBe(steps.slice(maxMarkdownLines).join('\n'));
  });

  it('never cuts a character in two where the Markdown part ends', () => {
    const source = `a${'😀'.repeat(maxMarkdownLength)}`;
    const content = merged(source);
    const text = richText(content).replace(/\n/g, '');
    expect(text).toBe(source);
    expect(text).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
  });
});
