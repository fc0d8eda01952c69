/**
 * Timestamps per key inside a sliding window: the counting under every throttle. Deterministic: every call
 * takes `nowMs`. Entries older than the window are dropped whenever their key is read, and by `prune`.
 * @example
 * const w = createSlidingWindow(60_000);
 * w.hit('1.2.3.4', 0);
 * w.wait('1.2.3.4', 1, 10_000) // 50: seconds until one more is allowed
 */
export function createSlidingWindow(windowMs: number) {
  const hits = new Map<string, number[]>();

  const recent = (key: string, nowMs: number): number[] => {
    const kept = (hits.get(key) ?? []).filter((t) => nowMs - t < windowMs);
    if (kept.length === 0) hits.delete(key);
    else hits.set(key, kept);
    return kept;
  };

  return {
    /** Seconds until `key` has fewer than `limit` hits in the window; 0 when it has room now. */
    wait(key: string, limit: number, nowMs: number): number {
      const times = recent(key, nowMs);
      if (times.length < limit) return 0;
      // The hit that must age out before one more is allowed.
      const blocking = times[times.length - limit] ?? nowMs;
      return Math.max(1, Math.ceil((blocking + windowMs - nowMs) / 1000));
    },
    hit(key: string, nowMs: number): void {
      const times = recent(key, nowMs);
      times.push(nowMs);
      hits.set(key, times);
    },
    clear(key: string): void {
      hits.delete(key);
    },
    /** Drops every entry older than the window; call now and then to bound memory. */
    prune(nowMs: number): void {
      for (const key of [...hits.keys()]) recent(key, nowMs);
    },
    /** How many keys are held: for tests of pruning. */
    get size(): number {
      return hits.size;
    },
  };
}

export type SlidingWindow = ReturnType<typeof createSlidingWindow>;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterS: number };

/** @example decide(0) // { allowed: true } */
export const decide = (waitS: number): ThrottleDecision =>
  waitS === 0 ? { allowed: true } : { allowed: false, retryAfterS: waitS };
