import { act } from '@testing-library/react';
import { type ReactElement, StrictMode, version } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, vi } from 'vitest';

/**
 * React 18's server renderer (not 19's) warns "useLayoutEffect does nothing on the server" at
 * each Radix primitive. Radix picks useLayoutEffect only if it finds a `document` when it loads:
 * on a real server it finds none and uses no layout effect, but this "server" runs in jsdom. On
 * React 18, that warning and nothing else may be logged while rendering on the server.
 */
const jsdomOnlyServerWarning = version.startsWith('18.')
  ? /^Warning: useLayoutEffect does nothing on the server/
  : undefined;

/** renderToString under StrictMode, as a host's server does it: nothing may be logged. */
export function renderOnServer(ui: ReactElement): string {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const warn = vi.spyOn(console, 'warn');
  try {
    const html = renderToString(<StrictMode>{ui}</StrictMode>);
    const errors = error.mock.calls.filter(
      ([message]) => !jsdomOnlyServerWarning?.test(String(message)),
    );
    expect(errors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    return html;
  } finally {
    error.mockRestore();
    warn.mockRestore();
  }
}

/** A server render hydrated in the page, with what React said while hydrating. */
export interface Hydrated {
  /** The server's HTML. */
  html: string;
  /** The page's markup right after hydration, before any interaction. */
  hydratedMarkup: string;
  container: HTMLElement;
  /** Every console.error, console.warn and recoverable error (a mismatch) while hydrating. */
  messages: string[];
  unmount: () => void;
}

/**
 * The one server-render test of every component: render on the "server", put the HTML in the
 * page, hydrate it under StrictMode, and collect anything React reports. Call `unmount` after.
 */
export async function renderOnServerThenHydrate(ui: ReactElement): Promise<Hydrated> {
  const html = renderOnServer(ui);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const messages: string[] = [];
  const error = vi.spyOn(console, 'error').mockImplementation((...args) => {
    messages.push(`error: ${args.join(' ')}`);
  });
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args) => {
    messages.push(`warn: ${args.join(' ')}`);
  });
  let root: Root | undefined;
  try {
    await act(async () => {
      root = hydrateRoot(container, <StrictMode>{ui}</StrictMode>, {
        onRecoverableError: (cause) => messages.push(`recoverable: ${String(cause)}`),
      });
    });
  } finally {
    error.mockRestore();
    warn.mockRestore();
  }
  return {
    html,
    hydratedMarkup: container.innerHTML,
    container,
    messages,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}
