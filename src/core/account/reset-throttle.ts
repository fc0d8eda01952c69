import { createSlidingWindow, decide, type ThrottleDecision } from './sliding-window';

export interface ResetThrottlePolicy {
  /** Reset emails that may be asked for per address (known or not) inside the window. */
  maxRequestsPerEmail: number;
  /** Reset requests allowed per client address inside the window. */
  maxRequestsPerIp: number;
  /** New-password submissions (any outcome) allowed per client address inside the window. */
  maxConfirmsPerIp: number;
  windowMs: number;
}

export const DEFAULT_RESET_THROTTLE_POLICY: ResetThrottlePolicy = {
  maxRequestsPerEmail: 3,
  maxRequestsPerIp: 10,
  maxConfirmsPerIp: 20,
  windowMs: 60 * 60_000,
};

/**
 * Sliding-window limits on password resets. Requests count per email whether or not an account has it,
 * so being refused says nothing about who has an account. Refused attempts are not counted again.
 * @example
 * const t = createResetThrottle();
 * t.checkRequest('ana@example.com', '1.2.3.4', now) // { allowed: true }
 */
export function createResetThrottle(policy: ResetThrottlePolicy = DEFAULT_RESET_THROTTLE_POLICY) {
  const byEmail = createSlidingWindow(policy.windowMs);
  const byIp = createSlidingWindow(policy.windowMs);
  const confirmsByIp = createSlidingWindow(policy.windowMs);

  return {
    /** Call before looking the email up; counts the request when it is allowed. */
    checkRequest(email: string, ip: string, nowMs: number): ThrottleDecision {
      const ipWait = byIp.wait(ip, policy.maxRequestsPerIp, nowMs);
      if (ipWait > 0) return decide(ipWait);
      const emailWait = byEmail.wait(email, policy.maxRequestsPerEmail, nowMs);
      if (emailWait > 0) return decide(emailWait);
      byIp.hit(ip, nowMs);
      byEmail.hit(email, nowMs);
      return { allowed: true };
    },
    /** Call before checking a reset token; counts the attempt when it is allowed. */
    checkConfirm(ip: string, nowMs: number): ThrottleDecision {
      const wait = confirmsByIp.wait(ip, policy.maxConfirmsPerIp, nowMs);
      if (wait > 0) return decide(wait);
      confirmsByIp.hit(ip, nowMs);
      return { allowed: true };
    },
    /** Drops every entry older than the window; call now and then to bound memory. */
    prune(nowMs: number): void {
      byEmail.prune(nowMs);
      byIp.prune(nowMs);
      confirmsByIp.prune(nowMs);
    },
  };
}

export type ResetThrottle = ReturnType<typeof createResetThrottle>;
