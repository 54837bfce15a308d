import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { volkswagenId4 } from '../data.js';
import { StepperChecklist } from './StepperChecklist.js';

/**
 * A host's own UI on the headless layer: a horizontal stepper built from
 * `useInterventionChecklist` alone, with the checklist's behaviour (progress, done state,
 * resolution from new snapshots) and its ARIA wiring (each step a button that controls a
 * named group; arrow keys, Home and End move between steps).
 */
const meta = {
  title: 'Headless/Stepper from useInterventionChecklist',
  component: StepperChecklist,
  args: { capabilities: volkswagenId4, onRecheck: () => {} },
} satisfies Meta<typeof StepperChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first, second] = canvas.getAllByRole('button', { expanded: false });
    await userEvent.click(first as HTMLElement);
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await expect(second).toHaveFocus();
  },
};
