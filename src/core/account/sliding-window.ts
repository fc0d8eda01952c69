/**
 * The counting under every throttle: hits per key inside a sliding window. The hits themselves are kept by the
 * caller (the database, so every instance of the server counts the same ones); these rules only read them.
 * Deterministic: every function takes `nowMs`.
 */

/** One window to count in: `limit` hits of `key` are allowed inside any `windowMs`. */
export interface WindowRule {
  key: string;
  limit: number;
  windowMs: number;
}

/** A window to check before an action, with a label saying which limit it is when it refuses. */
export interface WindowCheck<L extends string = string> extends WindowRule {
  label: L;
}

/**
 * What one guarded action does: check every window (refused when any is full), and only when allowed
 * count one hit in each of `hits`. Refused attempts are not counted, so waiting always frees a client.
 */
export interface ThrottlePlan<L extends string = string> {
  checks: WindowCheck<L>[];
  hits: WindowRule[];
}

/**
 * Seconds until `times` (the hits of one key, any order) leave room for one more under `limit`; 0 when there
 * is room now.
 * @example windowWait([0, 10_000], 2, 60_000, 20_000) // 40: the hit at 0 ages out at 60 s
 */
export function windowWait(times: readonly number[], limit: number, windowMs: number, nowMs: number): number {
  const recent = times.filter((t) => nowMs - t < windowMs && t <= nowMs).sort((a, b) => a - b);
  if (recent.length < limit) return 0;
  // The hit that must age out before one more is allowed.
  const blocking = recent[recent.length - limit] ?? nowMs;
  return Math.max(1, Math.ceil((blocking + windowMs - nowMs) / 1000));
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterS: number };

/** @example decide(0) // { allowed: true } */
export const decide = (waitS: number): ThrottleDecision =>
  waitS === 0 ? { allowed: true } : { allowed: false, retryAfterS: waitS };

export type LabelledDecision<L extends string> =
  { allowed: true } | { allowed: false; retryAfterS: number; label: L };

/**
 * Decides a plan's checks from the hits read for each key: refused with the longest wait of the full windows
 * (and the label of the first check, in the plan's order, that needs that long).
 * @example
 * decideChecks([{ key: 'k', limit: 1, windowMs: 60_000, label: 'ip' }], new Map([['k', [0]]]), 30_000)
 * // { allowed: false, retryAfterS: 30, label: 'ip' }
 */
export function decideChecks<L extends string>(
  checks: readonly WindowCheck<L>[],
  timesByKey: ReadonlyMap<string, readonly number[]>,
  nowMs: number,
): LabelledDecision<L> {
  let worst: { retryAfterS: number; label: L } | null = null;
  for (const check of checks) {
    const wait = windowWait(timesByKey.get(check.key) ?? [], check.limit, check.windowMs, nowMs);
    if (wait > 0 && (!worst || wait > worst.retryAfterS)) worst = { retryAfterS: wait, label: check.label };
  }
  return worst ? { allowed: false, ...worst } : { allowed: true };
}
