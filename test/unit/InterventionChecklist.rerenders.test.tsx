// @vitest-environment-options {"html":"<script>window.__REACT_DEVTOOLS_GLOBAL_HOOK__={supportsFiber:true,inject(i){this.bundleType=i.bundleType;return 1},checkDCE(){}}</script>"}
// Marking one item done re-renders that item and the progress, not the other items. The count
// comes from React itself, through a React DevTools hook: jsdom runs the page script above (the
// stub of test/setup/react-commits.ts) before the unit setup file loads React DOM, so React DOM
// finds the stub and reports each commit to it, and `recordCommits` adds the recording. A
// component is counted when its function ran in the commit, as DevTools counts it, so the test
// fails as soon as an item's props stop being stable or the item stops being memoised.
import { fireEvent, render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { InterventionChecklist, planInterventions } from '../../src/index.js';
import { vehicleBlockedBy } from '../../stories/data.js';
import { type RenderedComponent, recordCommits } from '../setup/react-commits.js';

/** A vehicle blocked by all 24 bundled interventions: the longest checklist there is. */
const capabilities = vehicleBlockedBy(catalogue.entries.map((entry) => entry.id));
/** The items in the checklist's order, which is the plan's. */
const items = planInterventions(capabilities, catalogue).items;

const log = recordCommits(globalThis);

/** intervention-ui's own components; every other component counted is Radix's. */
const ours = new Set([
  'InterventionChecklist',
  'ChecklistProgress',
  'ChecklistItem',
  'BrandBadge',
  'StatusIcon',
  'RichContent',
]);

/** The checklist item a re-rendered component belongs to, if any. */
const itemOf = (component: RenderedComponent) =>
  component.name === 'ChecklistItem'
    ? component.key
    : component.ancestors.find((ancestor) => ancestor.name === 'ChecklistItem')?.key;

/** Host wording, made once as a host would: the merged strings must stay the same object. */
const messages = { progressLabel: 'Setup progress' };

/** Renders the checklist with the given items open, and marks the `index`-th item done. */
function markDone(index: number, open: readonly number[], props: { messages?: object } = {}) {
  const mounted = log.commits.length;
  const { container } = render(
    <InterventionChecklist
      capabilities={capabilities}
      defaultExpanded={open.map((at) => items[at]?.id ?? '')}
      {...props}
    />,
  );
  // React DOM found the hook: the first render was recorded.
  expect(log.commits.length).toBeGreaterThan(mounted);
  const element = container.querySelectorAll<HTMLElement>('[data-part="item"]')[index];
  if (!element) throw new Error(`no item at ${index}`);
  const button = within(element).getByRole('button', { name: /^Mark as done: / });

  const start = log.commits.length;
  fireEvent.click(button);
  expect(button).toHaveAccessibleName(/^Undo: /);
  const commits = log.commits.slice(start);
  const rendered = commits.flat();
  const names = (list: readonly RenderedComponent[]) => [...new Set(list.map((c) => c.name))];
  return {
    /** Commits in which any component re-rendered. */
    commits: commits.filter((commit) => commit.length > 0).length,
    /** The ids of the items any of whose components re-rendered, in order. */
    items: [...new Set(rendered.map(itemOf).filter((id) => id !== undefined))],
    /** intervention-ui components outside the items that re-rendered. */
    outside: names(rendered.filter((c) => itemOf(c) === undefined && ours.has(c.name))).sort(),
    itemRenders: rendered.filter((c) => c.name === 'ChecklistItem').length,
  };
}

describe('InterventionChecklist: marking an item done', () => {
  it('has 24 items to work with', () => {
    expect(items).toHaveLength(24);
  });

  it('re-renders that item and the progress, and no other item', () => {
    const result = markDone(12, [0, 12]);
    expect(result.commits).toBe(1);
    expect(result.items).toEqual([items[12]?.id]);
    expect(result.itemRenders).toBe(1);
    // The checklist owns the state, so it renders; the progress shows the new count.
    expect(result.outside).toEqual(['ChecklistProgress', 'InterventionChecklist']);
  });

  it('re-renders the next step too when the current step is done, as it becomes current', () => {
    const result = markDone(0, [0, 12]);
    expect(result.commits).toBe(1);
    expect(result.items).toEqual([items[0]?.id, items[1]?.id]);
    expect(result.itemRenders).toBe(2);
    expect(result.outside).toEqual(['ChecklistProgress', 'InterventionChecklist']);
  });

  it('keeps to that item with host wording too', () => {
    const result = markDone(12, [12], { messages });
    expect(result.items).toEqual([items[12]?.id]);
    expect(result.itemRenders).toBe(1);
  });
});
