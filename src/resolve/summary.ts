/**
 * What CapabilityStatus shows, as pure functions of a plan: the one-line summary and the order
 * of the list. No React, so a host's own status UI gets the same answers.
 */
import type { CapabilityState } from '../model/capabilities.js';
import type { InterventionPlan, ResolvedCapability } from './plan.js';

/** A device's capabilities in one line: "5 of 8 features available · 2 actions needed". */
export interface CapabilitySummary {
  /** The status the line stands for: blocked while any action is needed, else capable if any
   * feature works, else missing. */
  status: CapabilityState;
  /** How many features work. */
  available: number;
  /** How many features were considered. */
  total: number;
  /** How many distinct interventions unlock the blocked ones. */
  actions: number;
}

export function summarizeCapabilities(plan: InterventionPlan): CapabilitySummary {
  const status: CapabilityState =
    plan.blocked.length > 0 ? 'blocked' : plan.capable.length > 0 ? 'capable' : 'missing';
  return {
    status,
    available: plan.capable.length,
    total: plan.capabilities.length,
    actions: plan.items.length,
  };
}

/** Blocked first (what the owner can act on), then what works, then what never will. */
export const defaultStatusOrder: readonly CapabilityState[] = ['blocked', 'capable', 'missing'];

/**
 * The capabilities in the given order of statuses; statuses the order leaves out go last, and
 * within a status the API's (or the filter's) order stays.
 */
export function sortCapabilities(
  capabilities: readonly ResolvedCapability[],
  statusOrder: readonly CapabilityState[] = defaultStatusOrder,
): ResolvedCapability[] {
  const order = Array.isArray(statusOrder) ? statusOrder : defaultStatusOrder;
  const rank = (status: CapabilityState) => {
    const index = order.indexOf(status);
    return index === -1 ? order.length : index;
  };
  // Array.prototype.sort is stable: within a status, the given order stays.
  return [...capabilities].sort((a, b) => rank(a.status) - rank(b.status));
}
