/** Home's words for the load alerts and the target: plain, what to do first. */
import type { DashboardResponse } from '../../../src/contract/dashboard';

type AlertCode = DashboardResponse['alerts'][number]['code'];

/** A short title per alert; the alert's own message says what happened and what to do. */
export const ALERT_TITLE: Record<AlertCode, string> = {
  rule10_over: 'Up more than 10 % on the week before',
  spike: 'Your distance jumped',
  long_run_spike: 'Your long run jumped',
  shoe_check: 'Shoes to look at',
  shoe_replace: 'Shoes to replace',
  surface_change: 'A new surface',
  low_cadence: 'A cadence tip',
};

/** Short dates in the runner's locale: "3 Dec", or "6 May 2019" when not this year. */
export function shortDate(iso: string, withYear = false): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return d.toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    ...(iso.length === 10 ? { timeZone: 'UTC' } : {}),
  });
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
