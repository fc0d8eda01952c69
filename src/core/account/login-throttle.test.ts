import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THROTTLE_POLICY,
  loginCheckPlan,
  loginFailureHits,
  loginSuccessClears,
  passwordResetClears,
  retryText,
  type LoginAttempt,
  type LoginDecision,
  type ThrottlePolicy,
} from './login-throttle';
import { blockingHits, decideChecks } from './sliding-window';

const policy = {
  maxFailuresPerClient: 3,
  maxAttemptsPerIp: 5,
  windowMs: 60_000,
  maxFailuresPerAccount: 6,
  accountWindowMs: 600_000,
};
const from = (ip: string, account = 'a', device: string | null = null): LoginAttempt => ({
  account,
  ip,
  device,
});

/** The rules over hits kept in a map, as the database keeps them for the server. */
function createLoginThrottle(p: ThrottlePolicy) {
  const hits = new Map<string, number[]>();
  const hit = (key: string, nowMs: number) => hits.set(key, [...(hits.get(key) ?? []), nowMs]);
  return {
    check(attempt: LoginAttempt, nowMs: number): LoginDecision {
      const plan = loginCheckPlan(attempt, p);
      const decision = decideChecks(plan.checks, blockingHits(plan.checks, hits, nowMs), nowMs);
      if (!decision.allowed) {
        return { allowed: false, retryAfterS: decision.retryAfterS, limit: decision.label };
      }
      for (const rule of plan.hits) hit(rule.key, nowMs);
      return decision;
    },
    recordFailure(attempt: LoginAttempt, nowMs: number) {
      for (const rule of loginFailureHits(attempt, p)) hit(rule.key, nowMs);
    },
    recordSuccess(attempt: LoginAttempt) {
      for (const key of loginSuccessClears(attempt)) hits.delete(key);
    },
    recordPasswordReset(attempt: LoginAttempt) {
      for (const key of passwordResetClears(attempt)) hits.delete(key);
    },
  };
}

/** Checks, then records a wrong password when allowed; returns the decision. */
const wrong = (t: ReturnType<typeof createLoginThrottle>, attempt: LoginAttempt, nowMs: number) => {
  const decision = t.check(attempt, nowMs);
  if (decision.allowed) t.recordFailure(attempt, nowMs);
  return decision;
};

describe('login throttle', () => {
  it('locks one client out of one account after the allowed wrong passwords, until the window passes', () => {
    const t = createLoginThrottle(policy);
    for (let i = 0; i < 3; i++) expect(wrong(t, from('ip1'), 1000 * i)).toEqual({ allowed: true });
    expect(t.check(from('ip1'), 5_000)).toEqual({ allowed: false, retryAfterS: 55, limit: 'client' });
    expect(t.check(from('ip1'), 59_999)).toMatchObject({ allowed: false, retryAfterS: 1 });
    expect(t.check(from('ip1'), 60_000)).toEqual({ allowed: true });
  });

  it('never locks the owner out of their own address because of wrong passwords from other addresses', () => {
    const t = createLoginThrottle(policy);
    for (let i = 0; i < 3; i++) wrong(t, from(`attacker${i}`), i);
    expect(t.check(from('owner'), 10)).toEqual({ allowed: true });
    // The attacker's own address is locked for this account, and not for another one.
    expect(wrong(t, from('attacker0'), 11)).toEqual({ allowed: true });
    expect(wrong(t, from('attacker0'), 12)).toEqual({ allowed: true });
    expect(t.check(from('attacker0'), 13)).toMatchObject({ allowed: false, limit: 'client' });
    expect(t.check(from('attacker0', 'b'), 13)).toEqual({ allowed: true });
    expect(t.check(from('owner'), 13)).toEqual({ allowed: true });
  });

  it('holds every unknown client once the account backstop is reached, but not a known device', () => {
    const t = createLoginThrottle(policy);
    for (let i = 0; i < 5; i++) expect(wrong(t, from(`x${i}`), i)).toEqual({ allowed: true });
    expect(t.check(from('owner'), 10)).toEqual({ allowed: true });
    expect(wrong(t, from('x5'), 11)).toEqual({ allowed: true }); // the sixth, the last one allowed
    const held = t.check(from('owner'), 12);
    expect(held).toEqual({ allowed: false, retryAfterS: 600, limit: 'account' });
    expect(t.check(from('owner', 'a', 'laptop'), 12)).toEqual({ allowed: true });
    expect(t.check(from('owner', 'b'), 12)).toEqual({ allowed: true });
    // The first wrong password ages out of the day window: room for one more.
    expect(t.check(from('owner'), 600_000)).toEqual({ allowed: true });
  });

  it('counts a known device on its own: its wrong passwords lock only that device', () => {
    const t = createLoginThrottle(policy);
    for (let i = 0; i < 3; i++) expect(wrong(t, from('shared', 'a', 'phone'), i)).toEqual({ allowed: true });
    expect(t.check(from('shared', 'a', 'phone'), 3)).toMatchObject({ allowed: false, limit: 'client' });
    expect(t.check(from('shared', 'a', 'laptop'), 3)).toEqual({ allowed: true });
    expect(t.check(from('shared', 'a'), 3)).toEqual({ allowed: true });
    // Device failures do not feed the backstop: six of them leave unknown clients free.
    for (let i = 0; i < 3; i++) wrong(t, from('shared', 'a', 'tablet'), 4 + i);
    expect(t.check(from('elsewhere'), 10)).toEqual({ allowed: true });
  });

  it('limits attempts from one address across accounts, and a known device is not held by it', () => {
    const t = createLoginThrottle(policy);
    for (let i = 0; i < 5; i++) expect(t.check(from('ip', `user${i}`), i)).toEqual({ allowed: true });
    expect(t.check(from('ip', 'user9'), 10)).toEqual({ allowed: false, retryAfterS: 60, limit: 'client' });
    expect(t.check(from('other-ip', 'user9'), 10)).toEqual({ allowed: true });
    expect(t.check(from('ip', 'user9', 'phone'), 10)).toEqual({ allowed: true });
  });

  it('refused attempts are not counted again', () => {
    const t = createLoginThrottle(policy);
    for (let i = 0; i < 5; i++) t.check(from('ip', `user${i}`), 0);
    for (let i = 0; i < 20; i++) t.check(from('ip', 'user9'), 1_000 + i);
    expect(t.check(from('ip', 'user9'), 60_000)).toEqual({ allowed: true });
  });

  it('a success forgives that client its wrong passwords', () => {
    const t = createLoginThrottle(policy);
    wrong(t, from('owner'), 0);
    wrong(t, from('owner'), 1);
    t.recordSuccess(from('owner'));
    wrong(t, from('owner'), 2);
    wrong(t, from('owner'), 3);
    expect(t.check(from('owner'), 4)).toEqual({ allowed: true }); // 2 since the success, below 3
    wrong(t, from('owner'), 4);
    expect(t.check(from('owner'), 5)).toMatchObject({ allowed: false, limit: 'client' });
  });

  it('a success leaves the backstop as it was; a password reset clears it', () => {
    const t = createLoginThrottle(policy);
    for (let i = 0; i < 5; i++) wrong(t, from(`x${i}`), i);
    expect(t.check(from('owner'), 5)).toEqual({ allowed: true });
    t.recordSuccess(from('owner'));
    expect(wrong(t, from('x5'), 6)).toEqual({ allowed: true });
    expect(t.check(from('y'), 7)).toMatchObject({ allowed: false, limit: 'account' });
    t.recordPasswordReset(from('owner'));
    expect(t.check(from('y'), 8)).toEqual({ allowed: true });
  });

  it('defaults to 5 wrong passwords per client in 15 minutes, 30 tries per address, 100 per account a day', () => {
    expect(DEFAULT_THROTTLE_POLICY).toEqual({
      maxFailuresPerClient: 5,
      maxAttemptsPerIp: 30,
      windowMs: 900_000,
      maxFailuresPerAccount: 100,
      accountWindowMs: 86_400_000,
    });
  });

  it('says a wait in minutes up to an hour and a half, then in hours, never shorter than it is', () => {
    expect(retryText(1)).toBe('1 min');
    expect(retryText(60)).toBe('1 min');
    expect(retryText(61)).toBe('2 min');
    expect(retryText(90 * 60)).toBe('90 min');
    expect(retryText(90 * 60 + 1)).toBe('2 h');
    expect(retryText(86_400)).toBe('24 h');
  });
});
