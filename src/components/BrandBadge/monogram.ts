/**
 * Fitting a monogram into the brand mark's square without measuring it: the badge renders on a
 * server, where there is no layout, so the letters' width is estimated from what they are and
 * the letters are scaled down before the browser ever draws them.
 */

/** A mark shows at most this many characters; a registry's longer monogram is cut to them. */
const maxMonogramLength = 3;

/**
 * The width the monogram may fill, in em of the mark's type: the square is 1.8em wide, less
 * a margin of 0.12em on each side (BrandBadge.css) so no letter touches the edge or the ring.
 */
const room = 1.56;

/**
 * The smallest scale, for three letters: below it a three-letter mark is too small to read at
 * the badge's small size. Three letters as wide as the estimates below are still fit at it,
 * with the mark widening slightly (the mark grows rather than clips).
 */
const smallestScale = 0.55;

/**
 * Widths in em of one character in a wide bold sans-serif (DejaVu Sans Bold, which Linux uses
 * for system-ui, is wider than the system fonts of macOS, Windows and Android), with the mark's
 * -0.02em letter spacing. The estimate errs wide: a narrower font only leaves more margin.
 */
const widths: readonly (readonly [pattern: RegExp, width: number])[] = [
  // Emoji and flags (a regional-indicator pair is one character), and keycaps: a digit with
  // the emoji variation selector or the enclosing keycap after it.
  [/[\p{Extended_Pictographic}\p{Regional_Indicator}]|\ufe0f|\u20e3/u, 1.3],
  // Full-width characters: Han, kana, Hangul, full-width Latin. 1em each.
  [/^[\p{Ideographic}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\uff01-\uff60]/u, 1.02],
  // The widest Cyrillic letters (Щ is 1.31em in DejaVu Sans Bold).
  [/^[ЖШЩЮЫжшщюы]/u, 1.32],
  // W and the ligatures (Œ is 1.15em).
  [/^[WwÆŒæœФф]/u, 1.16],
  // M (0.98em) and m, in Latin and Cyrillic.
  [/^[MmМм]/u, 1.03],
  // Narrow letters and marks (digits are all as wide as a capital).
  [/^[IJijlftr.,:;'’!|()[\]Іі]/u, 0.5],
  // Any other letter or digit of Latin, Greek or Cyrillic.
  [/^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]/u, 0.86],
];

/** Any other script or symbol: wider than Latin capitals, to be safe. */
const otherWidth = 1.2;

let segmenter: Intl.Segmenter | undefined;

/**
 * The first `count` characters as a reader sees them (a flag, an emoji sequence, a letter with
 * its accents), read lazily so a very long string costs no more than a short one.
 */
function firstCharacters(text: string, count: number): string[] {
  const found: string[] = [];
  segmenter ??= new Intl.Segmenter();
  for (const { segment } of segmenter.segment(text)) {
    if (found.push(segment) === count) break;
  }
  return found;
}

/** The estimated width of one character, read from its base letter (`Š` → `S`). */
function widthOf(character: string): number {
  const base = character.normalize('NFD');
  for (const [pattern, width] of widths) {
    if (pattern.test(base)) return width;
  }
  return otherWidth;
}

/** A monogram as the mark shows it: trimmed, its first three characters, and its scale. */
export interface FittedMonogram {
  /** The characters drawn; `?` when nothing visible is left. */
  text: string;
  /** The type's scale, 0.55 to 1, that fits the text in the mark's square. */
  scale: number;
}

/**
 * The monogram cut to what a mark shows and the scale that fits it in the mark's square. Pure
 * and the same on the server and in the browser, so hydration finds the same markup.
 */
export function fitMonogram(monogram: string): FittedMonogram {
  // Invisible format characters (zero-width spaces, direction marks) take no room.
  const visible = monogram.replace(/\p{Cf}/gu, '').trim();
  const shown = firstCharacters(visible, maxMonogramLength);
  if (shown.length === 0) return { text: '?', scale: 1 };
  const width = shown.reduce((sum, character) => sum + widthOf(character), 0);
  // Two decimals: enough for a font size, and a stable string in the markup.
  const scale = Math.max(smallestScale, Math.min(1, Math.floor((room / width) * 100) / 100));
  return { text: shown.join(''), scale };
}
