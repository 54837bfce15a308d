import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
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

/** A computed `box-shadow`'s layers: colour (as hex, `undefined` when see-through) and spread. */
function shadowLayers(boxShadow: string): { color: string | undefined; spread: number }[] {
  if (boxShadow === 'none') return [];
  return boxShadow.split(/,(?![^(]*\))/).map((layer) => {
    const color = /rgba?\([^)]*\)/.exec(layer)?.[0] ?? '';
    const alpha = Number(/rgba\([^)]*,\s*([\d.]+)\)/.exec(color)?.[1] ?? 1);
    const lengths = layer.replace(color, '').match(/-?[\d.]+px/g) ?? [];
    return {
      color: alpha === 1 && color ? hexOf(color) : undefined,
      spread: Number.parseFloat(lengths[3] ?? '0'),
    };
  });
}

/** The ring a mark draws (its visible outline's colour), or `undefined` for none. */
function ringOf(mark: Element): string | undefined {
  return shadowLayers(getComputedStyle(mark).boxShadow).find(
    (layer) => layer.color && layer.spread >= 1,
  )?.color;
}

/** A token's value where `element` is, as the stylesheet sets it (`#0d1117`). */
const token = (element: Element, name: string) =>
  getComputedStyle(element).getPropertyValue(name).trim();

describe('BrandBadge contrast against the surfaces, light and dark', () => {
  afterEach(async () => {
    await commands.emulateMedia({ colorScheme: null });
  });

  /** Every vendor and an unknown one, on one theme. */
  const everyMark = (theme?: string) => (
    <div data-testid="surface" data-theme={theme}>
      {[...Object.keys(vendors), 'NOT_A_MAKER'].map((code) => (
        <BrandBadge key={code} vendor={code} />
      ))}
    </div>
  );

  /**
   * For every mark: against each surface of the theme, the mark's colour or its ring keeps 3:1
   * (WCAG 2.2 non-text contrast), and a mark that stands out by itself draws no ring.
   */
  function contrastProblems(surfaceElement: Element): string[] {
    const surfaces = [
      token(surfaceElement, '--iu-color-surface'),
      token(surfaceElement, '--iu-color-surface-muted'),
    ];
    expect(
      surfaces.every((surface) => /^#[0-9a-f]{6}$/i.test(surface)),
      surfaces.join(),
    ).toBe(true);
    const problems: string[] = [];
    for (const mark of surfaceElement.querySelectorAll('[data-part="mark"]')) {
      const vendor = mark.closest('[data-part="root"]')?.getAttribute('data-vendor');
      const fill = hexOf(getComputedStyle(mark).backgroundColor);
      const ring = ringOf(mark);
      const standsOut = surfaces.every((surface) => contrastRatio(fill, surface) >= 3);
      if (standsOut && ring) problems.push(`${vendor}: ${fill} stands out yet has a ring ${ring}`);
      for (const surface of surfaces) {
        const edge = contrastRatio(fill, surface) >= 3 ? fill : ring;
        const ratio = edge ? contrastRatio(edge, surface) : contrastRatio(fill, surface);
        if (ratio < 3)
          problems.push(`${vendor}: ${fill} ring ${ring} on ${surface}: ${ratio.toFixed(2)}:1`);
      }
    }
    return problems;
  }

  it('keeps 3:1 for every vendor on the light surfaces', async () => {
    const screen = await render(everyMark());
    const surface = screen.getByTestId('surface').element();
    expect(token(surface, '--iu-color-surface')).toBe('#ffffff');
    expect(contrastProblems(surface)).toEqual([]);
  });

  it('keeps 3:1 for every vendor on the dark surfaces', async () => {
    const screen = await render(everyMark('dark'));
    const surface = screen.getByTestId('surface').element();
    expect(token(surface, '--iu-color-surface')).toBe('#0d1117');
    expect(contrastProblems(surface)).toEqual([]);
  });

  it('keeps 3:1 under data-theme="system", whichever the system prefers', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await commands.emulateMedia({ colorScheme });
      const screen = await render(everyMark('system'));
      expect(contrastProblems(screen.getByTestId('surface').element()), colorScheme).toEqual([]);
      screen.unmount();
    }
  });

  it('outlines the brands that would vanish, on their theme only, in a colour of the host’s', async () => {
    const screen = await render(
      <div>
        <div data-testid="light">
          <BrandBadge vendor="JAGUAR" />
          <BrandBadge vendor="OPEL" />
        </div>
        <div data-testid="dark" data-theme="dark">
          <BrandBadge vendor="JAGUAR" />
          <BrandBadge vendor="OPEL" />
        </div>
        <div data-testid="host" style={{ '--iu-brand-ring-color': '#6b21a8' } as object}>
          <BrandBadge vendor="OPEL" />
        </div>
      </div>,
    );
    const ring = (id: string, vendor: string) =>
      ringOf(
        screen
          .getByTestId(id)
          .element()
          .querySelector(`[data-vendor="${vendor}"] [data-part="mark"]`) as Element,
      );
    // Jaguar's near-black is outlined on dark surfaces only, Opel's yellow on light ones only,
    // each in the theme's muted text colour unless the host sets --iu-brand-ring-color.
    expect(ring('light', 'JAGUAR')).toBeUndefined();
    expect(ring('dark', 'OPEL')).toBeUndefined();
    expect(ring('dark', 'JAGUAR')).toBe('#9198a1');
    expect(ring('light', 'OPEL')).toBe('#4f5863');
    expect(ring('host', 'OPEL')).toBe('#6b21a8');
  });

  it('draws the dark outlines on surfaces of the host’s own that it marks as dark', async () => {
    const screen = await render(
      <div
        style={
          {
            '--iu-color-surface': '#000000',
            '--iu-color-text-muted': '#a0a0a0',
            '--iu-brand-dark-surface': 1,
          } as object
        }
      >
        <BrandBadge vendor="JAGUAR" />
        <BrandBadge vendor="OPEL" />
      </div>,
    );
    const [jaguar, opel] = screen.container.querySelectorAll('[data-part="mark"]');
    expect(ringOf(jaguar as Element)).toBe('#a0a0a0');
    expect(ringOf(opel as Element)).toBeUndefined();
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

/** A logo as a host would serve it, large, with a size of its own. */
const bigLogo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><rect width="400" height="200" fill="#0f766e"/></svg>',
)}`;

describe('BrandBadge with a logo of the host’s', () => {
  it.each(sizes)('draws the logo inside the same %s square as the monogram', async (size) => {
    const screen = await render(
      <div>
        <BrandBadge data-testid="monogram" vendor="BMW" size={size} />
        <BrandBadge
          data-testid="img"
          vendor="BMW"
          size={size}
          logo={<img src={bigLogo} alt="" width={400} height={200} />}
        />
        <BrandBadge
          data-testid="svg"
          vendor="BMW"
          size={size}
          showName={false}
          logo={
            <svg viewBox="0 0 10 10" aria-hidden="true">
              <circle cx="5" cy="5" r="5" />
            </svg>
          }
        />
      </div>,
    );
    const markOf = (id: string) =>
      screen.getByTestId(id).element().querySelector('[data-part="mark"]') as HTMLElement;
    const square = markOf('monogram').getBoundingClientRect();
    for (const id of ['img', 'svg']) {
      const mark = markOf(id);
      const box = mark.getBoundingClientRect();
      expect(box.width, id).toBeCloseTo(square.width, 1);
      expect(box.height, id).toBeCloseTo(square.height, 1);
      const logo = (mark.firstElementChild as Element).getBoundingClientRect();
      expect(logo.left, id).toBeGreaterThanOrEqual(box.left - 0.01);
      expect(logo.right, id).toBeLessThanOrEqual(box.right + 0.01);
      expect(logo.top, id).toBeGreaterThanOrEqual(box.top - 0.01);
      expect(logo.bottom, id).toBeLessThanOrEqual(box.bottom + 0.01);
      // On no colour of the library's: the logo is drawn as the host gave it.
      expect(getComputedStyle(mark).backgroundColor, id).toBe('rgba(0, 0, 0, 0)');
      expect(mark.querySelector('[data-part="monogram"]'), id).toBeNull();
    }
    await expect.element(screen.getByText('BMW').first()).toBeVisible();
  });

  it('puts the logo on the host’s --iu-brand-logo-background', async () => {
    const screen = await render(
      <div style={{ '--iu-brand-logo-background': 'rgb(255, 255, 255)' } as object}>
        <BrandBadge vendor="BMW" logo={<img src={bigLogo} alt="" />} />
      </div>,
    );
    const mark = screen.container.querySelector('[data-part="mark"]') as Element;
    expect(getComputedStyle(mark).backgroundColor).toBe('rgb(255, 255, 255)');
  });
});
