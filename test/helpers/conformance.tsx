import { act, render, screen } from '@testing-library/react';
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
  /**
   * States that only an interaction reaches (a check of the device running or failed, a page
   * being printed): each renders, then `interact` brings it there. Their parts count with the
   * states' and take the host's classes too.
   */
  interactions?: Record<string, Interaction>;
}

interface Interaction {
  render: (props: Record<string, unknown>) => ReactElement;
  /** Does what the owner or the browser does; React's updates are awaited inside `act`. */
  interact: () => Promise<void> | void;
}

/**
 * Renders each state, then each interaction's state once reached, and hands its container to
 * `visit` before unmounting it.
 */
async function eachState(
  options: ConformanceOptions,
  props: Record<string, unknown>,
  visit: (state: string, container: HTMLElement) => void,
) {
  for (const [state, renderState] of Object.entries(options.states)) {
    const { container, unmount } = render(renderState(props));
    visit(state, container);
    unmount();
  }
  for (const [state, interaction] of Object.entries(options.interactions ?? {})) {
    const { container, unmount } = render(interaction.render(props));
    await act(async () => {
      await interaction.interact();
    });
    visit(state, container);
    unmount();
  }
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

    it('shows every part of its anatomy across its states, and no part outside it', async () => {
      const seen = new Set<string>();
      await eachState(options, {}, (state, container) => {
        for (const { part } of partsIn(container, anatomy.scope)) {
          expect(anatomy.parts, `${state}: data-part="${part}"`).toContain(part);
          seen.add(part);
        }
      });
      expect([...seen].sort()).toEqual([...anatomy.parts].sort());
    });

    it("puts the host's class on every element of each part (classNames)", async () => {
      const classNames = Object.fromEntries(anatomy.parts.map((part) => [part, `host-${part}`]));
      await eachState(options, { classNames }, (state, container) => {
        for (const { element, part } of partsIn(container, anatomy.scope)) {
          expect(element.classList.contains(`host-${part}`), `${state}: ${part}`).toBe(true);
        }
      });
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
