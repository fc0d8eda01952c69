/**
 * Throttles and rate limits over the database: the rules are the core's (`src/core/account/*-throttle.ts`,
 * `rate-limits.ts`), the hits live in `throttle_hits`, so every instance of the server on one database counts
 * the same attempts. Checking and counting are two statements: instances racing on one key at the same
 * moment may let a request or two past a limit, never fewer than the limit.
 */
import {
  DEFAULT_THROTTLE_POLICY,
  loginCheckPlan,
  loginFailureHits,
  loginSuccessClears,
  passwordResetClears,
  type LoginAttempt,
  type LoginDecision,
  type ThrottlePolicy,
} from '../core/account/login-throttle';
import {
  DEFAULT_RESET_THROTTLE_POLICY,
  resetConfirmPlan,
  resetRequestPlan,
  type ResetThrottlePolicy,
} from '../core/account/reset-throttle';
import {
  decideChecks,
  type LabelledDecision,
  type ThrottleDecision,
  type ThrottlePlan,
  type WindowRule,
} from '../core/account/sliding-window';
import type { ThrottleHitsRepository } from '../store/repositories/throttle-hits';

/** How often, at most, expired hits are deleted (by whichever request comes first after that long). */
export const CLEANUP_EVERY_MS = 10 * 60_000;

export interface WindowStore {
  /** Runs a plan: reads each check's window, decides, and counts the plan's hits when allowed. */
  run<L extends string>(plan: ThrottlePlan<L>, now: Date): Promise<LabelledDecision<L>>;
  hit(rules: WindowRule[], now: Date): Promise<void>;
  clear(keys: string[]): Promise<void>;
}

/**
 * The plans' executor over `throttle_hits`; deletes expired rows every `cleanupEveryMs` as it goes, so the
 * table holds at most the hits of the longest window.
 * @example const windows = createWindowStore(repos.throttleHits); await windows.run(plan, new Date());
 */
export function createWindowStore(
  repo: ThrottleHitsRepository,
  cleanupEveryMs = CLEANUP_EVERY_MS,
): WindowStore {
  let lastCleanupMs = Number.NEGATIVE_INFINITY;
  const cleanup = async (nowMs: number) => {
    if (nowMs - lastCleanupMs < cleanupEveryMs) return;
    lastCleanupMs = nowMs;
    await repo.deleteExpired(nowMs);
  };
  const hit = async (rules: WindowRule[], now: Date) => {
    const atMs = now.getTime();
    await repo.hit(rules.map((r) => ({ key: r.key, atMs, expiresAtMs: atMs + r.windowMs })));
  };
  return {
    async run(plan, now) {
      const nowMs = now.getTime();
      await cleanup(nowMs);
      const blocking = new Map<string, number | null>();
      for (const check of plan.checks) {
        blocking.set(check.key, await repo.nthNewest(check.key, nowMs - check.windowMs, check.limit));
      }
      const decision = decideChecks(plan.checks, blocking, nowMs);
      if (decision.allowed) await hit(plan.hits, now);
      return decision;
    },
    hit,
    clear: (keys) => repo.clear(keys),
  };
}

/**
 * Login throttling (rules in `core/account/login-throttle`) shared through the database.
 * @example const login = createLoginThrottle(windows); (await login.check(attempt, now)).allowed
 */
export function createLoginThrottle(windows: WindowStore, policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY) {
  return {
    /** Call before checking the password; counts the attempt against the address when it is allowed. */
    async check(attempt: LoginAttempt, now: Date): Promise<LoginDecision> {
      const decision = await windows.run(loginCheckPlan(attempt, policy), now);
      return decision.allowed
        ? decision
        : { allowed: false, retryAfterS: decision.retryAfterS, limit: decision.label };
    },
    recordFailure: (attempt: LoginAttempt, now: Date) => windows.hit(loginFailureHits(attempt, policy), now),
    recordSuccess: (attempt: LoginAttempt) => windows.clear(loginSuccessClears(attempt)),
    recordPasswordReset: (attempt: LoginAttempt) => windows.clear(passwordResetClears(attempt)),
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

/** Password reset throttling (rules in `core/account/reset-throttle`) shared through the database. */
export function createResetThrottle(
  windows: WindowStore,
  policy: ResetThrottlePolicy = DEFAULT_RESET_THROTTLE_POLICY,
) {
  const plain = (d: LabelledDecision<string>): ThrottleDecision =>
    d.allowed ? d : { allowed: false, retryAfterS: d.retryAfterS };
  return {
    /** Call before looking the email up; counts the request when it is allowed. */
    checkRequest: async (email: string, ip: string, now: Date) =>
      plain(await windows.run(resetRequestPlan(email, ip, policy), now)),
    /** Call before checking a reset token; counts the attempt when it is allowed. */
    checkConfirm: async (ip: string, now: Date) =>
      plain(await windows.run(resetConfirmPlan(ip, policy), now)),
  };
}

export type ResetThrottle = ReturnType<typeof createResetThrottle>;
