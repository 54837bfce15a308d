import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import {
  BrandBadge,
  type BrandLogos,
  brandLogoFor,
  getBrand,
  getVendor,
  mergeVendorHealth,
  type VendorRegistry,
  vendors,
} from '../../src/index.js';
import { renderOnServer, renderOnServerThenHydrate } from '../helpers/server-render.js';

describe('BrandBadge', () => {
  it.each(Object.keys(vendors))('shows the brand name for %s and marks it known', (code) => {
    const { container } = render(<BrandBadge vendor={code} />);
    const root = container.firstElementChild;
    expect(root).toHaveAttribute('data-vendor', code);
    expect(root).toHaveAttribute('data-known', 'true');
    expect(root?.querySelector('[data-part="name"]')).toHaveTextContent(vendors[code]?.name ?? '');
  });

  it('writes brands as their makers do', () => {
    render(
      <>
        <BrandBadge vendor="SKODA" />
        <BrandBadge vendor="VOLKSWAGEN" />
        <BrandBadge vendor="MERCEDES" />
        <BrandBadge vendor="SEAT" />
      </>,
    );
    for (const name of ['ŠKODA', 'Volkswagen', 'Mercedes-Benz', 'SEAT']) {
      expect(screen.getByText(name)).toBeInTheDocument();
    }
  });

  it('ignores case and surrounding spaces in a code', () => {
    const { container } = render(<BrandBadge vendor="  skoda " />);
    expect(screen.getByText('ŠKODA')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-known', 'true');
  });

  it.each([
    ['Deye', 'Deye', 'Deye'],
    ['DEYE', 'Deye', 'Deye'],
    [' deye ', 'Deye', 'Deye'],
    ['CSISolar', 'CSISolar', 'CSI Solar'],
    ['csisolar', 'CSISolar', 'CSI Solar'],
    ['Hoymiles', 'Hoymiles', 'Hoymiles'],
    ['HOYMILES', 'Hoymiles', 'Hoymiles'],
  ])('finds the mixed-case code %j and shows its brand name', (given, code, name) => {
    const { container } = render(<BrandBadge vendor={given} />);
    const root = container.firstElementChild;
    expect(root).toHaveAttribute('data-vendor', code);
    expect(root).toHaveAttribute('data-known', 'true');
    expect(root?.querySelector('[data-part="name"]')).toHaveTextContent(name);
    expect(root?.querySelector('[data-part="mark"]')?.getAttribute('style')).toContain(
      '--iu-brand-color',
    );
  });

  it('shows the names the API gives when passed its vendor health', () => {
    const { value: registry } = mergeVendorHealth([
      {
        vendor: 'SKODA',
        displayName: 'Škoda',
        status: 'READY',
        portalName: 'MyŠkoda',
        linkingStatus: 'READY',
      },
      {
        vendor: 'ACME_EV',
        displayName: 'Acme EV',
        status: 'READY',
        portalName: 'Acme',
        linkingStatus: 'READY',
      },
    ]);
    render(
      <>
        <BrandBadge vendor="skoda" vendors={registry} />
        <BrandBadge vendor="ACME_EV" vendors={registry} />
        <BrandBadge vendor="ACME_EV" />
      </>,
    );
    expect(screen.getByText('Škoda')).toBeInTheDocument();
    expect(screen.queryByText('ŠKODA')).toBeNull();
    expect(screen.getByText('Acme EV')).toBeInTheDocument();
    // Without the registry the same code reads as an unknown brand, named from the code.
    expect(screen.getByText('Acme Ev')).toBeInTheDocument();
  });

  it('derives a readable name for a code it does not know, with a neutral mark', () => {
    const { container } = render(<BrandBadge vendor="LAND_ROVER" />);
    const root = container.firstElementChild;
    expect(screen.getByText('Land Rover')).toBeInTheDocument();
    expect(root).toHaveAttribute('data-known', 'false');
    expect(root).toHaveAttribute('data-vendor', 'LAND_ROVER');
    const mark = root?.querySelector('[data-part="mark"]');
    expect(mark).toHaveTextContent('LR');
    expect(mark?.getAttribute('style') ?? '').not.toContain('--iu-brand-color');
  });

  it.each([
    ['an empty string', ''],
    ['spaces only', '   '],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', { code: 'SKODA' }],
    ['an array', ['SKODA']],
  ])('reads "Unknown brand" for %s', (_, vendor) => {
    const { container } = render(<BrandBadge vendor={vendor} />);
    expect(screen.getByText('Unknown brand')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-known', 'false');
    expect(container.firstElementChild).toHaveAttribute('data-vendor', '');
  });

  it('shows hostile strings as text and never as markup', () => {
    const hostile = '<img src=x onerror="globalThis.pwned=1">';
    const { container } = render(<BrandBadge vendor={hostile} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('keeps the mark out of the accessibility tree', () => {
    const { container } = render(<BrandBadge vendor="TESLA" />);
    expect(container.querySelector('[data-part="mark"]')).toHaveAttribute('aria-hidden', 'true');
  });

  it('is one image named after the brand when the name is hidden', () => {
    render(<BrandBadge vendor="SKODA" showName={false} />);
    expect(screen.getByRole('img', { name: 'ŠKODA' })).toBeInTheDocument();
    expect(screen.queryByText('ŠKODA')).toBeNull();
  });

  it('draws the monogram on the brand colour', () => {
    const { container } = render(<BrandBadge vendor="VOLKSWAGEN" />);
    const mark = container.querySelector<HTMLElement>('[data-part="mark"]');
    expect(mark).toHaveTextContent('VW');
    expect(mark?.style.getPropertyValue('--iu-brand-color')).toBe(getVendor('VOLKSWAGEN')?.color);
  });

  it.each(['sm', 'md', 'lg'] as const)('exposes size %s for styling', (size) => {
    const { container } = render(<BrandBadge vendor="BMW" size={size} />);
    expect(container.firstElementChild).toHaveAttribute('data-size', size);
  });

  it('has no axe violations, named or not, known or not', async () => {
    const { container } = render(
      <div>
        <BrandBadge vendor="SKODA" />
        <BrandBadge vendor="SKODA" showName={false} />
        <BrandBadge vendor="NOT_A_BRAND" />
        <BrandBadge vendor={null} showName={false} />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

/** A registry naming one made-up vendor, `ACME`, with the given monogram. */
const withMonogram = (monogram: string): VendorRegistry => ({
  vendors: { ACME: { code: 'ACME', name: 'Acme', monogram, deviceTypes: [], known: true } },
});

const monogramOf = (container: Element) => container.querySelector('[data-part="monogram"]');

describe('BrandBadge monograms', () => {
  it('draws every letter of the three-letter monograms of the registry', () => {
    for (const code of ['BMW', 'SMA', 'GMC', 'BYD']) {
      const { container, unmount } = render(<BrandBadge vendor={code} />);
      expect(monogramOf(container)).toHaveTextContent(getBrand(code)?.monogram ?? '');
      unmount();
    }
  });

  it('draws wider letters smaller, so they fit the same square', () => {
    const scale = (vendor: string, vendors?: VendorRegistry) => {
      const { container, unmount } = render(<BrandBadge vendor={vendor} vendors={vendors} />);
      const value = (monogramOf(container) as HTMLElement).style.getPropertyValue(
        '--iu-brand-monogram-scale',
      );
      unmount();
      return value === '' ? 1 : Number(value);
    };
    // One letter is drawn at full size; two, then three, ever smaller; wide ones smaller still.
    expect(scale('TESLA')).toBe(1);
    expect(scale('ACME', withMonogram('LR'))).toBeLessThan(1);
    expect(scale('ACME', withMonogram('MW'))).toBeLessThan(scale('ACME', withMonogram('LR')));
    expect(scale('BMW')).toBeLessThan(scale('ACME', withMonogram('MW')));
    expect(scale('ACME', withMonogram('中国'))).toBeLessThan(scale('ACME', withMonogram('LR')));
    // A keycap emoji is as wide as any emoji, not as its digit.
    expect(scale('ACME', withMonogram('1\ufe0f\u20e32\ufe0f\u20e3'))).toBe(
      scale('ACME', withMonogram('😀😀')),
    );
    expect(scale('BMW')).toBeGreaterThan(0.5);
  });

  it('shows at most three characters of a registry’s monogram, a flag or accent whole', () => {
    const shown = (monogram: string) => {
      const { container, unmount } = render(
        <BrandBadge vendor="ACME" vendors={withMonogram(monogram)} />,
      );
      const text = monogramOf(container)?.textContent;
      unmount();
      return text;
    };
    expect(shown('ABCDEFG')).toBe('ABC');
    expect(shown('🇳🇴🇸🇪🇩🇰🇫🇮')).toBe('🇳🇴🇸🇪🇩🇰');
    expect(shown('Ş\u0327ŁŻW')).toBe('Ş\u0327ŁŻ');
    expect(shown('\u200b\u200eA\u200bB')).toBe('AB');
    expect(shown('   ')).toBe('?');
  });

  it('reads a monogram of a million characters without trouble', () => {
    const { container } = render(
      <BrandBadge vendor="ACME" vendors={withMonogram('Щ'.repeat(1_000_000))} />,
    );
    expect(monogramOf(container)).toHaveTextContent(/^ЩЩЩ$/);
    expect(screen.getByText('Acme')).toBeInTheDocument();
  });
});

describe('brandLogoFor', () => {
  const bmw = <img src="/logos/bmw.svg" alt="" />;
  const deye = <svg aria-hidden="true" />;
  const logos: BrandLogos = { BMW: bmw, deye, SKODA: undefined };

  it('finds a logo whatever the case and spaces of the code', () => {
    for (const vendor of ['BMW', 'bmw', ' Bmw ', 'BMW\u200b']) {
      expect(brandLogoFor(logos, vendor), vendor).toBe(bmw);
    }
    for (const vendor of ['Deye', 'DEYE', 'deye']) {
      expect(brandLogoFor(logos, vendor), vendor).toBe(deye);
    }
  });

  it('gives null for a vendor without a logo, and for any input that is not a code', () => {
    for (const vendor of ['TESLA', 'SKODA', '', '   ', null, undefined, 42, {}, ['BMW']]) {
      expect(brandLogoFor(logos, vendor), String(vendor)).toBeNull();
    }
    for (const map of [null, undefined, 'BMW', 42, true]) {
      expect(brandLogoFor(map as unknown as BrandLogos, 'BMW'), String(map)).toBeNull();
    }
  });

  it('reads only the map’s own entries, never Object.prototype', () => {
    for (const vendor of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(brandLogoFor({}, vendor), vendor).toBeNull();
      expect(brandLogoFor(Object.create(null), vendor), vendor).toBeNull();
    }
    const inherited = Object.create({ BMW: bmw }) as BrandLogos;
    expect(brandLogoFor(inherited, 'BMW')).toBeNull();
  });

  it('passes its result straight to BrandBadge', () => {
    const { container } = render(
      <>
        <BrandBadge vendor="bmw" logo={brandLogoFor(logos, 'bmw')} />
        <BrandBadge vendor="TESLA" logo={brandLogoFor(logos, 'TESLA')} />
      </>,
    );
    const [withLogo, without] = container.querySelectorAll('[data-part="root"]');
    expect(withLogo?.querySelector('img')).toHaveAttribute('src', '/logos/bmw.svg');
    expect(withLogo).toHaveAttribute('data-logo', 'true');
    expect(without).toHaveAttribute('data-logo', 'false');
    expect(without?.querySelector('[data-part="monogram"]')).toHaveTextContent('T');
  });
});

describe('BrandBadge with a logo', () => {
  const logo = <img src="/logos/bmw.svg" alt="A blue and white roundel" />;

  it('draws the logo in the mark, in place of the monogram', () => {
    const { container } = render(<BrandBadge vendor="BMW" logo={logo} />);
    const mark = container.querySelector('[data-part="mark"]');
    expect(mark?.querySelector('img')).toHaveAttribute('src', '/logos/bmw.svg');
    expect(mark?.querySelector('[data-part="monogram"]')).toBeNull();
    expect(mark?.textContent).toBe('');
    // The logo brings its own colours: no brand colour, no ring.
    expect(mark?.getAttribute('style')).toBeNull();
  });

  it('keeps the brand’s name as the badge’s name, whatever the logo’s alt', () => {
    render(
      <>
        <BrandBadge vendor="BMW" logo={logo} />
        <BrandBadge vendor="BMW" logo={logo} showName={false} />
      </>,
    );
    // The mark-only badge is one image, named after the brand; the logo itself is hidden.
    expect(screen.getAllByRole('img')).toHaveLength(1);
    expect(screen.getByRole('img', { name: 'BMW' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /roundel/ })).toBeNull();
    expect(screen.getByText('BMW')).toBeVisible();
  });

  it.each([
    ['a URL string', '/logos/bmw.svg'],
    ['an empty string', ''],
    ['a number', 7],
    ['a plain object from a cache', { type: 'img', props: { src: '/logos/bmw.svg' } }],
    ['an array', [logo]],
    ['a promise', Promise.resolve(logo)],
    ['true', true],
    ['null', null],
  ])('shows the monogram when the logo is %s, not a React element', (_, bad) => {
    const { container } = render(<BrandBadge vendor="BMW" logo={bad as never} />);
    expect(monogramOf(container)).toHaveTextContent('BMW');
    expect(container.firstElementChild).toHaveAttribute('data-logo', 'false');
    expect(container.textContent).not.toContain('/logos/');
  });

  it('takes a lazy element, as a Server Component’s logo can arrive', () => {
    // What React's Flight client hands a client component for an element sent on its own: a
    // lazy node over a settled chunk.
    const node = {
      $$typeof: Symbol.for('react.lazy'),
      _payload: { status: 'fulfilled', value: <svg data-testid="lazy-logo" /> },
      _init: (payload: { value: unknown }) => payload.value,
    };
    const { container } = render(<BrandBadge vendor="BMW" logo={node as never} />);
    expect(container.firstElementChild).toHaveAttribute('data-logo', 'true');
    expect(screen.getByTestId('lazy-logo')).toBeInTheDocument();
  });

  it('renders the logo on the server and hydrates it with nothing reported', async () => {
    const html = renderOnServer(<BrandBadge vendor="BMW" logo={logo} showName={false} />);
    expect(html).toContain('src="/logos/bmw.svg"');
    expect(html).toContain('aria-label="BMW"');
    const hydrated = await renderOnServerThenHydrate(
      <BrandBadge vendor="BMW" logo={logo} ref={createRef()} />,
    );
    expect(hydrated.messages).toEqual([]);
    expect(hydrated.container.querySelector('img')).toBeInTheDocument();
    hydrated.unmount();
  });

  it('has no axe violations with a logo, named or not', async () => {
    const { container } = render(
      <div>
        <BrandBadge vendor="BMW" logo={logo} />
        <BrandBadge vendor="BMW" logo={<svg aria-hidden="true" />} showName={false} />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
