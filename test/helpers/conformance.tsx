import { render, screen } from '@testing-library/react';
import { createRef, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import type { Anatomy } from '../../src/anatomy/index.js';
import { renderOnServerThenHydrate } from './server-render.js';

interface ConformanceOptions {
  /** The component's anatomy: its scope and every part name. */
  anatomy: Anatomy<string, string>;
  /** Renders the component with extra props on its root. */
  render: (props: Record<string, unknown>) => ReactElement;
  /** The class name the component always puts on its root. */
  rootClass: string;
  /**
   * Renders of the component in states that, together, show every part of its anatomy; each
   * takes extra props (the `classNames` under test).
   */
  states: Record<string, (props: Record<string, unknown>) => ReactElement>;
  /** Parts that only an interaction shows (a failed check, say), tested where it happens. */
  partsAfterInteraction?: readonly string[];
}

/** The parts of one scope in a container, each element with its part name. */
function partsIn(container: Element, scope: string) {
  return [...container.querySelectorAll(`[data-scope="${scope}"]`)].map((element) => ({
    element,
    part: element.getAttribute('data-part') ?? '',
  }));
}

/**
 * What every component promises a host, tested the same way for each: its ref reaches the
 * root, the host's className joins its own, other HTML props land on the root, every element
 * is a part of its anatomy and takes the host's class for that part, it renders on a server
 * and hydrates with nothing reported, and it has no axe violations.
 */
export function describeConformance(name: string, options: ConformanceOptions) {
  const { anatomy } = options;
  describe(`${name} conformance`, () => {
    it('forwards its ref to the root element', () => {
      const ref = createRef<HTMLElement>();
      const { container } = render(options.render({ ref }));
      expect(ref.current).toBeInstanceOf(HTMLElement);
      expect(ref.current).toBe(container.firstElementChild);
    });

    it("merges the host's className with its own", () => {
      const { container } = render(options.render({ className: 'host-class' }));
      const root = container.firstElementChild;
      expect(root).toHaveClass('host-class');
      expect(root).toHaveClass(options.rootClass);
    });

    it('passes style, id, data and aria attributes through to the root', () => {
      const { container } = render(
        options.render({
          id: 'host-id',
          style: { marginTop: '7px' },
          'data-testid': 'host-root',
          'aria-describedby': 'host-help',
        }),
      );
      const root = screen.getByTestId('host-root');
      expect(root).toBe(container.firstElementChild);
      expect(root).toHaveAttribute('id', 'host-id');
      expect(root).toHaveAttribute('aria-describedby', 'host-help');
      expect(root).toHaveStyle({ marginTop: '7px' });
    });

    it(`marks its root data-scope="${anatomy.scope}" data-part="root"`, () => {
      const { container } = render(options.render({}));
      expect(container.firstElementChild).toHaveAttribute('data-scope', anatomy.scope);
      expect(container.firstElementChild).toHaveAttribute('data-part', 'root');
    });

    it('shows every part of its anatomy across its states, and no part outside it', () => {
      const seen = new Set<string>();
      for (const [state, renderState] of Object.entries(options.states)) {
        const { container, unmount } = render(renderState({}));
        for (const { part } of partsIn(container, anatomy.scope)) {
          expect(anatomy.parts, `${state}: data-part="${part}"`).toContain(part);
          seen.add(part);
        }
        unmount();
      }
      for (const part of options.partsAfterInteraction ?? []) {
        expect(anatomy.parts).toContain(part);
        seen.add(part);
      }
      expect([...seen].sort()).toEqual([...anatomy.parts].sort());
    });

    it("puts the host's class on every element of each part (classNames)", () => {
      const classNames = Object.fromEntries(anatomy.parts.map((part) => [part, `host-${part}`]));
      for (const [state, renderState] of Object.entries(options.states)) {
        const { container, unmount } = render(renderState({ classNames }));
        for (const { element, part } of partsIn(container, anatomy.scope)) {
          expect(element.classList.contains(`host-${part}`), `${state}: ${part}`).toBe(true);
        }
        unmount();
      }
    });

    it('renders on a server and hydrates in every state with nothing reported', async () => {
      for (const [state, renderState] of Object.entries(options.states)) {
        const hydrated = await renderOnServerThenHydrate(renderState({}));
        expect(hydrated.messages, state).toEqual([]);
        expect(hydrated.container.textContent?.trim(), state).not.toBe('');
        hydrated.unmount();
      }
    });

    it('has no axe violations in any state', async () => {
      for (const [state, renderState] of Object.entries(options.states)) {
        const { container, unmount } = render(renderState({}));
        const results = await axe(container);
        expect(results.violations.map((violation) => `${state}: ${violation.id}`)).toEqual([]);
        unmount();
      }
    });
  });
}
