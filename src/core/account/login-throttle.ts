import { createSlidingWindow, decide, type ThrottleDecision } from './sliding-window';

export type { ThrottleDecision } from './sliding-window';

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

/**
 * Sliding-window limits on login attempts, per account and per client address.
 * Deterministic: every call takes `nowMs`. Memory stays bounded by pruning old entries.
 * @example
 * const t = createLoginThrottle();
 * t.check('a@b.c', '1.2.3.4', now) // { allowed: true }
 */
export function createLoginThrottle(policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY) {
  const failures = createSlidingWindow(policy.windowMs);
  const attempts = createSlidingWindow(policy.windowMs);

  return {
    /** Call before checking the password; a refused attempt is not counted again. */
    check(account: string, ip: string, nowMs: number): ThrottleDecision {
      const ipWait = attempts.wait(ip, policy.maxAttemptsPerIp, nowMs);
      if (ipWait > 0) return decide(ipWait);
      const accountWait = failures.wait(account, policy.maxFailuresPerAccount, nowMs);
      if (accountWait > 0) return decide(accountWait);
      attempts.hit(ip, nowMs);
      return { allowed: true };
    },
    recordFailure(account: string, nowMs: number): void {
      failures.hit(account, nowMs);
    },
    recordSuccess(account: string): void {
      failures.clear(account);
    },
    /** Drops every entry older than the window; call now and then to bound memory. */
    prune(nowMs: number): void {
      failures.prune(nowMs);
      attempts.prune(nowMs);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
