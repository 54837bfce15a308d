import { createElement, version } from 'react';
import { version as domVersion } from 'react-dom';
import { describe, expect, inject, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AccordionProbe, Counter, elementKind } from '../fixtures/react-probes.js';

/**
 * In Chromium, the React the page really runs: Vite pre-bundles react and react-dom, and the
 * bundle must be the project's React (vite.config.ts: `browser` the dev React 19,
 * `browser-react18` test/react18), one copy shared by our code, vitest-browser-react and Radix.
 * With two copies, hooks throw ("Invalid hook call") and JSX elements are not valid children.
 */
describe(`React ${inject('reactVersion')} in the browser`, () => {
  it('is the version react and react-dom both report', () => {
    expect(version).toBe(inject('reactVersion'));
    expect(domVersion).toBe(inject('reactVersion'));
  });

  it('makes the same elements from JSX (react/jsx-runtime) as from react itself', () => {
    expect(elementKind(<i />)).toBe(elementKind(createElement('i')));
  });

  it('runs our hooks in the react-dom that vitest-browser-react renders with', async () => {
    const screen = await render(<Counter />);
    await expect.element(screen.getByLabelText('count')).toHaveTextContent('1');
  });

  it('runs Radix’s hooks in the same React', async () => {
    const screen = await render(<AccordionProbe />);
    await expect.element(screen.getByText('Inside')).not.toBeInTheDocument();
    await screen.getByRole('button', { name: 'Open' }).click();
    await expect.element(screen.getByText('Inside')).toBeVisible();
  });
});
