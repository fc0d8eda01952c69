import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { cookieHeader, createTestApp, ORIGIN, type TestApp } from '../support/test-app';

const PASSWORD = 'the first password';
const PHONE = 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0';
const LAPTOP =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';

interface Listed {
  id: string;
  device: string;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

for (const dialect of DIALECTS) {
  describe(`your sessions and changing your password [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t?.close());

    /** Logs `email` in from a browser with `userAgent`; returns its session cookie. */
    const login = async (email: string, userAgent: string, password = PASSWORD) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: ORIGIN, 'user-agent': userAgent },
        payload: { email, password },
      });
      expect(res.statusCode).toBe(200);
      return cookieHeader(res);
    };
    const list = async (cookie: string): Promise<Listed[]> => {
      const res = await t.app.inject({ url: '/api/sessions', headers: { cookie } });
      expect(res.statusCode).toBe(200);
      return res.json().sessions as Listed[];
    };
    const me = async (cookie: string) =>
      (await t.app.inject({ url: '/api/me', headers: { cookie } })).statusCode;
    const send = (method: 'DELETE' | 'POST', url: string, cookie: string, payload?: object) =>
      t.app.inject({ method, url, headers: { origin: ORIGIN, cookie }, ...(payload ? { payload } : {}) });

    it('lists each device with its name, when it started and was last seen, this one first and marked', async () => {
      const { email } = await t.register('lister@example.com', PASSWORD);
      const phone = await login(email, PHONE);
      t.clock.advance(60_000);
      const laptop = await login(email, LAPTOP);
      const fromLaptop = await list(laptop);
      expect(fromLaptop).toHaveLength(3);
      expect(fromLaptop[0]).toMatchObject({ device: 'Safari on Mac', userAgent: LAPTOP, current: true });
      expect(fromLaptop.filter((s) => s.current)).toHaveLength(1);
      const phoneSession = fromLaptop.find((s) => s.device === 'Firefox on Android');
      expect(phoneSession).toMatchObject({ current: false, createdAt: '2026-11-26T08:00:00.000Z' });
      expect((await list(phone))[0]).toMatchObject({ id: phoneSession?.id, current: true });
      // Last seen moves on when a session is used, to within five minutes.
      t.clock.advance(10 * 60_000);
      await me(phone);
      const later = (await list(laptop)).find((s) => s.id === phoneSession?.id);
      expect(later?.lastSeenAt).toBe(t.clock.now().toISOString());
      expect(later?.createdAt).toBe('2026-11-26T08:00:00.000Z');
    });

    it('names sessions by an id that is neither the cookie nor what the database keeps', async () => {
      const { cookie } = await t.register();
      const [only] = await list(cookie);
      const rows = await t.db.store.db.selectFrom('sessions').select('token_hash').execute();
      expect(only?.id).toMatch(/^[0-9a-f]{32}$/);
      expect(cookie).not.toContain(only?.id ?? '');
      expect(rows.map((r) => r.token_hash)).not.toContain(only?.id);
      const one = await t.app.inject({ url: `/api/sessions/${only?.id}`, headers: { cookie } });
      expect(one.json()).toEqual(only);
    });

    it('logs one other session out, and this one when asked', async () => {
      const { email, cookie } = await t.register('one-out@example.com', PASSWORD);
      const phone = await login(email, PHONE);
      const phoneId = (await list(phone))[0]!.id;
      expect((await send('DELETE', `/api/sessions/${phoneId}`, cookie)).statusCode).toBe(204);
      expect(await me(phone)).toBe(401);
      expect(await me(cookie)).toBe(200);
      expect((await send('DELETE', `/api/sessions/${phoneId}`, cookie)).statusCode).toBe(404);
      const ownId = (await list(cookie))[0]!.id;
      const own = await send('DELETE', `/api/sessions/${ownId}`, cookie);
      expect(own.statusCode).toBe(204);
      expect(String(own.headers['set-cookie'])).toMatch(/backstride_session=;/);
      expect(await me(cookie)).toBe(401);
    });

    it('logs out everywhere else, keeping this session', async () => {
      const { email, cookie } = await t.register('everywhere@example.com', PASSWORD);
      const others = [await login(email, PHONE), await login(email, LAPTOP)];
      const bystander = await t.register();
      const res = await send('DELETE', '/api/sessions', cookie);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ended: 2 });
      for (const other of others) expect(await me(other)).toBe(401);
      expect(await me(cookie)).toBe(200);
      expect(await me(bystander.cookie)).toBe(200);
      expect(await list(cookie)).toHaveLength(1);
    });

    it('changes the password with the current one, ending the other sessions only', async () => {
      const { email, cookie } = await t.register('changer@example.com', PASSWORD);
      const phone = await login(email, PHONE);
      const res = await send('POST', '/api/me/password', cookie, {
        currentPassword: PASSWORD,
        newPassword: 'a second password',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ sessionsEnded: 1 });
      expect(await me(phone)).toBe(401);
      expect(await me(cookie)).toBe(200);
      const old = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: ORIGIN },
        payload: { email, password: PASSWORD },
      });
      expect(old.statusCode).toBe(401);
      await login(email, LAPTOP, 'a second password');
    });

    it('names what was wrong: the current password, a short new one, or the same one again', async () => {
      const { cookie } = await t.register('wrong@example.com', PASSWORD);
      const wrong = await send('POST', '/api/me/password', cookie, {
        currentPassword: 'not my password',
        newPassword: 'a second password',
      });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json()).toMatchObject({
        code: 'invalid_credentials',
        issues: [{ path: 'body.currentPassword', message: 'This is not your current password.' }],
      });
      const short = await send('POST', '/api/me/password', cookie, {
        currentPassword: PASSWORD,
        newPassword: 'short',
      });
      expect(short.statusCode).toBe(400);
      expect(short.json().issues).toEqual([
        { path: 'body.newPassword', message: 'password must be at least 10 characters' },
      ]);
      const same = await send('POST', '/api/me/password', cookie, {
        currentPassword: PASSWORD,
        newPassword: PASSWORD,
      });
      expect(same.statusCode).toBe(400);
      expect(same.json().issues).toEqual([
        { path: 'body.newPassword', message: 'Choose a password different from the current one.' },
      ]);
      // None of these changed anything: the session is alive and the password is the first one.
      expect(await me(cookie)).toBe(200);
      await login('wrong@example.com', PHONE);
    });

    it('limits password changes by account, so a stolen session cannot guess the password for long', async () => {
      const limited = await createTestApp(dialect, {
        config: { rateLimits: { auth: { max: 3, windowMs: 15 * 60_000 } } },
      });
      try {
        const { cookie } = await limited.register('guessed@example.com', PASSWORD);
        const codes: number[] = [];
        for (let i = 0; i < 4; i++) {
          const res = await limited.app.inject({
            method: 'POST',
            url: '/api/me/password',
            headers: { origin: ORIGIN, cookie },
            payload: { currentPassword: `guess ${i}`, newPassword: 'a second password' },
          });
          codes.push(res.statusCode);
        }
        // Counted by account (the sign-up before them was counted by address): three, then refused.
        expect(codes).toEqual([401, 401, 401, 429]);
      } finally {
        await limited.close();
      }
    });
  });
}
