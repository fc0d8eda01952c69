import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RATE_LIMITS,
  parseRateLimits,
  rateLimitMessage,
  rateLimitPlan,
  routeClass,
} from './rate-limits';
import { blockingHits, decideChecks } from './sliding-window';

describe('rate limits', () => {
  it('puts every state-changing route in a class, and no read in any', () => {
    expect(routeClass('POST', '/api/auth/login')).toBe('auth');
    expect(routeClass('POST', '/api/me/password')).toBe('auth');
    expect(routeClass('DELETE', '/api/me')).toBe('auth');
    expect(routeClass('POST', '/api/imports')).toBe('import');
    expect(routeClass('POST', '/api/import-account')).toBe('import');
    expect(routeClass('PATCH', '/api/runs/:id')).toBe('write');
    expect(routeClass('PUT', '/api/settings')).toBe('write');
    expect(routeClass('DELETE', '/api/sessions/:id')).toBe('write');
    expect(routeClass('POST', '/api/some-route-added-later')).toBe('write');
    expect(routeClass('GET', '/api/runs')).toBeNull();
    expect(routeClass('HEAD', '/api/runs')).toBeNull();
    expect(routeClass('OPTIONS', '/api/auth/login')).toBeNull();
  });

  it('keeps auth tight, imports moderate and ordinary writes generous', () => {
    const perMinute = (c: keyof typeof DEFAULT_RATE_LIMITS) =>
      DEFAULT_RATE_LIMITS[c].max / (DEFAULT_RATE_LIMITS[c].windowMs / 60_000);
    expect(perMinute('auth')).toBe(2);
    expect(perMinute('import')).toBe(1);
    expect(perMinute('write')).toBe(60);
    expect(DEFAULT_RATE_LIMITS.auth.max).toBeLessThan(DEFAULT_RATE_LIMITS.import.max);
    expect(DEFAULT_RATE_LIMITS.import.max).toBeLessThan(DEFAULT_RATE_LIMITS.write.max);
  });

  it('counts an account apart from an address, and each class apart', () => {
    const limits = { ...DEFAULT_RATE_LIMITS, write: { max: 2, windowMs: 60_000 } };
    const user = rateLimitPlan('write', { userId: 'u1' }, limits);
    const ip = rateLimitPlan('write', { ip: 'u1' }, limits);
    const auth = rateLimitPlan('auth', { userId: 'u1' }, limits);
    expect(new Set([user.hits[0]?.key, ip.hits[0]?.key, auth.hits[0]?.key]).size).toBe(3);
    const hits = new Map([[user.hits[0]?.key ?? '', [0, 1_000]]]);
    expect(decideChecks(user.checks, blockingHits(user.checks, hits, 2_000), 2_000)).toEqual({
      allowed: false,
      retryAfterS: 58,
      label: 'write',
    });
    expect(decideChecks(ip.checks, blockingHits(ip.checks, hits, 2_000), 2_000)).toEqual({ allowed: true });
    expect(decideChecks(user.checks, blockingHits(user.checks, hits, 60_000), 60_000)).toEqual({
      allowed: true,
    });
  });

  it('names the limit and the wait in its message', () => {
    expect(rateLimitMessage('import', DEFAULT_RATE_LIMITS.import, 300)).toBe(
      'Too many imports: the limit is 60 in 60 min. Try again in 5 min.',
    );
    expect(rateLimitMessage('auth', DEFAULT_RATE_LIMITS.auth, 1)).toBe(
      'Too many sign-in and password requests: the limit is 30 in 15 min. Try again in 1 min.',
    );
  });

  it('reads limits from the environment, keeping the defaults of classes left out', () => {
    const read = parseRateLimits('write=100/1m, auth=5/30s', DEFAULT_RATE_LIMITS);
    expect(read).toEqual({
      ok: true,
      value: {
        auth: { max: 5, windowMs: 30_000 },
        import: DEFAULT_RATE_LIMITS.import,
        write: { max: 100, windowMs: 60_000 },
      },
    });
    expect(parseRateLimits('', DEFAULT_RATE_LIMITS)).toEqual({ ok: true, value: DEFAULT_RATE_LIMITS });
    expect(parseRateLimits('write=100', DEFAULT_RATE_LIMITS)).toMatchObject({ ok: false });
    expect(parseRateLimits('reads=1/1m', DEFAULT_RATE_LIMITS)).toMatchObject({ ok: false });
    expect(parseRateLimits('write=0/1m', DEFAULT_RATE_LIMITS)).toMatchObject({ ok: false });
  });
});
