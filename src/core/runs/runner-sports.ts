/**
 * The sports a runner can give an activity, named as the importers name them (snake_case, see
 * `normaliseSport`), and the one an activity has until then when its file did not say.
 */

/** What a runner can answer to "what was this?" (PATCH /api/runs/:id). Trail running counts as running. */
export const RUNNER_SPORTS = ['running', 'trail_running', 'walking', 'hiking', 'cycling', 'other'] as const;
export type RunnerSport = (typeof RUNNER_SPORTS)[number];

/**
 * The sport of an activity whose file did not say (GPX without a type, some FIT and TCX files), until the
 * runner does. Such an activity counts nowhere: not as running, not among other sports.
 */
export const UNKNOWN_SPORT = 'generic';

/** @example isUnclassified('generic') // true */
export const isUnclassified = (sport: string): boolean => sport === UNKNOWN_SPORT;
