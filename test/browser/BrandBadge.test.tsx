import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import '../../src/styles/styles.css';
import {
  BrandBadge,
  type BrandBadgeSize,
  getBrand,
  getVendor,
  mergeVendorHealth,
  type VendorRegistry,
  vendors,
} from '../../src/index.js';
import { contrastRatio } from '../../src/styles/color.js';
import { boxFont } from '../helpers/box-font.js';

/** `rgb(0, 34, 85)` → `#002255`, for the contrast helpers. */
function hexOf(rgb: string): string {
  const channels = rgb.match(/\d+/g)?.slice(0, 3) ?? [];
  return `#${channels.map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;
}

describe('BrandBadge in Chromium', () => {
  it('paints the mark in the brand colour with readable text', async () => {
    const screen = await render(<BrandBadge vendor="VOLKSWAGEN" />);
    const mark = screen.container.querySelector('[data-part="mark"]') as HTMLElement;
    const style = getComputedStyle(mark);
    expect(style.backgroundColor).toBe('rgb(0, 34, 85)'); // #025
    expect(style.color).toBe('rgb(255, 255, 255)');
    await expect.element(screen.getByText('Volkswagen')).toBeVisible();
  });

  it('paints every vendor of the registry with mark text that meets WCAG AA contrast', async () => {
    const codes = Object.keys(vendors);
    const screen = await render(
      <div>
        {codes.map((code) => (
          <BrandBadge key={code} vendor={code} />
        ))}
      </div>,
    );
    const marks = [...screen.container.querySelectorAll<HTMLElement>('[data-part="mark"]')];
    expect(marks).toHaveLength(codes.length);
    for (const [index, mark] of marks.entries()) {
      const style = getComputedStyle(mark);
      const background = hexOf(style.backgroundColor);
      const color = getVendor(codes[index])?.color ?? '';
      // `#rgb` as the registry writes it → `#rrggbb`, as the computed style reads.
      expect(background, codes[index]).toBe(color.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3'));
      expect(contrastRatio(hexOf(style.color), background), codes[index]).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('names a vendor only the API knows, on the neutral mark', async () => {
    const { value } = mergeVendorHealth([
      {
        vendor: 'LYNKCO',
        displayName: 'Lynk & Co',
        status: 'READY',
        portalName: 'Lynk & Co app',
        linkingStatus: 'READY',
      },
    ]);
    const screen = await render(<BrandBadge vendor="lynkco" vendors={value} />);
    await expect.element(screen.getByText('Lynk & Co')).toBeVisible();
    const mark = screen.container.querySelector('[data-part="mark"]') as HTMLElement;
    const style = getComputedStyle(mark);
    expect(contrastRatio(hexOf(style.color), hexOf(style.backgroundColor))).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it('keeps a very long name inside a narrow container', async () => {
    const screen = await render(
      <div style={{ width: '160px' }} data-testid="box">
        <BrandBadge vendor={'VERY_LONG_'.repeat(20)} />
      </div>,
    );
    const box = screen.getByTestId('box').element().getBoundingClientRect();
    const badge = screen.container
      .querySelector('[data-scope="brand-badge"][data-part="root"]')
      ?.getBoundingClientRect();
    expect(badge?.right).toBeLessThanOrEqual(box.right);
  });
});

const sizes: readonly BrandBadgeSize[] = ['sm', 'md', 'lg'];

/** The box of an element's text, as the browser lays the glyphs out. */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

const centre = (box: DOMRect) => (box.top + box.bottom) / 2;

/** Each mark of a container whose monogram's text leaves its box, or whose box is no square. */
function marksThatDoNotHold(container: Element): string[] {
  const problems: string[] = [];
  for (const mark of container.querySelectorAll('[data-part="mark"]')) {
    const monogram = mark.querySelector('[data-part="monogram"]');
    const root = mark.closest('[data-part="root"]');
    const label = `${root?.getAttribute('data-vendor')} ${root?.getAttribute('data-size')} "${monogram?.textContent}"`;
    if (!monogram) {
      problems.push(`${label}: no monogram`);
      continue;
    }
    const box = mark.getBoundingClientRect();
    const text = textBox(monogram);
    // At least a pixel clear of the edge.
    const clear = 1;
    if (text.left < box.left + clear || text.right > box.right - clear)
      problems.push(`${label}: text ${text.left}–${text.right} outside ${box.left}–${box.right}`);
    if (text.top < box.top || text.bottom > box.bottom)
      problems.push(`${label}: text ${text.top}–${text.bottom} outside ${box.top}–${box.bottom}`);
    if (Math.abs(box.width - box.height) > 0.5)
      problems.push(`${label}: a ${box.width}×${box.height} mark, not a square`);
  }
  return problems;
}

/**
 * The widest two-letter marks a vendor could have: the widest Latin, Polish, Greek and
 * Cyrillic capitals, ligatures, Han, Hangul, kana, full-width Latin, emoji and flags.
 */
const worstPairs = [
  'MW',
  'WM',
  'MM',
  'WW',
  'ŁŻ',
  'ŴŴ',
  'ÆŒ',
  'ΩΨ',
  'ЩЖ',
  'ЩЩ',
  'ШЮ',
  '中国',
  '漢字',
  '한국',
  'アイ',
  'ＭＷ',
  '😀😀',
  '🇩🇪🇳🇴',
];

/** A registry giving one made-up vendor per monogram, that monogram. */
function registryOf(monograms: readonly string[]): VendorRegistry {
  return {
    vendors: Object.fromEntries(
      monograms.map((monogram, i) => [
        `WORST${i}`,
        { code: `WORST${i}`, name: `Worst ${i}`, monogram, deviceTypes: [], known: true },
      ]),
    ),
  };
}

describe('BrandBadge marks that hold', () => {
  beforeAll(async () => {
    // This machine has fonts for Latin, Greek and Cyrillic only: Han, Hangul, kana and emoji
    // would draw as narrow placeholder boxes. A font made for the test draws them as wide as
    // real CJK and emoji fonts do (1em, 1.25em for an emoji or a flag).
    const wide = Object.fromEntries([
      ...[...'中国漢字한국アイＭＷ'].map((char) => [char, 1]),
      ['😀', 1.25],
      ...[...'🇩🇪🇳🇴'].map((char) => [char, 0.625]),
    ]);
    const font = new FontFace('Box Test', boxFont(wide), { weight: '100 900' });
    document.fonts.add(await font.load());
  });

  /** Badges in the library's own font stack, the test font first for what it alone maps. */
  const inFonts = (children: ReactNode) => (
    <div style={{ '--iu-font-family': '"Box Test", system-ui, sans-serif' } as object}>
      {children}
    </div>
  );

  it('fits every vendor’s monogram inside its square mark, at every size', async () => {
    const codes = Object.keys(vendors);
    const screen = await render(
      inFonts(
        sizes.flatMap((size) =>
          codes.map((code) => <BrandBadge key={`${size}${code}`} vendor={code} size={size} />),
        ),
      ),
    );
    const monograms = [...screen.container.querySelectorAll('[data-part="monogram"]')];
    expect(monograms).toHaveLength(codes.length * sizes.length);
    // Every letter of the registry's monograms is drawn (BMW, SMA, GMC: three letters).
    expect(monograms.slice(0, codes.length).map((m) => m.textContent)).toEqual(
      codes.map((code) => getBrand(code)?.monogram),
    );
    expect(marksThatDoNotHold(screen.container)).toEqual([]);
  });

  it('fits the widest two-letter marks in the same square, at every size', async () => {
    const registry = registryOf(worstPairs);
    const screen = await render(
      inFonts(
        sizes.flatMap((size) =>
          worstPairs.map((pair, i) => (
            <BrandBadge
              key={`${size}${pair}`}
              vendor={`WORST${i}`}
              vendors={registry}
              size={size}
            />
          )),
        ),
      ),
    );
    const monograms = [...screen.container.querySelectorAll('[data-part="monogram"]')];
    expect(monograms.slice(0, worstPairs.length).map((m) => m.textContent)).toEqual(worstPairs);
    expect(marksThatDoNotHold(screen.container)).toEqual([]);
    // The same square as a one-letter mark of the same size.
    const md = worstPairs.length;
    const pair = monograms[md]?.parentElement?.getBoundingClientRect();
    const tesla = await render(<BrandBadge vendor="TESLA" />);
    const one = tesla.container.querySelector('[data-part="mark"]')?.getBoundingClientRect();
    expect(pair?.width).toBeCloseTo(one?.width ?? 0, 1);
  });

  it('widens the mark rather than clip a monogram wider than any estimate', async () => {
    // Three of the widest Cyrillic letter, from a registry with a monogram far too long.
    const screen = await render(
      inFonts(<BrandBadge vendor="WORST0" vendors={registryOf(['ЩЩЩЩЩЩЩЩЩЩЩЩ'])} />),
    );
    const mark = screen.container.querySelector('[data-part="mark"]') as HTMLElement;
    const text = textBox(mark.querySelector('[data-part="monogram"]') as Element);
    const box = mark.getBoundingClientRect();
    expect(mark.textContent).toBe('ЩЩЩ');
    expect(text.left).toBeGreaterThanOrEqual(box.left);
    expect(text.right).toBeLessThanOrEqual(box.right);
    expect(box.width).toBeGreaterThan(box.height);
  });
});

/** Where the line's baseline is: the bottom of an empty inline block sits on it. */
function Baseline() {
  return <span data-testid="baseline" style={{ display: 'inline-block', width: 0, height: 0 }} />;
}

describe('BrandBadge beside text', () => {
  it.each(sizes.flatMap((size) => [16, 24, 32].map((fontSize) => [size, fontSize] as const)))(
    'sets a %s badge’s name on the baseline of %ipx text, the mark centred on it',
    async (size, fontSize) => {
      const screen = await render(
        <p style={{ fontSize, margin: 0, whiteSpace: 'nowrap' }}>
          <span data-testid="text">Finish setting up</span> <BrandBadge vendor="BMW" size={size} />{' '}
          <span data-testid="same-type">BMW</span>
          <Baseline />
        </p>,
      );
      const root = screen.container.querySelector('[data-part="root"]') as HTMLElement;
      const name = root.querySelector('[data-part="name"]') as HTMLElement;
      const mark = root.querySelector('[data-part="mark"]') as HTMLElement;
      // Text in the name's own type, set on the line by the browser: where the name should be.
      const sameType = screen.getByTestId('same-type').element() as HTMLElement;
      const nameStyle = getComputedStyle(name);
      Object.assign(sameType.style, {
        fontFamily: nameStyle.fontFamily,
        fontSize: nameStyle.fontSize,
        fontWeight: nameStyle.fontWeight,
      });
      const expected = textBox(sameType);
      const actual = textBox(name);
      expect(Math.abs(actual.bottom - expected.bottom)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(actual.top - expected.top)).toBeLessThanOrEqual(0.5);
      // The mark is centred on the name's text, and straddles the baseline.
      const box = mark.getBoundingClientRect();
      expect(Math.abs(centre(box) - centre(actual))).toBeLessThanOrEqual(1);
      const baseline = screen.getByTestId('baseline').element().getBoundingClientRect().bottom;
      expect(box.top).toBeLessThan(baseline);
      expect(box.bottom).toBeGreaterThan(baseline);
      if (fontSize === 16 && size === 'md') {
        // In text of its own size the mark is centred on the text itself.
        const text = textBox(screen.getByTestId('text').element());
        expect(Math.abs(centre(box) - centre(text))).toBeLessThanOrEqual(1);
      }
    },
  );

  it.each(sizes.flatMap((size) => [16, 24, 32].map((fontSize) => [size, fontSize] as const)))(
    'centres a %s mark alone on %ipx text beside it',
    async (size, fontSize) => {
      const screen = await render(
        <h2 style={{ fontSize, margin: 0, whiteSpace: 'nowrap' }}>
          <BrandBadge vendor="MINI" size={size} showName={false} />{' '}
          <span data-testid="text">Finish setting up your car</span>
        </h2>,
      );
      const box = (
        screen.container.querySelector('[data-part="mark"]') as Element
      ).getBoundingClientRect();
      const text = textBox(screen.getByTestId('text').element());
      // Within a tenth of the text's size of the text's centre.
      expect(Math.abs(centre(box) - centre(text))).toBeLessThanOrEqual(fontSize * 0.1);
    },
  );
});
