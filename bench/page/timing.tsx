// First mounts in the browser, each against a baseline that shows the same text: bench/run.mjs
// loads this page's production build in Chromium and calls `window.benchTiming`.
import * as Accordion from '@radix-ui/react-accordion';
import { type ReactElement, version } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../src/styles/styles.css';
import { catalogue } from '../../src/catalogue/index.js';
import { CapabilityStatus, InterventionChecklist, planInterventions } from '../../src/index.js';
import { vehicleBlockedBy } from '../../stories/data.js';
import { reactBundleType } from '../../test/setup/react-commits.js';
import { type BenchDevice, benchFleet } from '../fleet.js';
import { type Sampling, sample } from '../measure.js';

/** A vehicle blocked by all 24 bundled interventions. */
const all24 = vehicleBlockedBy(catalogue.entries.map((entry) => entry.id));

/** A fresh container in the document, removed by `done`. */
function container(): HTMLDivElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

/** What one first mount took, in milliseconds. */
// A type, not an interface: it must fit the index signature of `Timing`.
type MountTiming = {
  /** From before `createRoot` until the commit (layout effects included). */
  mount: number;
  /** The style and layout the browser still owed after the commit, forced once. */
  layout: number;
  /** Both: what the page waits for before it can paint the mounted tree. */
  mountAndLayout: number;
};

/**
 * Style and layout forced once: reading `offsetHeight` makes the browser bring style and
 * layout up to date for the whole document. Without it, that work would wait for the next
 * frame, outside every timer, and a mount that leaves more of it would look as fast.
 */
function forceLayout(): number {
  return document.body.offsetHeight;
}

/**
 * A first mount: createRoot and a render flushed synchronously, timed until the commit; then
 * one forced layout, timed on its own.
 */
function timeMount(element: () => ReactElement): MountTiming {
  const host = container();
  const start = performance.now();
  const root = createRoot(host);
  flushSync(() => root.render(element()));
  const committed = performance.now();
  forceLayout();
  const laidOut = performance.now();
  root.unmount();
  host.remove();
  return { mount: committed - start, layout: laidOut - committed, mountAndLayout: laidOut - start };
}

/** The text content of a mount, read back (untimed) to build a baseline and to check it. */
function rendered<T>(element: ReactElement, read: (host: HTMLElement) => T): T {
  const host = container();
  const root = createRoot(host);
  flushSync(() => root.render(element));
  const value = read(host);
  root.unmount();
  host.remove();
  return value;
}

const textOf = (scope: ParentNode, selector: string) =>
  scope.querySelector(selector)?.textContent ?? '';

/** The elements and attributes a mount created, to show how much DOM each case builds. */
function elementsIn(host: HTMLElement) {
  const all = [...host.getElementsByTagName('*')];
  return {
    elements: all.length,
    attributes: all.reduce((sum, element) => sum + element.attributes.length, 0),
  };
}

/**
 * Fails the run when a baseline does not show the same text as the component; returns the
 * elements and attributes the baseline renders.
 */
function sameText(name: string, expected: string, element: ReactElement) {
  const [actual, elements] = rendered(
    element,
    (host) => [host.textContent, elementsIn(host)] as const,
  );
  if (actual !== expected) throw new Error(`${name} shows other text than the component`);
  return elements;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// 1a. InterventionChecklist with 24 items against a bare Radix accordion and static HTML.

interface Row {
  id: string;
  marker: string;
  mark: string;
  title: string;
  meta: string;
  /** The text of its panel: the open first step's guidance, empty for a closed item. */
  panel: string;
}

/**
 * A bare Radix accordion with the checklist's text: its heading and progress, each item's
 * number, badge letters, title and summary, and the open first step's guidance as one text.
 */
function BareAccordion({
  heading,
  progress,
  rows,
}: {
  heading: string;
  progress: string;
  rows: readonly Row[];
}) {
  return (
    <div>
      <h2>{heading}</h2>
      <p>{progress}</p>
      <Accordion.Root
        type="multiple"
        defaultValue={rows.filter((row) => row.panel !== '').map((row) => row.id)}
      >
        {rows.map((row) => (
          <Accordion.Item key={row.id} value={row.id}>
            <Accordion.Header>
              <Accordion.Trigger>
                <span>{row.marker}</span>
                <span>{row.mark}</span>
                <span>{row.title}</span>
              </Accordion.Trigger>
            </Accordion.Header>
            <p>{row.meta}</p>
            <Accordion.Content>{row.panel}</Accordion.Content>
          </Accordion.Item>
        ))}
      </Accordion.Root>
    </div>
  );
}

/** The checklist and its two baselines, with the text of each checked to be the same. */
function checklistCases() {
  const ids = planInterventions(all24, catalogue).items.map((item) => item.id);
  const checklistElement = () => <InterventionChecklist capabilities={all24} />;
  const { text, heading, progress, rows, elements } = rendered(checklistElement(), (host) => ({
    text: host.textContent,
    elements: elementsIn(host),
    heading: textOf(host, '[data-part="heading"]'),
    progress: textOf(host, '[data-part="progress-text"]'),
    rows: [...host.querySelectorAll('[data-part="item"]')].map(
      (item, index): Row => ({
        id: ids[index] ?? String(index),
        marker: textOf(item, '[data-part="step-marker"]'),
        mark: textOf(item, '[data-part="mark"]'),
        title: textOf(item, '[data-part="title"]'),
        meta: textOf(item, '[data-part="meta"]'),
        panel: textOf(item, '[data-part="panel"]'),
      }),
    ),
  }));
  const html = `<div><h2>${escapeHtml(heading)}</h2><p>${escapeHtml(progress)}</p><div>${rows
    .map(
      (row) =>
        `<div><h3><button type="button"><span>${escapeHtml(row.marker)}</span><span>${escapeHtml(
          row.mark,
        )}</span><span>${escapeHtml(row.title)}</span></button></h3><p>${escapeHtml(
          row.meta,
        )}</p><div>${escapeHtml(row.panel)}</div></div>`,
    )
    .join('')}</div></div>`;
  const bare = () => <BareAccordion heading={heading} progress={progress} rows={rows} />;
  const radixElements = sameText('the bare Radix accordion', text, bare());
  const probe = container();
  probe.innerHTML = html;
  if (probe.textContent !== text) throw new Error('the static HTML shows other text');
  const htmlElements = elementsIn(probe);
  probe.remove();
  return {
    checklist: checklistElement,
    radix: bare,
    html,
    items: rows.length,
    elements: { checklist: elements, radix: radixElements, html: htmlElements },
  };
}

function checklist(sampling: Sampling) {
  const { checklist, radix, html, items, elements } = checklistCases();
  const samples = sample(
    {
      checklist: () => timeMount(checklist),
      radix: () => timeMount(radix),
      html: (): MountTiming => {
        const host = container();
        const start = performance.now();
        host.innerHTML = html;
        const parsed = performance.now();
        forceLayout();
        const laidOut = performance.now();
        host.remove();
        return { mount: parsed - start, layout: laidOut - parsed, mountAndLayout: laidOut - start };
      },
    },
    sampling,
  );
  return { items, elements, samples };
}

// 1b. CapabilityStatus for 1,000 devices against a plain React list of the same text.

interface Entry {
  name: string;
  label: string;
  separator: string;
  status: string;
  detail: string;
}

interface List {
  id: string;
  entries: readonly Entry[];
  /** The text shown instead of a list (a device that reports no capability). */
  empty: string;
}

function PlainLists({ lists }: { lists: readonly List[] }) {
  return (
    <div>
      {lists.map((list) => (
        <div key={list.id}>
          {list.entries.length > 0 ? (
            <ul>
              {list.entries.map((entry) => (
                <li key={entry.name}>
                  <span>{entry.label}</span>
                  <span>{entry.separator}</span>
                  <span>{entry.status}</span>
                  {entry.detail ? (
                    <>
                      <span>{entry.separator}</span>
                      <span>{entry.detail}</span>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{list.empty}</p>
          )}
        </div>
      ))}
    </div>
  );
}

function StatusLists({ devices }: { devices: readonly BenchDevice[] }) {
  return (
    <div>
      {devices.map((device) => (
        <CapabilityStatus
          key={device.id}
          capabilities={device.capabilities}
          vendor={device.vendor}
        />
      ))}
    </div>
  );
}

/** The lists of `count` devices and their baseline, with the text checked to be the same. */
function capabilityStatusCases(count: number) {
  const { devices, composition } = benchFleet(count);
  const component = () => <StatusLists devices={devices} />;
  const { text, lists, elements } = rendered(component(), (host) => ({
    text: host.textContent,
    elements: elementsIn(host),
    lists: [...host.querySelectorAll('[data-scope="capability-status"][data-part="root"]')].map(
      (root, index): List => {
        const entries = [...root.querySelectorAll('[data-part="item"]')].map((item) => ({
          name: item.getAttribute('data-capability') ?? '',
          label: textOf(item, '[data-part="label"]'),
          separator: textOf(item, '[data-part="separator"]'),
          // A blocked entry's status is its count ("2 actions needed").
          status: textOf(item, '[data-part="status-text"], [data-part="count"]'),
          detail: textOf(item, '[data-part="explanation"]'),
        }));
        return { id: devices[index]?.id ?? String(index), entries, empty: root.textContent };
      },
    ),
  }));
  if (lists.length !== devices.length) throw new Error('a CapabilityStatus did not render');
  const plain = () => <PlainLists lists={lists} />;
  const plainElements = sameText('the plain list', text, plain());
  return {
    capabilityStatus: component,
    plain,
    devices: devices.length,
    entries: lists.reduce((sum, list) => sum + list.entries.length, 0),
    composition,
    elements: { capabilityStatus: elements, plain: plainElements },
  };
}

function capabilityStatus(sampling: Sampling, count: number) {
  const { capabilityStatus, plain, ...about } = capabilityStatusCases(count);
  const samples = sample(
    { capabilityStatus: () => timeMount(capabilityStatus), plain: () => timeMount(plain) },
    sampling,
  );
  return { ...about, samples };
}

// Where part of a mount's time goes.

/** Time spent per mount in each instrumented browser API, by case. */
type Breakdown = Record<string, Record<string, { ms: number; calls: number }>>;

/**
 * Mounts each case `mounts` times with timers around the browser APIs that the profiler shows
 * near the top: style and layout that Radix forces during the commit (CollapsibleContent
 * measures every panel, closed or not; Presence reads every panel's computed animation name),
 * and the construction of `Intl` formatters. Run on a page of its own: the
 * wrappers slow every call down, so it must never share a page with the timed runs.
 */
function breakdown(mounts: number, count: number) {
  const spent: Breakdown = {};
  let current = '';
  const add = (api: string, ms: number) => {
    const byApi = spent[current] ?? {};
    const entry = byApi[api] ?? { ms: 0, calls: 0 };
    entry.ms += ms;
    entry.calls += 1;
    byApi[api] = entry;
    spent[current] = byApi;
  };
  const timed = <A extends unknown[], R>(api: string, run: (...args: A) => R) =>
    function (this: unknown, ...args: A): R {
      const start = performance.now();
      try {
        return run.apply(this, args);
      } finally {
        add(api, performance.now() - start);
      }
    };
  Element.prototype.getBoundingClientRect = timed(
    'layout: getBoundingClientRect',
    Element.prototype.getBoundingClientRect,
  );
  // getComputedStyle itself only hands back a live declaration; the style recalculation
  // happens when a value is read from it, as Radix Presence reads `animationName` on every
  // panel it mounts. So the reads are timed too, through a proxy on each declaration.
  const getComputedStyle = timed('style: getComputedStyle', window.getComputedStyle);
  const readValue = timed('style: computed value read', Reflect.get);
  window.getComputedStyle = (element, pseudo) =>
    new Proxy(getComputedStyle(element, pseudo), {
      get(declaration, key) {
        const value = readValue(declaration, key, declaration);
        // Methods must run on the declaration itself, not on the proxy.
        return typeof value === 'function' ? value.bind(declaration) : value;
      },
    });
  for (const name of ['PluralRules', 'ListFormat'] as const) {
    const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
    const api = `new Intl.${name}`;
    Object.defineProperty(Intl, name, {
      configurable: true,
      writable: true,
      value: class extends Original {
        constructor(...args: unknown[]) {
          const start = performance.now();
          super(...args);
          add(api, performance.now() - start);
        }
      },
    });
  }

  const { checklist, radix } = checklistCases();
  const statusCases = capabilityStatusCases(count);
  const cases = {
    checklist,
    radix,
    capabilityStatus: statusCases.capabilityStatus,
    plain: statusCases.plain,
  };
  const perMount: Breakdown = {};
  for (const [name, element] of Object.entries(cases)) {
    current = name;
    spent[name] = {};
    for (let round = 0; round < mounts; round += 1) timeMount(element);
    perMount[name] = Object.fromEntries(
      Object.entries(spent[name] ?? {}).map(([api, { ms, calls }]) => [
        api,
        { ms: ms / mounts, calls: calls / mounts },
      ]),
    );
  }
  return perMount;
}

declare global {
  interface Window {
    benchTiming: {
      info: () => {
        react: string;
        bundleType: number | undefined;
        crossOriginIsolated: boolean;
      };
      checklist: typeof checklist;
      capabilityStatus: typeof capabilityStatus;
      breakdown: typeof breakdown;
    };
  }
}

window.benchTiming = {
  info: () => ({
    react: version,
    bundleType: reactBundleType(window),
    crossOriginIsolated: window.crossOriginIsolated,
  }),
  checklist,
  capabilityStatus,
  breakdown,
};
