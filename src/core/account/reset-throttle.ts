import type { ThrottlePlan } from './sliding-window';

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
 * Sliding-window limits on asking for a reset link. Requests count per email whether or not an account has
 * it, so being refused says nothing about who has an account. Refused requests are not counted.
 * @example resetRequestPlan('ana@example.com', '192.0.2.1').checks.length // 2
 */
export function resetRequestPlan(
  email: string,
  ip: string,
  policy: ResetThrottlePolicy = DEFAULT_RESET_THROTTLE_POLICY,
): ThrottlePlan<'ip' | 'email'> {
  const byIp = { key: `reset ip\n${ip}`, limit: policy.maxRequestsPerIp, windowMs: policy.windowMs };
  const byEmail = {
    key: `reset email\n${email}`,
    limit: policy.maxRequestsPerEmail,
    windowMs: policy.windowMs,
  };
  return {
    checks: [
      { ...byIp, label: 'ip' },
      { ...byEmail, label: 'email' },
    ],
    hits: [byIp, byEmail],
  };
}

/** New-password submissions through a reset link, per client address; counted when allowed. */
export function resetConfirmPlan(
  ip: string,
  policy: ResetThrottlePolicy = DEFAULT_RESET_THROTTLE_POLICY,
): ThrottlePlan<'ip'> {
  const rule = { key: `reset confirm ip\n${ip}`, limit: policy.maxConfirmsPerIp, windowMs: policy.windowMs };
  return { checks: [{ ...rule, label: 'ip' }], hits: [rule] };
}
