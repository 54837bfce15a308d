// How the screenshot tests set a component up: a host page of a given width, theme, language
// and direction, in a pinned font, with nothing left moving when the picture is taken.
import '@fontsource-variable/noto-sans/wght.css';
import fontRanges from '@fontsource-variable/noto-sans/unicode.json' with { type: 'json' };
import type { CSSProperties, ReactNode } from 'react';
import { commands, page } from 'vitest/browser';
import { deDE } from '../../src/i18n/locales/de-DE.js';
import { LocaleProvider } from '../../src/index.js';

/** The font every picture is drawn in: from npm, so no machine's system fonts show. */
export const fontFamily = "'Noto Sans Variable'";

/** The widths a person sees the components at: a phone, and a desktop window. */
export const widths = { phone: 390, desktop: 1280 } as const;
export type Width = keyof typeof widths;

/** How the host page around the component is set. */
export interface Look {
  width: Width;
  theme?: 'light' | 'dark';
  /** German, with the German catalogue where the test passes it. */
  locale?: 'en-US' | 'de-DE';
  dir?: 'ltr' | 'rtl';
  /** The browser's text size: 200 % is the largest WCAG asks layouts to survive. */
  textZoom?: 1 | 2;
  forcedColors?: boolean;
  print?: boolean;
}

/** The test's name for a look: "light, phone", "de-DE, dark, desktop", … */
export function lookName(look: Look): string {
  return [
    look.locale && look.locale !== 'en-US' ? look.locale : undefined,
    look.dir === 'rtl' ? 'rtl' : undefined,
    look.theme ?? 'light',
    look.forcedColors ? 'forced colors' : undefined,
    look.textZoom === 2 ? 'text 200%' : undefined,
    look.print ? 'print' : undefined,
    look.width,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The file name of a look's picture, from the subject: "checklist-some-blocked-dark-phone". */
export function pictureName(subject: string, look: Look): string {
  return `${subject}-${lookName(look)}`
    .toLowerCase()
    .replace(/%/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A host page: its own surface and text colour from the theme (as a host that themes its page
 * would set them), the pinned font, no motion. The test screenshots this element, so the
 * picture holds the component and the page's padding around it, nothing of the test runner.
 */
export function Frame({ look, children }: { look: Look; children: ReactNode }) {
  const style = {
    '--iu-font-family': fontFamily,
    '--iu-motion-duration': '0s',
    fontFamily,
    boxSizing: 'border-box',
    inlineSize: '100%',
    padding: '16px',
    background: 'var(--iu-color-surface)',
    color: 'var(--iu-color-text)',
  } as CSSProperties;
  const locale = look.locale ?? 'en-US';
  return (
    <div
      data-testid="frame"
      data-theme={look.theme ?? 'light'}
      dir={look.dir ?? 'ltr'}
      lang={locale}
      style={style}
    >
      <LocaleProvider locale={locale} locales={[deDE]}>
        {children}
      </LocaleProvider>
    </div>
  );
}

/**
 * Sets the page as the look asks, before rendering: the viewport's width, the root font size
 * (the browser's text size), forced colours, and no motion. The system's colour scheme is
 * light, whatever the machine says, since forced colours take their palette from it; the
 * frame's `data-theme` picks the components' theme. The viewport starts 800 px tall;
 * `settle` fits it to the content.
 */
export async function prepare(look: Look): Promise<void> {
  document.documentElement.style.fontSize = look.textZoom === 2 ? '200%' : '';
  // No margin of the runner's page shows around the frame.
  document.body.style.margin = '0';
  await page.viewport(widths[look.width], 800);
  await commands.emulateMedia({
    colorScheme: 'light',
    forcedColors: look.forcedColors ? 'active' : 'none',
    reducedMotion: 'reduce',
    media: 'screen',
  });
}

/** Puts the page back as the browser had it, for the next test. */
export async function restore(): Promise<void> {
  document.documentElement.style.fontSize = '';
  document.body.style.margin = '';
  await commands.emulateMedia({
    colorScheme: null,
    forcedColors: null,
    reducedMotion: null,
    media: null,
  });
}

/** The code point ranges the pinned font covers, from its package's own list. */
const covered: [number, number][] = Object.values(fontRanges as Record<string, string>).flatMap(
  (ranges) =>
    ranges.split(',').map((range) => {
      const [from, to = from] = range.replace(/U\+/g, '').split('-');
      return [Number.parseInt(from ?? '', 16), Number.parseInt(to ?? '', 16)] as [number, number];
    }),
);

/** Characters in `text` that the pinned font lacks, which another font would draw. */
export function uncovered(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // Line breaks and tabs are never drawn.
    if (code < 0x20) continue;
    if (!covered.some(([from, to]) => code >= from && code <= to)) missing.add(char);
  }
  return [...missing];
}

/**
 * Waits until the picture can be taken: the font's files for every character shown have
 * loaded, every character shown is one the font has, and the viewport is tall enough to hold
 * the whole frame (a screenshot cannot see past the test page's viewport).
 */
export async function settle(frame: HTMLElement, look: Look): Promise<void> {
  const text = frame.textContent ?? '';
  const missing = uncovered(text);
  if (missing.length > 0) {
    throw new Error(
      `the pinned font lacks ${missing.map((c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase()}`).join(', ')}: another font would draw it and the picture would depend on the machine`,
    );
  }
  await Promise.all(
    [400, 600, 700].map((weight) => document.fonts.load(`${weight} 16px ${fontFamily}`, text)),
  );
  await document.fonts.ready;
  // `check` is also true when no face of that name exists at all: ask for a loaded one too.
  const loaded = [...document.fonts].some(
    (face) => face.family === fontFamily.replace(/'/g, '') && face.status === 'loaded',
  );
  if (!loaded || !document.fonts.check(`16px ${fontFamily}`, text)) {
    throw new Error('the pinned font has not loaded for every character shown');
  }
  const height = Math.ceil(frame.getBoundingClientRect().height);
  await page.viewport(widths[look.width], Math.max(height, 200));
  // Vitest shrinks the test page when it is larger than the browser's window (set in
  // vite.config.ts): a shrunk picture would compare at the wrong size.
  const scale = window.frameElement?.parentElement?.dataset.scale;
  if (scale !== undefined && Number(scale) !== 1) {
    throw new Error(`the test page is shown at ${scale} of its size: make the window taller`);
  }
}
