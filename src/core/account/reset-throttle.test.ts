import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RESET_THROTTLE_POLICY,
  resetConfirmPlan,
  resetRequestPlan,
  type ResetThrottlePolicy,
} from './reset-throttle';
import { blockingHits, decideChecks, type ThrottleDecision, type ThrottlePlan } from './sliding-window';

/** The rules over hits kept in a map, as the database keeps them for the server. */
function createResetThrottle(p: ResetThrottlePolicy) {
  const hits = new Map<string, number[]>();
  const run = (plan: ThrottlePlan, nowMs: number): ThrottleDecision => {
    const decision = decideChecks(plan.checks, blockingHits(plan.checks, hits, nowMs), nowMs);
    if (!decision.allowed) return { allowed: false, retryAfterS: decision.retryAfterS };
    for (const rule of plan.hits) hits.set(rule.key, [...(hits.get(rule.key) ?? []), nowMs]);
    return decision;
  };
  return {
    checkRequest: (email: string, ip: string, nowMs: number) => run(resetRequestPlan(email, ip, p), nowMs),
    checkConfirm: (ip: string, nowMs: number) => run(resetConfirmPlan(ip, p), nowMs),
  };
}

const policy = { maxRequestsPerEmail: 2, maxRequestsPerIp: 4, maxConfirmsPerIp: 3, windowMs: 60_000 };

describe('reset throttle', () => {
  it('limits requests per email from any address, until the window passes', () => {
    const t = createResetThrottle(policy);
    expect(t.checkRequest('a@x.org', 'ip1', 0)).toEqual({ allowed: true });
    expect(t.checkRequest('a@x.org', 'ip2', 1_000)).toEqual({ allowed: true });
    expect(t.checkRequest('a@x.org', 'ip3', 2_000)).toEqual({ allowed: false, retryAfterS: 58 });
    expect(t.checkRequest('b@x.org', 'ip3', 2_000)).toEqual({ allowed: true });
    expect(t.checkRequest('a@x.org', 'ip3', 60_000)).toEqual({ allowed: true });
  });

  it('limits requests per client address across emails, and does not count refusals', () => {
    const t = createResetThrottle(policy);
    for (let i = 0; i < 4; i++) expect(t.checkRequest(`u${i}@x.org`, 'ip', i)).toEqual({ allowed: true });
    expect(t.checkRequest('u9@x.org', 'ip', 10)).toMatchObject({ allowed: false });
    expect(t.checkRequest('u9@x.org', 'other', 10)).toEqual({ allowed: true });
    // u9 was refused once from "ip"; only the allowed request from "other" counts against it.
    expect(t.checkRequest('u9@x.org', 'third', 11)).toEqual({ allowed: true });
    expect(t.checkRequest('u9@x.org', 'fourth', 12)).toMatchObject({ allowed: false });
  });

  it('limits new-password attempts per client address on their own', () => {
    const t = createResetThrottle(policy);
    for (let i = 0; i < 3; i++) expect(t.checkConfirm('ip', i)).toEqual({ allowed: true });
    expect(t.checkConfirm('ip', 3)).toEqual({ allowed: false, retryAfterS: 60 });
    expect(t.checkConfirm('ip2', 3)).toEqual({ allowed: true });
    expect(t.checkRequest('a@x.org', 'ip', 3)).toEqual({ allowed: true });
  });

  it('defaults to a few emails per address an hour', () => {
    expect(DEFAULT_RESET_THROTTLE_POLICY).toEqual({
      maxRequestsPerEmail: 3,
      maxRequestsPerIp: 10,
      maxConfirmsPerIp: 20,
      windowMs: 3_600_000,
    });
  });
});
