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
 * The hit that stands in the way of one more: the `limit`-th newest of `times` inside the window, or null when
 * fewer than `limit` are inside it. All a window needs to decide, so the database returns just this one.
 * @example blockingHit([0, 10_000, 20_000], 2, 60_000, 30_000) // 10_000
 */
export function blockingHit(
  times: readonly number[],
  limit: number,
  windowMs: number,
  nowMs: number,
): number | null {
  const recent = times.filter((t) => nowMs - t < windowMs).sort((a, b) => b - a);
  return recent[limit - 1] ?? null;
}

/**
 * Seconds until the blocking hit (see `blockingHit`) ages out of the window; 0 when there is none. A hit a
 * little ahead of this clock (another instance's clock runs fast) still counts, but never for longer than the
 * window itself.
 * @example waitFor(0, 60_000, 20_000) // 40
 */
export function waitFor(blocking: number | null, windowMs: number, nowMs: number): number {
  if (blocking === null || nowMs - blocking >= windowMs) return 0;
  return Math.max(1, Math.ceil(Math.min(blocking + windowMs - nowMs, windowMs) / 1000));
}

/**
 * Seconds until `times` (the hits of one key, any order) leave room for one more under `limit`; 0 when there
 * is room now.
 * @example windowWait([0, 10_000], 2, 60_000, 20_000) // 40: the hit at 0 ages out at 60 s
 */
export function windowWait(times: readonly number[], limit: number, windowMs: number, nowMs: number): number {
  return waitFor(blockingHit(times, limit, windowMs, nowMs), windowMs, nowMs);
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterS: number };

/** @example decide(0) // { allowed: true } */
export const decide = (waitS: number): ThrottleDecision =>
  waitS === 0 ? { allowed: true } : { allowed: false, retryAfterS: waitS };

export type LabelledDecision<L extends string> =
  { allowed: true } | { allowed: false; retryAfterS: number; label: L };

/**
 * Decides a plan's checks from the blocking hit of each (`blockingHit`; missing or null: room): refused with the
 * longest wait of the full windows, and the label of the first check, in the plan's order, that needs that long.
 * @example
 * decideChecks([{ key: 'k', limit: 1, windowMs: 60_000, label: 'ip' }], new Map([['k', 0]]), 30_000)
 * // { allowed: false, retryAfterS: 30, label: 'ip' }
 */
export function decideChecks<L extends string>(
  checks: readonly WindowCheck<L>[],
  blockingByKey: ReadonlyMap<string, number | null>,
  nowMs: number,
): LabelledDecision<L> {
  let worst: { retryAfterS: number; label: L } | null = null;
  for (const check of checks) {
    const wait = waitFor(blockingByKey.get(check.key) ?? null, check.windowMs, nowMs);
    if (wait > 0 && (!worst || wait > worst.retryAfterS)) worst = { retryAfterS: wait, label: check.label };
  }
  return worst ? { allowed: false, ...worst } : { allowed: true };
}

/**
 * The blocking hit of each check from every hit of its key: what a store that keeps all hits in memory
 * (the core's tests) hands `decideChecks`.
 */
export function blockingHits(
  checks: readonly WindowRule[],
  timesByKey: ReadonlyMap<string, readonly number[]>,
  nowMs: number,
): Map<string, number | null> {
  return new Map(
    checks.map((c) => [c.key, blockingHit(timesByKey.get(c.key) ?? [], c.limit, c.windowMs, nowMs)]),
  );
}
