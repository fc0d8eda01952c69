/** Adaptation (issue 11 item 5). STUB: returns the plan unchanged until the adaptation rules land. */
import type { AdaptInput, AdaptResult } from './adapt-types';

export function adaptPlan(input: AdaptInput): AdaptResult {
  return { plan: input.plan, changes: [], stop: null, runZones: [] };
}
