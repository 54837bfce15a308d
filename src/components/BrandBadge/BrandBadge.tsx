'use client';

import {
  type ComponentPropsWithoutRef,
  type CSSProperties,
  forwardRef,
  isValidElement,
  type ReactNode,
  useContext,
} from 'react';
import type { brandBadgeAnatomy, PartClassNames } from '../../anatomy/index.js';
import { getBrand } from '../../catalogue/brands.js';
import type { VendorRegistry } from '../../catalogue/vendors.js';
import { LocaleContext } from '../../i18n/context.js';
import { brandEnUS } from '../../i18n/en-US/brand.js';
import { readableTextOn } from '../../styles/color.js';
import { cx } from '../../utils/cx.js';
import { fitMonogram } from './monogram.js';
import { needsRing, neutralMark } from './ring.js';

export type BrandBadgeSize = 'sm' | 'md' | 'lg';

/** A class per part of the badge, for the `classNames` prop. */
export type BrandBadgeClassNames = PartClassNames<typeof brandBadgeAnatomy>;

export interface BrandBadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /**
   * The vendor code as the API sends it (`SKODA`, `VOLKSWAGEN`). Any value is accepted: an
   * unknown code gets a name derived from it, anything that is not a non-empty string reads
   * "Unknown brand".
   */
  vendor: unknown;
  /**
   * The badge's size.
   * @default 'md'
   */
  size?: BrandBadgeSize;
  /**
   * Show the brand name beside the mark. When `false`, the name is still the badge's
   * accessible name.
   * @default true
   */
  showName?: boolean;
  /**
   * A logo of your own for this vendor (an `<img>` or `<svg>` element; several in a fragment),
   * drawn in the mark's square in place of the monogram, on no background of the library's
   * (`--iu-brand-logo-background` sets one). The mark stays out of the accessibility tree, so
   * the badge is still named after the brand whatever the logo's `alt`; keep the logo free of
   * links and buttons. Anything that is not a React element (a string, a URL, a plain object
   * from a cache) is ignored and the monogram shows. Look a vendor's logo up in a map of yours
   * with `brandLogoFor`.
   * @default undefined (the monogram on the brand colour)
   */
  logo?: ReactNode;
  /**
   * A class for any part (`root`, `mark`, `monogram`, `name`), beside the `--iu-` variables.
   * @default undefined (no classes of yours)
   */
  classNames?: BrandBadgeClassNames;
  /**
   * Vendors as the API describes them (what `mergeVendorHealth` returns), over the bundled
   * registry: their names win, and a vendor only they list is named.
   * @default undefined (the bundled registry alone)
   */
  vendors?: VendorRegistry;
}

/**
 * Whether a `logo` prop can be drawn: a React element, or a lazy one (what a Server Component's
 * element may arrive as while it streams). Strings, numbers, arrays and plain objects are not
 * logos: a URL would show as text, and an object would stop React rendering.
 */
function isLogo(logo: unknown): boolean {
  return (
    isValidElement(logo) ||
    (typeof logo === 'object' &&
      logo !== null &&
      (logo as { $$typeof?: unknown }).$$typeof === Symbol.for('react.lazy'))
  );
}

/**
 * The brand colour and, for each theme whose surfaces are too close to it, the flag that
 * draws the mark's outline there, as the variables BrandBadge.css reads. Without a brand
 * colour the mark is the neutral one, whose outline is worked out from the token's default.
 */
function markVariables(color: string | undefined): CSSProperties {
  const fill = color ?? neutralMark;
  return {
    ...(color ? { '--iu-brand-color': color, '--iu-brand-contrast': readableTextOn(color) } : {}),
    ...(needsRing(fill, 'light') ? { '--iu-brand-ring-on-light': 1 } : {}),
    ...(needsRing(fill, 'dark') ? { '--iu-brand-ring-on-dark': 1 } : {}),
  } as CSSProperties;
}

/**
 * A vendor's brand: a monogram drawn on the brand colour (or a logo of the host's), and the
 * name as the maker writes it. The mark is decorative; the name is what assistive technology
 * reads.
 */
export const BrandBadge = forwardRef<HTMLSpanElement, BrandBadgeProps>(function BrandBadge(
  { vendor, size = 'md', showName = true, logo, classNames, vendors, className, ...rest },
  ref,
) {
  // The one string a badge may show; read straight from the provider to keep the badge small.
  const locale = useContext(LocaleContext);
  const info = getBrand(vendor, vendors);
  const name =
    info?.name ??
    locale.overrides?.brand?.unknown ??
    locale.messages?.brand.unknown ??
    brandEnUS.unknown;
  const hasLogo = isLogo(logo);
  const monogram = hasLogo ? undefined : fitMonogram(info?.monogram ?? '?');

  // Without the visible name the badge is one image named after the brand.
  const nameProps = showName ? {} : { role: 'img', 'aria-label': name };

  return (
    <span
      {...rest}
      {...nameProps}
      ref={ref}
      className={cx('iu-brand-badge', className, classNames?.root)}
      data-scope="brand-badge"
      data-part="root"
      data-vendor={info?.code ?? ''}
      data-known={info?.known ? 'true' : 'false'}
      data-size={size}
      data-logo={hasLogo ? 'true' : 'false'}
      data-mark-only={showName ? 'false' : 'true'}
    >
      <span
        data-scope="brand-badge"
        data-part="mark"
        className={classNames?.mark}
        aria-hidden="true"
        style={hasLogo ? undefined : markVariables(info?.color)}
      >
        {monogram ? (
          <span
            data-scope="brand-badge"
            data-part="monogram"
            className={classNames?.monogram}
            style={
              monogram.scale < 1
                ? ({ '--iu-brand-monogram-scale': monogram.scale } as CSSProperties)
                : undefined
            }
          >
            {monogram.text}
          </span>
        ) : (
          logo
        )}
      </span>
      {showName ? (
        <span data-scope="brand-badge" data-part="name" className={classNames?.name}>
          {name}
        </span>
      ) : null}
    </span>
  );
});
