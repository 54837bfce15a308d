import { composeStories } from '@storybook/react-vite';
import axe from 'axe-core';
import type { ComponentType, CSSProperties } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import '../../src/styles/styles.css';
import * as badgeStories from '../../stories/BrandBadge.stories.js';
import * as statusStories from '../../stories/CapabilityStatus.stories.js';
import * as fleetStories from '../../stories/FleetOfDevices.stories.js';
import * as checklistStories from '../../stories/InterventionChecklist.stories.js';

/**
 * Every story, in the light and the dark theme, checked with axe in Chromium (colour contrast
 * included). The Storybook project checks each story as it is shown by default; this one
 * forces each theme on a wrapper painted with the theme's surface, as a host page would be.
 */
const modules = { badgeStories, statusStories, checklistStories, fleetStories };
const themes = ['light', 'dark'] as const;

function page(theme: (typeof themes)[number]): CSSProperties {
  return {
    colorScheme: theme,
    background: 'var(--iu-color-surface)',
    color: 'var(--iu-color-text)',
    padding: '1rem',
  };
}

for (const [file, module] of Object.entries(modules)) {
  const stories = Object.entries(composeStories(module)) as [string, ComponentType][];
  describe(file, () => {
    for (const theme of themes) {
      it.each(stories)(`%s has no axe violations in the ${theme} theme`, async (_, Story) => {
        const screen = await render(
          <div data-theme={theme} style={page(theme)}>
            <Story />
          </div>,
        );
        const results = await axe.run(screen.container, { resultTypes: ['violations'] });
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
