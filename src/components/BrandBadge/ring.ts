/**
 * Which brand marks need an outline. WCAG's non-text contrast asks 3:1 between a graphic and
 * what is next to it: a black mark on a dark surface, or a yellow one on white, would
 * otherwise lose its edge. The outline's colour is a token (BrandBadge.css), so it follows the
 * theme; what depends on the vendor, whether its colour needs the outline on each theme's
 * surfaces, is worked out here.
 */
import { contrastRatio } from '../../styles/color.js';

/**
 * The surfaces of each theme, as tokens.css sets them (`--iu-color-surface`,
 * `--iu-color-surface-muted`): the colours a badge sits on inside the components. The browser
 * test reads the tokens and fails if these drift from them.
 */
export const themeSurfaces = {
  light: ['#ffffff', '#f5f7f9'],
  dark: ['#0d1117', '#161b22'],
} as const;

/** The default `--iu-brand-neutral`: the mark of a vendor without a brand colour. */
export const neutralMark = '#5c6670';

/**
 * Whether a mark of `color` needs an outline on `theme`'s surfaces: whether it has less than
 * 3:1 (WCAG 2.2, success criterion 1.4.11) against any of them. A colour that is not `#rgb` or
 * `#rrggbb` reads as needing one.
 */
export function needsRing(color: string, theme: keyof typeof themeSurfaces): boolean {
  return themeSurfaces[theme].some((surface) => contrastRatio(color, surface) < 3);
}
