/**
 * Activities of unknown sport in the runs list, each with a suggested sport for the runner to confirm
 * (src/core/runs/sport-suggestion), said in the runner's units.
 */
import type { Run } from '../core/runs/run';
import { isUnclassified } from '../core/runs/runner-sports';
import { suggestSport, type SuggestedSport } from '../core/runs/sport-suggestion';
import type { Repositories } from '../store/repositories';

export type WithSuggestion<R extends Run> = R & {
  suggestedSport?: SuggestedSport | null;
  suggestionReason?: string;
};

/**
 * The runs as given; those of unknown sport with `suggestedSport` and `suggestionReason`. The runner's
 * settings are read only when one needs a suggestion.
 * @example await withSuggestions({ repos }, userId, items) // [{ ...run, suggestedSport: 'running', suggestionReason: 'Pace 5:40 /km…' }]
 */
export async function withSuggestions<R extends Run>(
  deps: { repos: Pick<Repositories, 'settings'> },
  userId: string,
  runs: readonly R[],
): Promise<WithSuggestion<R>[]> {
  if (!runs.some((r) => isUnclassified(r.sport))) return [...runs];
  const { units } = await deps.repos.settings.get(userId);
  return runs.map((run) => {
    if (!isUnclassified(run.sport)) return run;
    const { sport, reason } = suggestSport(run, units);
    return { ...run, suggestedSport: sport, suggestionReason: reason };
  });
}
