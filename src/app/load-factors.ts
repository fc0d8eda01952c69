/** The check-in's load factors measured from one account's runs, with where each comes from. */
import { dayIn, instantOnDay } from '../core/load/calendar';
import { factorSources, type FactorSource } from '../core/load/factor-sources';
import type { Repositories } from '../store/repositories';
import { reportForUserId } from './load-report';

/** Six complete weeks and this one: every window the factors are measured over. */
const REPORT_WEEKS = 7;

export type LoadFactorsDeps = Parameters<typeof reportForUserId>[0] & {
  repos: Pick<Repositories, 'settings'>;
};

/**
 * The measured factors of the runner's load report, in their units, on their own day.
 * @example await loadFactorsForUserId({ repos, now: new Date() }, userId, { timeZone: 'Europe/Paris' })
 */
export async function loadFactorsForUserId(
  deps: LoadFactorsDeps,
  userId: string,
  request: { timeZone: string },
): Promise<{ factors: FactorSource[] }> {
  const { timeZone } = request;
  const report = await reportForUserId(deps, userId, { timeZone, weeks: REPORT_WEEKS });
  const { units } = await deps.repos.settings.get(userId);
  const now = instantOnDay(dayIn(deps.now.getTime(), timeZone), timeZone);
  return { factors: factorSources(report, { now, timeZone, units }) };
}
