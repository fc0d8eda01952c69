import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from './login-throttle';

const policy = { maxFailuresPerAccount: 3, maxAttemptsPerIp: 5, windowMs: 60_000 };

describe('login throttle', () => {
  it('locks an account after the allowed failures, then frees it when the window passes', () => {
    const t = createLoginThrottle(policy);
    for (let i = 0; i < 3; i++) {
      expect(t.check('a', `ip${i}`, 1000 * i)).toEqual({ allowed: true });
      t.recordFailure('a', 1000 * i);
    }
    const refused = t.check('a', 'ip9', 5_000);
    expect(refused).toEqual({ allowed: false, retryAfterS: 55 });
    expect(t.check('b', 'ip9', 5_000)).toEqual({ allowed: true });
    expect(t.check('a', 'ip9', 60_001)).toEqual({ allowed: true });
  });

  it('limits attempts from one address across accounts', () => {
    const t = createLoginThrottle(policy);
    for (let i = 0; i < 5; i++) expect(t.check(`user${i}`, 'ip', i)).toEqual({ allowed: true });
    expect(t.check('user9', 'ip', 10)).toMatchObject({ allowed: false });
    expect(t.check('user9', 'other-ip', 10)).toEqual({ allowed: true });
  });

  it('a success clears the account failures', () => {
    const t = createLoginThrottle(policy);
    t.recordFailure('a', 0);
    t.recordFailure('a', 1);
    t.recordSuccess('a');
    t.recordFailure('a', 2);
    t.recordFailure('a', 3);
    expect(t.check('a', 'ip', 4)).toEqual({ allowed: true });
  });
});
