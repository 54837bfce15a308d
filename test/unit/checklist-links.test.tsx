// The links an item offers: the maker's app or portal to open and the app's store pages, from
// the catalogue or from the host's `links`, and never an address that is not a web address.
import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { catalogue, getEntry } from '../../src/catalogue/index.js';
import {
  InterventionChecklist,
  type InterventionLinks,
  linksOf,
  type PlanItem,
  webAddress,
} from '../../src/index.js';
import { withLiveInterventions } from '../../src/live/index.js';
import {
  specInterventionsResponse,
  teslaRelinkIntervention,
} from '../fixtures/interventions-spec.js';
import {
  newTabName,
  panelOf,
  planFor,
  titleOf,
  trigger,
  vw,
  withoutInterventions,
} from './checklist-queries.js';

const weConnect = 'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9';
const vwItems = planFor(vw).items;
const weConnectItem = vwItems.find((item) => item.id === weConnect) as PlanItem;
const otherVwItem = vwItems.find((item) => item.id !== weConnect) as PlanItem;
/** The bundled Volkswagen links, as the catalogue writes them. */
const bundled = getEntry(catalogue, weConnect)?.links;

/**
 * Addresses a link must never carry: some run code or show a page made of the address itself,
 * and none is a maker's web page to open.
 */
const unsafe = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/0b1c',
  'mailto:owner@example.com',
  'ftp://example.com/app',
];

/** The links in a container are these, in this order: each its accessible name and address. */
function expectLinks(
  container: HTMLElement,
  expected: readonly { name: string; href: string | undefined }[],
) {
  const links = within(container).queryAllByRole('link');
  expect(links).toHaveLength(expected.length);
  expected.forEach(({ name, href }, index) => {
    expect(links[index]).toHaveAccessibleName(name);
    expect(links[index]).toHaveAttribute('href', href);
  });
}

describe('webAddress', () => {
  it('keeps https and http addresses, in the form a browser resolves them to', () => {
    expect(webAddress('https://www.myvolkswagen.net')).toBe('https://www.myvolkswagen.net/');
    expect(webAddress('http://example.com/app?x=1#y')).toBe('http://example.com/app?x=1#y');
    expect(webAddress('HTTPS://Example.COM/Path')).toBe('https://example.com/Path');
    // Spaces around an address are not part of it.
    expect(webAddress('  https://example.com/  ')).toBe('https://example.com/');
  });

  it.each(unsafe)('drops %j', (address) => {
    expect(webAddress(address)).toBeUndefined();
  });

  it.each([
    ['an empty string', ''],
    ['a relative path', '/connect'],
    ['a bare host', 'www.example.com'],
    ['a scheme alone', 'https://'],
    ['null', null],
    ['a number', 42],
    ['an object', { href: 'https://example.com/' }],
    ['an array', ['https://example.com/']],
  ])('drops %s', (_, value) => {
    expect(webAddress(value)).toBeUndefined();
  });

  it('drops an address longer than any real one, at once', () => {
    const long = `https://example.com/${'a'.repeat(5000)}`;
    expect(webAddress(long)).toBeUndefined();
    expect(webAddress(`https://example.com/${'a'.repeat(2000)}`)).toMatch(/^https:/);
  });
});

describe('linksOf', () => {
  it("gives an item its catalogue's links: the portal to open, and the app's store pages", () => {
    expect(bundled?.portal).toBeDefined();
    expect(linksOf(weConnectItem)).toEqual({
      open: webAddress(bundled?.portal),
      ios: bundled?.app?.ios,
      android: bundled?.app?.android,
    });
  });

  it("opens the maker's page about its app where it names no portal", () => {
    const [teslaItem] = planFor({
      vendor: 'TESLA',
      capabilities: {
        chargeState: {
          isCapable: false,
          interventionIds: ['c8a9fe78-44fd-482a-bebc-ef6047e6c0fe'],
        },
      },
    }).items;
    const links = teslaItem?.entry?.links;
    expect(links?.portal).toBeUndefined();
    expect(links?.app?.web).toBeDefined();
    expect(linksOf(teslaItem as PlanItem).open).toBe(links?.app?.web);
  });

  it("takes the host's links for the item's vendor, in place of the catalogue's", () => {
    const host: InterventionLinks = { VOLKSWAGEN: { portal: 'https://vw.example/connect' } };
    // Replaced, not merged: the catalogue's store pages go with the rest.
    expect(linksOf(weConnectItem, host)).toEqual({ open: 'https://vw.example/connect' });
    expect(linksOf(otherVwItem, host)).toEqual({ open: 'https://vw.example/connect' });
  });

  it("takes the host's links for the item's id over those for its vendor", () => {
    const host: InterventionLinks = {
      VOLKSWAGEN: { portal: 'https://vw.example/connect' },
      [weConnect]: { app: { web: 'https://vw.example/we-connect', ios: 'https://apps.example/1' } },
    };
    expect(linksOf(weConnectItem, host)).toEqual({
      open: 'https://vw.example/we-connect',
      ios: 'https://apps.example/1',
    });
    expect(linksOf(otherVwItem, host)).toEqual({ open: 'https://vw.example/connect' });
  });

  it("keeps the catalogue's links where the host names another vendor, or none for this one", () => {
    const catalogued = linksOf(weConnectItem);
    expect(linksOf(weConnectItem, { TESLA: { portal: 'https://tesla.example/' } })).toEqual(
      catalogued,
    );
    expect(linksOf(weConnectItem, { VOLKSWAGEN: null, [weConnect]: undefined })).toEqual(
      catalogued,
    );
    expect(linksOf(weConnectItem, {})).toEqual(catalogued);
  });

  it('never offers an address that is not a web address, from the host or the catalogue', () => {
    for (const address of unsafe) {
      const host: InterventionLinks = {
        VOLKSWAGEN: { portal: address, app: { web: address, ios: address, android: address } },
      };
      expect(linksOf(weConnectItem, host), address).toEqual({});
    }
    const unsafeCatalogue = {
      ...weConnectItem,
      entry: {
        ...(weConnectItem.entry as NonNullable<PlanItem['entry']>),
        links: { portal: 'javascript:alert(1)', app: { ios: 'https://apps.example/1' } },
      },
    };
    expect(linksOf(unsafeCatalogue)).toEqual({ ios: 'https://apps.example/1' });
  });

  it('reads malformed links as none, and never an inherited member as a host entry', () => {
    const malformed = [
      'https://vw.example/',
      42,
      { app: 'https://vw.example/' },
      { app: null, portal: 7 },
      { app: { ios: ['https://apps.example/1'] } },
    ];
    for (const value of malformed) {
      const host = { VOLKSWAGEN: value } as unknown as InterventionLinks;
      expect(linksOf(weConnectItem, host), JSON.stringify(value)).toEqual({});
    }
    // Ids and vendor codes from live data may be anything, `constructor` and `__proto__` too.
    for (const id of ['constructor', '__proto__', 'toString']) {
      const item: PlanItem = { id, known: false, vendor: id, unlocks: ['location'] };
      expect(linksOf(item, {}), id).toEqual({});
    }
  });

  it('gives an intervention the catalogue does not know the links the host names for it', () => {
    const unknown: PlanItem = { id: 'f00d-1', known: false, vendor: 'volkswagen', unlocks: [] };
    expect(linksOf(unknown)).toEqual({});
    expect(linksOf(unknown, { 'f00d-1': { portal: 'https://vw.example/help' } })).toEqual({
      open: 'https://vw.example/help',
    });
    // A vendor code in any case finds the host's entry for it.
    expect(linksOf(unknown, { VOLKSWAGEN: { portal: 'https://vw.example/' } })).toEqual({
      open: 'https://vw.example/',
    });
  });
});

describe('InterventionChecklist links', () => {
  it("opens the catalogue's portal, and offers the app's store pages, each in a new tab", () => {
    render(<InterventionChecklist capabilities={vw.capabilities} vendor={vw.vendor} />);
    const panel = panelOf(trigger(titleOf(weConnectItem)));
    expectLinks(panel, [
      { name: newTabName('Open Volkswagen app'), href: webAddress(bundled?.portal) },
      { name: newTabName('App Store'), href: bundled?.app?.ios },
      { name: newTabName('Google Play'), href: bundled?.app?.android },
    ]);
    for (const link of within(panel).getAllByRole('link')) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('rel')?.split(' ')).toEqual(
        expect.arrayContaining(['noopener', 'noreferrer']),
      );
    }
    expect(within(panel).getByText(/^Get the app:/)).toBeVisible();
  });

  it("shows the host's links for a vendor on each of its items, and for an id on that one", () => {
    const links: InterventionLinks = {
      VOLKSWAGEN: { portal: 'https://vw.example/connect' },
      [weConnect]: {
        portal: 'https://vw.example/we-connect',
        app: { android: 'https://play.example/vw' },
      },
    };
    render(
      <InterventionChecklist
        capabilities={vw.capabilities}
        vendor={vw.vendor}
        links={links}
        defaultExpanded={[weConnect, otherVwItem.id]}
      />,
    );
    expectLinks(panelOf(trigger(titleOf(weConnectItem))), [
      { name: newTabName('Open Volkswagen app'), href: 'https://vw.example/we-connect' },
      { name: newTabName('Google Play'), href: 'https://play.example/vw' },
    ]);
    expectLinks(panelOf(trigger(titleOf(otherVwItem))), [
      { name: newTabName('Open Volkswagen app'), href: 'https://vw.example/connect' },
    ]);
  });

  it('follows new links the host passes', () => {
    const props = {
      capabilities: vw.capabilities,
      vendor: vw.vendor,
      defaultExpanded: [weConnect],
    };
    const { rerender } = render(
      <InterventionChecklist {...props} links={{ VOLKSWAGEN: { portal: 'https://a.example/' } }} />,
    );
    const open = () =>
      within(panelOf(trigger(titleOf(weConnectItem)))).getByRole('link', {
        name: newTabName('Open Volkswagen app'),
      });
    expect(open()).toHaveAttribute('href', 'https://a.example/');
    rerender(
      <InterventionChecklist {...props} links={{ VOLKSWAGEN: { portal: 'https://b.example/' } }} />,
    );
    expect(open()).toHaveAttribute('href', 'https://b.example/');
    rerender(<InterventionChecklist {...props} />);
    expect(open()).toHaveAttribute('href', webAddress(bundled?.portal));
  });

  it('turns no unsafe address into a link, and still shows the rest of the panel', () => {
    const address = unsafe[0] as string;
    const links: InterventionLinks = {
      VOLKSWAGEN: {
        portal: address,
        app: { web: 'data:text/html,x', ios: 'JavaScript:alert(1)', android: 'vbscript:x' },
      },
    };
    const { container } = render(
      <InterventionChecklist
        capabilities={vw.capabilities}
        vendor={vw.vendor}
        links={links}
        defaultExpanded={vwItems.map((item) => item.id)}
      />,
    );
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(container.querySelector('a, [href]')).toBeNull();
    expect(container).not.toHaveTextContent(/Get the app/);
    // Nothing else is lost: each item can still be marked done.
    for (const item of vwItems) {
      expect(
        within(panelOf(trigger(titleOf(item)))).getByRole('button', {
          name: `Mark as done: ${titleOf(item)}`,
        }),
      ).toBeVisible();
    }
  });

  it('offers the host’s link for an intervention the catalogue does not know', () => {
    const id = 'f00d1e55-0000-4000-8000-000000000001';
    render(
      <InterventionChecklist
        capabilities={{ location: { isCapable: false, interventionIds: [id] } }}
        vendor="VOLKSWAGEN"
        links={{ [id]: { portal: 'https://vw.example/help' } }}
      />,
    );
    const panel = panelOf(trigger('Action needed in Volkswagen app'));
    expectLinks(panel, [
      { name: newTabName('Open Volkswagen app'), href: 'https://vw.example/help' },
    ]);
  });

  it('offers no link where the owner reconnects instead, or where nothing is left to do', () => {
    const live = withLiveInterventions(catalogue, specInterventionsResponse).catalogue;
    const links: InterventionLinks = {
      TESLA: { portal: 'https://tesla.example/', app: { ios: 'https://apps.example/tesla' } },
    };
    const { unmount } = render(
      <InterventionChecklist
        capabilities={{
          chargeState: { isCapable: false, interventionIds: [teslaRelinkIntervention.id] },
        }}
        vendor="TESLA"
        catalogue={live}
        links={links}
        onRelink={() => {}}
      />,
    );
    const title = teslaRelinkIntervention.resolution.title;
    const panel = panelOf(trigger(title));
    expect(within(panel).getByRole('button', { name: `Reconnect: ${title}` })).toBeVisible();
    expect(panel.querySelector('[data-part="open-link"], [data-part="store-link"]')).toBeNull();
    unmount();

    // Resolved by a new snapshot: its guidance stays to read, with nothing to open.
    const { rerender } = render(
      <InterventionChecklist capabilities={vw.capabilities} vendor={vw.vendor} />,
    );
    rerender(
      <InterventionChecklist
        capabilities={withoutInterventions(vw.capabilities, [weConnect])}
        vendor={vw.vendor}
      />,
    );
    expect(trigger(titleOf(weConnectItem))).toHaveAttribute('aria-expanded', 'true');
    expectLinks(panelOf(trigger(titleOf(weConnectItem))), []);
  });

  it("sends the open step's links in the server's HTML", () => {
    const html = renderToString(
      <InterventionChecklist
        capabilities={vw.capabilities}
        vendor={vw.vendor}
        links={{ VOLKSWAGEN: { portal: 'https://vw.example/connect?a=1&b=2' } }}
      />,
    );
    expect(html).toContain('href="https://vw.example/connect?a=1&amp;b=2"');
    expect(html).toContain('target="_blank"');
  });
});
