import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import type { TrustProxySetting } from '../../src/config/trust-proxy';
import { DEFAULT_THROTTLE_POLICY } from '../../src/core/account/login-throttle';

const OWNER = 'owner@example.com';
const PASSWORD = 'the owner password';

/** The `name=value` of one cookie among those a response set. */
function setCookie(res: { headers: Record<string, unknown> }, name: string): string | undefined {
  const all = ([] as string[]).concat((res.headers['set-cookie'] as string | string[] | undefined) ?? []);
  return all.find((c) => c.startsWith(`${name}=`))?.split(';')[0];
}

for (const dialect of DIALECTS) {
  describe(`login throttling and client addresses [${dialect}]`, () => {
    /** A server behind `trustProxy`, with the owner registered; the proxy itself connects from 127.0.0.1. */
    const behind = async (trustProxy: TrustProxySetting, throttle = {}) => {
      const t = await createTestApp(dialect, { config: { trustProxy }, throttle });
      await t.register(OWNER, PASSWORD);
      return t;
    };
    const login = (
      t: TestApp,
      password: string,
      opts: { xff?: string; remote?: string; cookie?: string; email?: string } = {},
    ) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: opts.remote ?? '127.0.0.1',
        headers: {
          origin: ORIGIN,
          ...(opts.xff ? { 'x-forwarded-for': opts.xff } : {}),
          ...(opts.cookie ? { cookie: opts.cookie } : {}),
        },
        payload: { email: opts.email ?? OWNER, password },
      });

    let t: TestApp;
    beforeAll(async () => {
      // 5 tries per address instead of 30, to spend fewer password hashes on the same proof.
      t = await behind(1, { maxAttemptsPerIp: 5 });
    });
    afterAll(async () => t?.close());

    it('throttles the rotating left-most X-Forwarded-For attack: the proxy-added address is the client', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 40; i++) {
        const res = await login(t, 'not the password', {
          xff: `10.66.${i}.1, 203.0.113.50`,
          email: `victim${i}@example.com`,
        });
        codes.push(res.statusCode);
      }
      // Before: 40 of 40 got through (the left-most value was taken as the client). Now 5 per address.
      expect(codes.slice(0, 5)).toEqual(Array(5).fill(401));
      expect(codes.slice(5)).toEqual(Array(35).fill(429));
      // Another client of the same proxy is not held back by it.
      expect((await login(t, PASSWORD, { xff: '10.66.0.1, 198.51.100.7' })).statusCode).toBe(200);
    });

    it('lets the owner in from their own address while an attacker hammers the account from others', async () => {
      for (let i = 0; i < 2; i++) {
        for (let k = 0; k < 6; k++) await login(t, `guess ${i}-${k}`, { xff: `192.0.2.${i + 1}` });
      }
      // Each attacking address is locked out of the account after 5 wrong passwords...
      const attacker = await login(t, PASSWORD, { xff: '192.0.2.1' });
      expect(attacker.statusCode).toBe(429);
      expect(attacker.json().code).toBe('too_many_attempts');
      expect(Number(attacker.headers['retry-after'])).toBeGreaterThan(800);
      // ...while the owner, at home, is not: before, 5 wrong passwords from anywhere locked them out for 15 min.
      const owner = await login(t, PASSWORD, { xff: '198.51.100.20' });
      expect(owner.statusCode).toBe(200);
    });

    it('keeps the owner’s known browser working once the account-wide backstop holds unknown clients', async () => {
      const small = await behind(1, { maxFailuresPerAccount: 4 });
      try {
        const first = await login(small, PASSWORD, { xff: '198.51.100.20' });
        const device = setCookie(first, 'backstride_device');
        expect(device).toMatch(/^backstride_device=[\w-]{22}\.[\w-]{43}$/);
        expect(String(first.headers['set-cookie'])).toMatch(/backstride_device=.*Path=\/api\/auth.*HttpOnly/);
        for (let i = 0; i < 4; i++) await login(small, `guess ${i}`, { xff: `192.0.2.${i + 1}` });
        const stranger = await login(small, PASSWORD, { xff: '203.0.113.99' });
        expect(stranger.statusCode).toBe(429);
        expect(stranger.json().message).toMatch(
          /too many wrong passwords today.*device you have used before/,
        );
        expect((await login(small, PASSWORD, { xff: '198.51.100.20', cookie: device })).statusCode).toBe(200);
        // A device cookie speaks for its own account only, and a forged one for none.
        await small.register('other@example.com', 'other password 1');
        expect(
          (
            await login(small, 'other password 1', {
              xff: '203.0.113.99',
              cookie: device,
              email: 'other@example.com',
            })
          ).statusCode,
        ).toBe(200);
        const forged = device!.replace(/\.[\w-]{43}$/, `.${'A'.repeat(43)}`);
        expect((await login(small, PASSWORD, { xff: '203.0.113.98', cookie: forged })).statusCode).toBe(429);
      } finally {
        await small.close();
      }
    });

    it('counts an IPv6 client by its /64, so rotating the rest of the address does not help', async () => {
      const v6 = await behind(1, { maxAttemptsPerIp: 3 });
      try {
        const codes: number[] = [];
        for (let i = 1; i <= 4; i++)
          codes.push(
            (await login(v6, 'nope', { xff: `2001:db8:1:2::${i.toString(16)}`, email: `u${i}@example.com` }))
              .statusCode,
          );
        expect(codes).toEqual([401, 401, 401, 429]);
        expect(
          (await login(v6, 'nope', { xff: '2001:db8:1:3::1', email: 'u9@example.com' })).statusCode,
        ).toBe(401);
      } finally {
        await v6.close();
      }
    });

    type From = { xff?: string; remote?: string };
    /**
     * For each pair of requests, whether the server counts them as the same client: with a limit of one
     * attempt per address, the second is refused only then. The window is let pass between pairs.
     */
    const sameClient = async (trustProxy: TrustProxySetting, pairs: [From, From][]) => {
      const probe = await createTestApp(dialect, {
        config: { trustProxy },
        throttle: { maxAttemptsPerIp: 1 },
      });
      try {
        const same: boolean[] = [];
        for (const [a, b] of pairs) {
          probe.clock.advance(DEFAULT_THROTTLE_POLICY.windowMs);
          expect((await login(probe, 'nope', { ...a, email: 'a@example.com' })).statusCode).toBe(401);
          same.push((await login(probe, 'nope', { ...b, email: 'b@example.com' })).statusCode === 429);
        }
        return same;
      } finally {
        await probe.close();
      }
    };

    it('with a hop count, takes the address the outermost trusted proxy saw', async () => {
      // One proxy: the right-most entry is the client; what is left of it is the client's to invent.
      expect(
        await sameClient(1, [
          [{ xff: '1.1.1.1, 203.0.113.5' }, { xff: '2.2.2.2, 203.0.113.5' }],
          [{ xff: '1.1.1.1, 203.0.113.5' }, { xff: '1.1.1.1, 203.0.113.6' }],
        ]),
      ).toEqual([true, false]);
      // Two proxies (a CDN, then nginx): the second entry from the right.
      expect(
        await sameClient(2, [
          [{ xff: '9.9.9.9, 203.0.113.5, 10.0.0.2' }, { xff: '203.0.113.5, 10.0.0.3' }],
          [{ xff: '203.0.113.5, 10.0.0.2' }, { xff: '203.0.113.6, 10.0.0.2' }],
        ]),
      ).toEqual([true, false]);
      // TRUST_PROXY off: the connection is the client, forwarded headers are ignored.
      expect(
        await sameClient(false, [
          [{ xff: '203.0.113.5' }, { xff: '203.0.113.6' }],
          [{ remote: '10.0.0.1' }, { remote: '10.0.0.2' }],
        ]),
      ).toEqual([true, false]);
    });

    it('with a list of proxies, takes the right-most address that is not one of them', async () => {
      expect(
        await sameClient(
          ['127.0.0.1', '10.0.0.0/8'],
          [
            [{ xff: '6.6.6.6, 203.0.113.5, 10.1.2.3' }, { xff: '7.7.7.7, 203.0.113.5, 10.9.9.9' }],
            [{ xff: '203.0.113.5, 10.1.2.3' }, { xff: '203.0.113.6, 10.1.2.3' }],
            // A connection from outside the list is the client itself, whatever it forwards.
            [
              { remote: '198.51.100.1', xff: '203.0.113.5' },
              { remote: '198.51.100.1', xff: '203.0.113.6' },
            ],
          ],
        ),
      ).toEqual([true, false, true]);
    });
  });
}
