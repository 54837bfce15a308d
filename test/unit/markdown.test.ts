import { describe, expect, it } from 'vitest';
import { catalogue, getEntry } from '../../src/catalogue/index.js';
import type { RichBlock } from '../../src/index.js';
import { isSafeHref, markdownToRich, withLiveInterventions } from '../../src/live/index.js';
import { interventionsApiResponse } from '../fixtures/interventions-api.js';

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
