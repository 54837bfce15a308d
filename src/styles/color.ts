/** Colour arithmetic from WCAG 2.2, used to keep text on brand colours readable. */

function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rgb` or `#rrggbb` colour (0 to 1); `undefined` for anything else. */
export function relativeLuminance(hex: string): number | undefined {
  const digits = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())?.[1];
  if (!digits) return undefined;
  const width = digits.length / 3;
  // One digit per channel is doubled ("a" → "aa"); two digits are read as they are.
  const [r = 0, g = 0, b = 0] = [0, 1, 2].map(
    (i) => Number.parseInt(digits.slice(i * width, (i + 1) * width).repeat(3 - width), 16) / 255,
  );
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio between two colours (1 to 21); 1 when either is not a hex colour. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  if (la === undefined || lb === undefined) return 1;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The light and dark text colours the library draws on brand colours. */
export const markText = { light: '#fff', dark: '#111' } as const;

/**
 * Whichever of the two text colours has more contrast on `background`. The two contrasts are
 * equal where (1 + 0.05) / (L + 0.05) = (L + 0.05) / (L(#111) + 0.05), at L ≈ 0.19: above it
 * dark text wins. Comparing one luminance keeps this cheap for a badge drawn many times.
 */
export function readableTextOn(background: string): string {
  return (relativeLuminance(background) ?? 0) > 0.19 ? markText.dark : markText.light;
}
