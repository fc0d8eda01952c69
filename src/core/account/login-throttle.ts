export interface ThrottlePolicy {
  /** Failed logins allowed per account inside the window. */
  maxFailuresPerAccount: number;
  /** Login attempts (any outcome) allowed per client address inside the window. */
  maxAttemptsPerIp: number;
  windowMs: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  maxFailuresPerAccount: 5,
  maxAttemptsPerIp: 30,
  windowMs: 15 * 60_000,
};

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterS: number };

/**
 * Sliding-window limits on login attempts, per account and per client address.
 * Deterministic: every call takes `nowMs`. Memory stays bounded by pruning old entries.
 * @example
 * const t = createLoginThrottle();
 * t.check('a@b.c', '1.2.3.4', now) // { allowed: true }
 */
export function createLoginThrottle(policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY) {
  const failures = new Map<string, number[]>();
  const attempts = new Map<string, number[]>();

  const recent = (map: Map<string, number[]>, key: string, nowMs: number): number[] => {
    const kept = (map.get(key) ?? []).filter((t) => nowMs - t < policy.windowMs);
    if (kept.length === 0) map.delete(key);
    else map.set(key, kept);
    return kept;
  };
  const retryAfter = (times: number[], limit: number, nowMs: number): number => {
    // The attempt that must age out before one more is allowed.
    const blocking = times[times.length - limit] ?? nowMs;
    return Math.max(1, Math.ceil((blocking + policy.windowMs - nowMs) / 1000));
  };

  return {
    /** Call before checking the password; a refused attempt is not counted again. */
    check(account: string, ip: string, nowMs: number): ThrottleDecision {
      const ipTimes = recent(attempts, ip, nowMs);
      if (ipTimes.length >= policy.maxAttemptsPerIp) {
        return { allowed: false, retryAfterS: retryAfter(ipTimes, policy.maxAttemptsPerIp, nowMs) };
      }
      const accountTimes = recent(failures, account, nowMs);
      if (accountTimes.length >= policy.maxFailuresPerAccount) {
        return { allowed: false, retryAfterS: retryAfter(accountTimes, policy.maxFailuresPerAccount, nowMs) };
      }
      ipTimes.push(nowMs);
      attempts.set(ip, ipTimes);
      return { allowed: true };
    },
    recordFailure(account: string, nowMs: number): void {
      const times = recent(failures, account, nowMs);
      times.push(nowMs);
      failures.set(account, times);
    },
    recordSuccess(account: string): void {
      failures.delete(account);
    },
    /** Drops every entry older than the window; call now and then to bound memory. */
    prune(nowMs: number): void {
      for (const key of [...failures.keys()]) recent(failures, key, nowMs);
      for (const key of [...attempts.keys()]) recent(attempts, key, nowMs);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
