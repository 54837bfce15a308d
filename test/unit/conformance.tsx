import { render, screen } from '@testing-library/react';
import { createRef, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';

interface ConformanceOptions {
  /** Renders the component with extra props on its root. */
  render: (props: Record<string, unknown>) => ReactElement;
  /** The class name the component always puts on its root. */
  rootClass: string;
}

/**
 * What every component promises a host: its ref reaches the root element, the host's
 * className joins the component's own, and other HTML props land on the root.
 */
export function describeConformance(name: string, options: ConformanceOptions) {
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
  });
}
