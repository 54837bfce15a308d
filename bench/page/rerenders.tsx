// What re-renders when the owner marks one item of a 24-item checklist done, counted through the
// React DevTools hook (the stub rerenders.html installs before React loads, recording added
// here): bench/run.mjs loads this page's production build in Chromium and calls
// `window.benchRerenders`.
import { version } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { catalogue } from '../../src/catalogue/index.js';
import { InterventionChecklist, planInterventions } from '../../src/index.js';
import { vehicleBlockedBy } from '../../stories/data.js';
import {
  type RenderedComponent,
  reactBundleType,
  recordCommits,
} from '../../test/setup/react-commits.js';

const log = recordCommits(window);
const all24 = vehicleBlockedBy(catalogue.entries.map((entry) => entry.id));
/** The checklist's items in its order, which is the plan's. */
const ids = planInterventions(all24, catalogue).items.map((item) => item.id);

/** The position of the checklist item a re-rendered component belongs to, if any. */
function itemOf(component: RenderedComponent): number | undefined {
  const key =
    component.name === 'ChecklistItem'
      ? component.key
      : component.ancestors.find((ancestor) => ancestor.name === 'ChecklistItem')?.key;
  return key ? ids.indexOf(key) : undefined;
}

function countBy(list: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of list) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

/** Mounts the checklist with the given items open, marks the `index`-th done, and reports. */
async function markDone(index: number, open: readonly number[]) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() =>
    root.render(
      <InterventionChecklist
        capabilities={all24}
        defaultExpanded={open.map((at) => ids[at] ?? '')}
      />,
    ),
  );
  const button = host
    .querySelectorAll('[data-part="item"]')
    [index]?.querySelector<HTMLButtonElement>('[data-part="complete-button"]');
  if (!button) throw new Error(`item ${index} has no open "Mark as done" button`);

  const start = log.commits.length;
  button.click();
  // React commits a click's update in a microtask; a task later, every commit is in.
  await new Promise((resolve) => setTimeout(resolve, 50));
  // Marked done, the same button undoes it.
  const undone = button.dataset.part === 'undo-button';
  const commits = log.commits.slice(start);
  root.unmount();
  host.remove();
  if (!undone) throw new Error('the item was not marked done');

  const rendered = commits.flat();
  const outside = rendered.filter((component) => itemOf(component) === undefined);
  return {
    commits: commits.length,
    commitsWithRenders: commits.filter((commit) => commit.length > 0).length,
    components: rendered.length,
    /** Positions of the items any of whose components re-rendered. */
    items: [...new Set(rendered.map(itemOf).filter((at) => at !== undefined))],
    itemRenders: rendered.filter((component) => component.name === 'ChecklistItem').length,
    /** Every component that re-rendered inside an item, by name. */
    inside: countBy(rendered.filter((c) => itemOf(c) !== undefined).map((c) => c.name)),
    /** Every component that re-rendered outside the items, by name. */
    outside: countBy(outside.map((component) => component.name)),
  };
}

declare global {
  interface Window {
    benchRerenders: {
      info: () => { react: string; bundleType: number | undefined };
      markDone: typeof markDone;
    };
  }
}

window.benchRerenders = {
  info: () => ({
    react: version,
    bundleType: reactBundleType(window),
  }),
  markDone,
};
