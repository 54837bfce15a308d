// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/**
 * The Storybook a host reads, built and opened in Chromium: every docs page renders without a
 * console error or warning, in the default settings and in the dark theme with German, its
 * Markdown renders (no pipe table left as text), and its props tables give each optional prop
 * a default in words. The build uses React's development build, which reports what production
 * hides (invalid markup, unknown elements, missing keys). It is the same for both React
 * projects, so it runs in the React 19 one only.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** `storybook build` into `out`, with React's development build; rejects with its output. */
function buildStorybook(out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(root, 'node_modules/.bin/storybook'),
      ['build', '--output-dir', out, '--quiet', '--disable-telemetry'],
      {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'development', STORYBOOK_DISABLE_TELEMETRY: '1' },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`storybook build failed:\n${output}`)),
    );
  });
}

/** The built files over HTTP on a free loopback port. */
function serve(dir: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
      .replace(/^(\.\.[/\\])+/, '')
      .replace(/^[/\\]+/, '');
    try {
      const body = await readFile(join(dir, path || 'index.html'));
      response.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** What one docs page showed. */
interface PageReport {
  id: string;
  /** Console errors and warnings, uncaught errors and failed requests, in order. */
  problems: string[];
  /** Paragraphs that begin with a pipe: a Markdown table left as text. */
  pipeParagraphs: string[];
  /** The props tables' rows: name (a `*` when required) and the Default column. */
  props: { name: string; shown: string }[];
}

declare global {
  interface Window {
    __STORYBOOK_ADDONS_CHANNEL__?: {
      on(event: string, listener: (...args: unknown[]) => void): void;
      emit(event: string, ...args: unknown[]): void;
    };
    /** Set by `trackRendering`: the last docs page rendered, and whether all is still. */
    __docs?: { rendered: unknown; pending: Set<unknown>; lastChange: number };
  }
}

/**
 * In the page, from its first script on: which docs page last rendered, and which stories are
 * still rendering (their after-each checks included).
 */
function trackRendering() {
  const state = { rendered: undefined as unknown, pending: new Set<unknown>(), lastChange: 0 };
  window.__docs = state;
  const attach = () => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return setTimeout(attach, 5);
    channel.on('docsRendered', (id) => {
      state.rendered = id;
      state.lastChange = performance.now();
    });
    channel.on('storyRenderPhaseChanged', (payload) => {
      const { newPhase, renderId } = payload as { newPhase: string; renderId: unknown };
      if (['finished', 'aborted', 'errored'].includes(newPhase)) state.pending.delete(renderId);
      else state.pending.add(renderId);
      state.lastChange = performance.now();
    });
  };
  attach();
}

/**
 * Every docs page in one preview frame, each opened as the sidebar opens it (the manager sends
 * the preview `setCurrentStory`), and read once it has rendered and its stories have finished,
 * with nothing new for a moment: Storybook reloads the frame when a story is left while it
 * still renders. `globals` are the toolbar's settings, as the manager puts them in the URL.
 */
async function readDocsPages(
  browser: Browser,
  base: string,
  ids: readonly string[],
  globals: string,
): Promise<PageReport[]> {
  const page = await browser.newPage();
  // A ceiling for each wait, far above what a busy machine needs.
  page.setDefaultTimeout(120_000);
  await page.addInitScript(trackRendering);
  let problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  const settled = (id: string) =>
    page.waitForFunction(
      (id) =>
        window.__docs?.rendered === id &&
        window.__docs.pending.size === 0 &&
        performance.now() - window.__docs.lastChange > 300,
      id,
      { polling: 50 },
    );
  const reports: PageReport[] = [];
  for (const [n, id] of ids.entries()) {
    problems = [];
    if (n === 0) {
      await page.goto(`${base}/iframe.html?id=${id}&viewMode=docs&globals=${globals}`);
    } else {
      await page.evaluate(
        (id) =>
          window.__STORYBOOK_ADDONS_CHANNEL__?.emit('setCurrentStory', {
            storyId: id,
            viewMode: 'docs',
          }),
        id,
      );
    }
    await settled(id);
    const pipeParagraphs = (await page.locator('.sbdocs-content p').allTextContents()).filter(
      (text) => /^\s*\|.*\|/.test(text),
    );
    const props = await page.locator('table.docblock-argstable tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        name: row.children[0]?.textContent?.trim() ?? '',
        shown: row.children[2]?.textContent?.trim() ?? '',
      })),
    );
    reports.push({ id, problems, pipeParagraphs, props });
  }
  await page.close();
  return reports;
}

describe.skipIf(inject('reactVersion').startsWith('18.'))('the built Storybook', () => {
  let out: string | undefined;
  let server: Server | undefined;
  let browser: Browser | undefined;
  let docsIds: string[] = [];
  let byDefault: PageReport[] = [];
  let darkGerman: PageReport[] = [];

  // One build and one pass over the pages, for every check below. Building and reading take
  // about half a minute on two busy cores; the limit is only a ceiling.
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'intervention-ui-storybook-'));
    await buildStorybook(out);
    server = await serve(out);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
      entries: Record<string, { type: string }>;
    };
    docsIds = Object.entries(index.entries)
      .filter(([, entry]) => entry.type === 'docs')
      .map(([id]) => id);
    byDefault = await readDocsPages(browser, base, docsIds, '');
    darkGerman = await readDocsPages(browser, base, docsIds, 'theme:dark;locale:de-DE');
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('has docs pages for the guides and for each component', () => {
    expect(docsIds).toEqual(
      expect.arrayContaining([
        'docs-getting-started--docs',
        'docs-theming--docs',
        'components-brandbadge--docs',
        'components-capabilitystatus--docs',
        'components-interventionchecklist--docs',
      ]),
    );
  });

  it('renders every docs page with no console error or warning, as the toolbar starts', () => {
    expect(byDefault.flatMap(({ id, problems }) => problems.map((p) => `${id}: ${p}`))).toEqual([]);
  });

  it('renders every docs page with no console error or warning, dark and in German', () => {
    const problems = darkGerman.flatMap(({ id, problems }) => problems.map((p) => `${id}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('renders Markdown tables as tables, never as lines of pipes', () => {
    expect(
      byDefault.flatMap(({ id, pipeParagraphs }) => pipeParagraphs.map((p) => `${id}: ${p}`)),
    ).toEqual([]);
  });

  it('gives every optional prop a default a host can read', () => {
    const rows = byDefault.flatMap(({ id, props }) => props.map((row) => ({ id, ...row })));
    // A default is words, or a literal: 'md', 3, true, ['blocked', …], [] (…), undefined. A
    // bare identifier (bundledCatalogue, empty) is an internal name; '-' is no default at all.
    const readable = (shown: string) =>
      /\s/.test(shown) || /^('.*'|".*"|-?\d+(\.\d+)?|true|false|undefined|\[.*\])$/.test(shown);
    const unreadable = rows
      .filter(({ name, shown }) => !name.endsWith('*') && !readable(shown))
      .map(({ id, name, shown }) => `${id} ${name}: ${shown}`);
    expect(rows.length).toBeGreaterThan(20);
    expect(unreadable).toEqual([]);
  });
});
