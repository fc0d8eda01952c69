import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, TEST_RATE_LIMITS, type TestApp } from '../support/test-app';
import type { RateLimits } from '../../src/core/account/rate-limits';

/**
 * Two instances of the server over one database (issue 13 item 2): login throttling and rate limits are
 * counted in the database, so what one instance counted, the other sees.
 */
const PASSWORD = 'the owner password';
const LIMITS: RateLimits = {
  ...TEST_RATE_LIMITS,
  auth: { max: 6, windowMs: 60_000 },
  import: { max: 1, windowMs: 60_000 },
  write: { max: 3, windowMs: 60_000 },
};

for (const dialect of DIALECTS) {
  describe(`throttles shared by two instances on one database [${dialect}]`, () => {
    let a: TestApp;
    let b: TestApp;
    const both = () => [a, b];
    const advance = (ms: number) => both().forEach((t) => t.clock.advance(ms));
    const options = {
      config: { rateLimits: LIMITS },
      throttle: { maxFailuresPerClient: 3, maxAttemptsPerIp: 1000 },
    };
    beforeAll(async () => {
      a = await createTestApp(dialect, options);
      b = await createTestApp(dialect, { ...options, sharedStore: a.db });
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    const login = (t: TestApp, email: string, password: string, remoteAddress = '192.0.2.10') =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        headers: { origin: ORIGIN },
        payload: { email, password },
      });

    it('sees wrong passwords counted by the other instance, and locks the client out on both', async () => {
      const email = 'shared-login@example.com';
      await a.register(email, PASSWORD);
      advance(60_000); // the registration's auth request ages out of the tiny auth window
      expect((await login(a, email, 'wrong one')).statusCode).toBe(401);
      expect((await login(a, email, 'wrong two')).statusCode).toBe(401);
      // The third wrong password goes to the other instance: it knows of the first two.
      expect((await login(b, email, 'wrong three')).statusCode).toBe(401);
      for (const t of both()) {
        const refused = await login(t, email, PASSWORD);
        expect(refused.statusCode).toBe(429);
        expect(refused.json()).toMatchObject({ code: 'too_many_attempts' });
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      }
      // Another client is not held back, on either instance.
      expect((await login(b, email, PASSWORD, '198.51.100.7')).statusCode).toBe(200);
      advance(15 * 60_000);
      expect((await login(b, email, PASSWORD)).statusCode).toBe(200);
    });

    it('shares one rate limit on ordinary writes: the second instance refuses once the first used it up', async () => {
      advance(60_000);
      const runner = await a.register();
      const put = (t: TestApp) =>
        t.app.inject({
          method: 'PUT',
          url: '/api/settings',
          headers: { origin: ORIGIN, cookie: runner.cookie },
          payload: { units: 'km' },
        });
      expect((await put(a)).statusCode).toBe(200);
      expect((await put(a)).statusCode).toBe(200);
      expect((await put(b)).statusCode).toBe(200);
      const refused = await put(b);
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBe('60');
      expect(refused.json()).toMatchObject({
        code: 'rate_limited',
        message: 'Too many changes: the limit is 3 in 1 min. Try again in 1 min.',
      });
      expect((await put(a)).statusCode).toBe(429);
      // Reads are not limited, and another runner has their own count.
      const read = await b.app.inject({ url: '/api/settings', headers: { cookie: runner.cookie } });
      expect(read.statusCode).toBe(200);
      const other = await b.register();
      const theirs = await b.app.inject({
        method: 'PUT',
        url: '/api/settings',
        headers: { origin: ORIGIN, cookie: other.cookie },
        payload: { units: 'mi' },
      });
      expect(theirs.statusCode).toBe(200);
      // Refused requests were not counted: one window later the runner writes again.
      advance(60_000);
      expect((await put(b)).statusCode).toBe(200);
    });

    it('limits sign-ups and logins per client address, across both instances', async () => {
      advance(60_000);
      const register = (t: TestApp, n: number, remoteAddress = '203.0.113.9') =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/register',
          remoteAddress,
          headers: { origin: ORIGIN },
          payload: { email: `burst${n}@example.com`, password: PASSWORD },
        });
      expect((await register(a, 1)).statusCode).toBe(201);
      expect((await register(b, 2)).statusCode).toBe(201);
      expect((await register(a, 3)).statusCode).toBe(201);
      expect((await register(b, 4)).statusCode).toBe(201);
      expect((await register(a, 5)).statusCode).toBe(201);
      expect((await login(b, 'burst1@example.com', PASSWORD, '203.0.113.9')).statusCode).toBe(200);
      const refused = await register(b, 7);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().message).toBe(
        'Too many sign-in and password requests: the limit is 6 in 1 min. Try again in 1 min.',
      );
      expect((await register(a, 8, '203.0.113.10')).statusCode).toBe(201);
    });

    it('limits imports apart from other writes', async () => {
      advance(60_000);
      const runner = await a.register();
      const upload = (t: TestApp) =>
        t.app.inject({
          method: 'POST',
          url: '/api/import-account',
          headers: { origin: ORIGIN, cookie: runner.cookie, 'content-type': 'application/json' },
          payload: '{}',
        });
      // The first is counted whatever its answer (here: not an upload at all).
      expect((await upload(a)).statusCode).not.toBe(429);
      const refused = await upload(b);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().message).toMatch(/^Too many imports: the limit is 1 in 1 min/);
      const write = await b.app.inject({
        method: 'PUT',
        url: '/api/settings',
        headers: { origin: ORIGIN, cookie: runner.cookie },
        payload: { units: 'mi' },
      });
      expect(write.statusCode).toBe(200);
    });

    it('deletes expired hits as it goes, so the table does not grow', async () => {
      const hits = () => a.db.store.db.selectFrom('throttle_hits').select(['expires_at']).execute();
      const before = await hits();
      expect(before.length).toBeGreaterThan(5);
      // Past every window (the login backstop's is a day) and the cleanup interval.
      advance(25 * 60 * 60_000);
      const runner = await b.register();
      const after = await hits();
      const now = b.clock.now().toISOString();
      expect(after.every((h) => h.expires_at > now)).toBe(true);
      // What is left is the sign-up just made: its rate-limit hit (no login attempts).
      expect(after).toHaveLength(1);
      expect(runner.id).toBeTruthy();
    });

    it('stores no email or address in the table, only hashes of the keys', async () => {
      await login(a, 'private@example.com', 'nope', '192.0.2.99');
      const rows = await a.db.store.db.selectFrom('throttle_hits').selectAll().execute();
      const text = JSON.stringify(rows);
      expect(rows.length).toBeGreaterThan(1);
      expect(text).not.toContain('private@example.com');
      expect(text).not.toContain('192.0.2.99');
    });
  });
}
