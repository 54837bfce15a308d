import { act, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { type ComponentProps, type ReactElement, StrictMode, version } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { InterventionChecklist, planInterventions } from '../../src/index.js';
import { withLiveInterventions } from '../../src/live/index.js';
import { allMissingVehicle, fullyCapableVehicle, volkswagenId4 } from '../fixtures/devices.js';
import { interventionsApiResponse } from '../fixtures/interventions-api.js';

const live = withLiveInterventions(catalogue, interventionsApiResponse).catalogue;

let root: Root | undefined;
let container: HTMLElement | undefined;

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = undefined;
  container = undefined;
  vi.restoreAllMocks();
});

/**
 * React 18's server renderer (not 19's) warns "useLayoutEffect does nothing on the server" at
 * each Radix primitive. Radix picks useLayoutEffect only if it finds a `document` when it loads:
 * on a real server it finds none and uses no layout effect, but this "server" runs in jsdom. On
 * React 18, that warning and nothing else may be logged while rendering on the server.
 */
const jsdomOnlyServerWarning = version.startsWith('18.')
  ? /^Warning: useLayoutEffect does nothing on the server/
  : undefined;

/** renderToString, as a host's server does it: nothing may be logged. */
function renderOnServer(ui: ReactElement): string {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const warn = vi.spyOn(console, 'warn');
  try {
    const html = renderToString(ui);
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

/** Renders on the "server", puts the HTML in the page and hydrates it, as a host's SSR does. */
async function serverRenderThenHydrate(props: ComponentProps<typeof InterventionChecklist>) {
  const ui = (
    <StrictMode>
      <InterventionChecklist {...props} />
    </StrictMode>
  );
  const html = renderOnServer(ui);
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  const onRecoverableError = vi.fn();
  container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const serverMarkup = container.innerHTML;
  await act(async () => {
    root = hydrateRoot(container as HTMLElement, ui, { onRecoverableError });
  });
  return { html, serverMarkup, error, warn, onRecoverableError };
}

describe('InterventionChecklist: server rendering and hydration', () => {
  it('hydrates without warnings or mismatch, and is interactive after', async () => {
    const user = userEvent.setup();
    const plan = planInterventions(volkswagenId4.capabilities, live, {
      vendor: volkswagenId4.vendor,
    });
    const [first, second] = plan.items;
    const onRecheck = vi.fn();
    const { html, error, warn, onRecoverableError } = await serverRenderThenHydrate({
      capabilities: volkswagenId4.capabilities,
      vendor: volkswagenId4.vendor,
      catalogue: live,
      defaultExpanded: [first?.id ?? ''],
      defaultCompleted: [second?.id ?? ''],
      onRecheck,
    });
    // The server sent the whole content, the open panel included.
    expect(html).toContain(first?.entry?.resolution.title);
    expect(html).toContain('Mark as done');
    expect(html).toContain(`1 of ${plan.items.length} done`);

    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(onRecoverableError).not.toHaveBeenCalled();

    const secondTrigger = screen.getByRole('button', { name: second?.entry?.resolution.title });
    expect(secondTrigger).toHaveAttribute('aria-expanded', 'false');
    await user.click(secondTrigger);
    expect(secondTrigger).toHaveAttribute('aria-expanded', 'true');
    expect(
      screen.getByRole('region', { name: second?.entry?.resolution.title ?? '' }),
    ).toBeVisible();
    // Still linked up: description ids and the controlled panel match what the client made.
    expect(secondTrigger).toHaveAccessibleDescription(/Marked as done$/);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(onRecheck).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Checked.')).toBeVisible();
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['all capable', fullyCapableVehicle.capabilities, fullyCapableVehicle.vendor],
    ['all missing', allMissingVehicle.capabilities, allMissingVehicle.vendor],
    ['bad input', 42, null],
  ])('hydrates the %s state cleanly too', async (_, capabilities, vendor) => {
    const { serverMarkup, error, warn, onRecoverableError } = await serverRenderThenHydrate({
      capabilities,
      vendor,
    });
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container?.innerHTML).toBe(serverMarkup);
    expect(container?.textContent?.trim()).not.toBe('');
  });
});
