import { fireEvent, render, screen } from '@testing-library/react';
import { createElement, version } from 'react';
import { version as domVersion } from 'react-dom';
import { renderToString, version as serverVersion } from 'react-dom/server';
import { describe, expect, inject, it } from 'vitest';
import { AccordionProbe, Counter, elementKind } from '../fixtures/react-probes.js';

/**
 * The project runs its tests against the React it names (vite.config.ts: `unit` against the
 * dev React 19, `unit-react18` against test/react18), and against one copy of it: our code,
 * Testing Library and Radix must all share the React that react-dom renders with. With two
 * copies, hooks throw ("Invalid hook call") and JSX elements are not valid children.
 */
describe(`React ${inject('reactVersion')} under test`, () => {
  it('is the version react, react-dom and react-dom/server all report', () => {
    expect(version).toBe(inject('reactVersion'));
    expect(domVersion).toBe(inject('reactVersion'));
    expect(serverVersion).toBe(inject('reactVersion'));
  });

  it('makes the same elements from JSX (react/jsx-runtime) as from react itself', () => {
    expect(elementKind(<i />)).toBe(elementKind(createElement('i')));
  });

  it('runs our hooks in the react-dom that Testing Library renders with', () => {
    render(<Counter />);
    expect(screen.getByLabelText('count')).toHaveTextContent('1');
  });

  it('runs our hooks in react-dom/server', () => {
    expect(renderToString(<Counter />)).toContain('>0</output>');
  });

  it('runs Radix’s hooks in the same React', () => {
    render(<AccordionProbe />);
    expect(screen.queryByText('Inside')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByText('Inside')).toBeVisible();
  });
});
