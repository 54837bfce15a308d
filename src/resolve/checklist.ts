/**
 * The checklist's state as pure functions of the plans a device's snapshots gave and what the
 * owner marked done: which items any snapshot listed, which the latest one resolved, which a
 * filter only hides, the progress, the next step and the outcome. No React: the checklist hook
 * keeps the inputs, these derive the rest, and a host can call them in its own state layer.
 */
import { compareItems, type InterventionPlan, type PlanItem } from './plan.js';

/** Where an item stands: to do, marked done by the owner, or gone from the device's data. */
export type ChecklistItemStatus = 'pending' | 'done' | 'resolved';

/**
 * What the checklist as a whole says: items still to do (`in-progress`); every item resolved by
 * a later snapshot (`all-resolved`); nothing can be unlocked and some features never will be
 * (`nothing-to-do`); every feature works (`all-capable`); or the device reported nothing
 * (`empty`).
 */
export type ChecklistOutcome =
  | 'in-progress'
  | 'all-resolved'
  | 'nothing-to-do'
  | 'all-capable'
  | 'empty';

/** One item of the checklist with where it stands. */
export interface ChecklistEntry {
  item: PlanItem;
  status: ChecklistItemStatus;
  /** Whether this is the step to do next: the first one still to do. */
  current: boolean;
}

/** Everything the checklist shows, derived from its inputs. */
export interface ChecklistState {
  /** The items to show, in the order of work. */
  entries: readonly ChecklistEntry[];
  /** How many of them are done or resolved. */
  finished: number;
  /** How many there are. */
  total: number;
  /** The step to do next, if any is left. */
  next: PlanItem | undefined;
  outcome: ChecklistOutcome;
}

/**
 * Every item any snapshot has listed, in the order first seen, each as its latest snapshot
 * had it. Gives back `seen` itself when the plan adds nothing, so state that holds it need
 * not change.
 */
export function trackSeenItems(
  seen: readonly PlanItem[],
  plan: InterventionPlan,
): readonly PlanItem[] {
  const known = new Set(seen.map((item) => item.id));
  const added = plan.items.filter((item) => !known.has(item.id));
  return added.length === 0 ? seen : [...seen, ...added];
}

/**
 * The checklist for the latest plan, given every item seen before (see `trackSeenItems`) and
 * the ids the owner marked done. An item the latest plan no longer lists is resolved: a
 * snapshot resolved it. One the `filter` leaves out is hidden instead, unless the plan still
 * lists it (a filter hides, only a snapshot resolves).
 */
export function checklistState(
  seen: readonly PlanItem[],
  plan: InterventionPlan,
  done: readonly string[],
  filter?: readonly string[],
): ChecklistState {
  const current = new Map(plan.items.map((item) => [item.id, item]));
  const inFilter = (item: PlanItem) =>
    !filter || item.unlocks.some((name) => filter.includes(name));
  const marked = new Set(done);
  const items = trackSeenItems(seen, plan)
    .map((item) => current.get(item.id) ?? item)
    .filter((item) => current.has(item.id) || inFilter(item))
    .sort(compareItems);
  const statusOf = (item: PlanItem): ChecklistItemStatus =>
    !current.has(item.id) ? 'resolved' : marked.has(item.id) ? 'done' : 'pending';
  const next = items.find((item) => statusOf(item) === 'pending');
  const entries = items.map((item) => ({ item, status: statusOf(item), current: item === next }));
  const finished = entries.filter((entry) => entry.status !== 'pending').length;
  return {
    entries,
    finished,
    total: entries.length,
    next,
    outcome: checklistOutcome(plan, entries.length),
  };
}

/** What the checklist says as a whole, given the latest plan and how many items it shows. */
export function checklistOutcome(plan: InterventionPlan, shown: number): ChecklistOutcome {
  if (shown > 0) return plan.items.length === 0 ? 'all-resolved' : 'in-progress';
  if (plan.missing.length > 0) return 'nothing-to-do';
  return plan.capabilities.length > 0 ? 'all-capable' : 'empty';
}
