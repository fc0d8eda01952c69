import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { cookieHeader, createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import type { Mailer } from '../../src/app/accounts';
import { hashResetToken } from '../../src/app/accounts';
import type { MailSettings } from '../../src/config/mail-config';

const headers = { origin: ORIGIN };
const PUBLIC_URL = 'https://back.example.org';
const MAIL: MailSettings = {
  smtp: { host: 'mail.invalid', port: 587, secure: false, auth: null },
  from: 'backstride <no-reply@example.org>',
};

interface Sent {
  to: string;
  subject: string;
  text: string;
}

/** Keeps every email instead of sending it. */
function fakeMailer(): Mailer & { sent: Sent[] } {
  const sent: Sent[] = [];
  return { sent, send: async (m) => void sent.push(m) };
}

const tokenIn = (mail: Sent | undefined): string => {
  const match = /\/reset-password#token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '');
  if (!match?.[1]) throw new Error(`no reset link in ${mail?.text}`);
  return match[1];
};

for (const dialect of DIALECTS) {
  describe(`password reset over HTTP [${dialect}]`, () => {
    let t: TestApp;
    const mailer = fakeMailer();
    const request = (email: string, ip = '10.0.0.1') =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        headers,
        remoteAddress: ip,
        payload: { email },
      });
    const confirm = (token: string, password: string, cookie?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/confirm',
        headers: cookie ? { ...headers, cookie } : headers,
        payload: { token, password },
      });
    const login = (email: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: { email, password } });
    /** Asks for a link for `email` and returns the token from the email it sent. */
    const linkFor = async (email: string, ip?: string) => {
      const before = mailer.sent.length;
      expect((await request(email, ip)).statusCode).toBe(202);
      await t.app.backgroundTasks.idle();
      expect(mailer.sent.length).toBe(before + 1);
      return tokenIn(mailer.sent.at(-1));
    };

    beforeAll(async () => {
      t = await createTestApp(dialect, {
        config: { publicUrl: PUBLIC_URL, mail: MAIL },
        mailer,
        resetThrottle: {
          maxRequestsPerEmail: 3,
          maxRequestsPerIp: 100,
          maxConfirmsPerIp: 100,
          windowMs: 3_600_000,
        },
      });
    });
    afterAll(async () => t?.close());

    it('says that reset is by email', async () => {
      const res = await t.app.inject({ url: '/api/auth/options' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ passwordReset: 'email' });
    });

    it('answers an unknown email exactly as a known one, and emails only the known one', async () => {
      await t.register('known@example.org');
      const before = mailer.sent.length;
      const known = await request('Known@Example.org ');
      const unknown = await request('unknown@example.org');
      await t.app.backgroundTasks.idle();
      expect(known.statusCode).toBe(202);
      expect(unknown.statusCode).toBe(known.statusCode);
      expect(unknown.body).toBe(known.body);
      expect(known.json().message).toMatch(/If an account uses this email/);
      expect(mailer.sent.length).toBe(before + 1);
      const mail = mailer.sent.at(-1);
      expect(mail?.to).toBe('known@example.org');
      expect(mail?.text).toContain(`${PUBLIC_URL}/reset-password#token=`);
      expect(tokenIn(mail).length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
    });

    it('stores only a hash of the token', async () => {
      await t.register('hashed@example.org');
      const token = await linkFor('hashed@example.org');
      const rows = await t.db.store.db.selectFrom('password_resets').select('token_hash').execute();
      expect(rows.map((r) => r.token_hash)).not.toContain(token);
      expect(rows.map((r) => r.token_hash)).toContain(hashResetToken(token));
    });

    it('sets a new password, ends every session, logs in, and the link then says it was used', async () => {
      const a = await t.register('reset-me@example.org', 'the old password');
      const second = cookieHeader(await login('reset-me@example.org', 'the old password'));
      const token = await linkFor('reset-me@example.org');

      const res = await confirm(token, 'a brand new password');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ id: a.id, email: 'reset-me@example.org' });
      for (const old of [a.cookie, second]) {
        expect((await t.app.inject({ url: '/api/me', headers: { cookie: old } })).statusCode).toBe(401);
      }
      const fresh = await t.app.inject({ url: '/api/me', headers: { cookie: cookieHeader(res) } });
      expect(fresh.json()).toEqual({ id: a.id, email: 'reset-me@example.org' });
      expect((await login('reset-me@example.org', 'the old password')).statusCode).toBe(401);
      expect((await login('reset-me@example.org', 'a brand new password')).statusCode).toBe(200);

      const again = await confirm(token, 'yet another password');
      expect(again.statusCode).toBe(400);
      expect(again.json()).toMatchObject({ code: 'reset_link_invalid' });
      expect(again.json().message).toMatch(/already been used/);
      expect((await login('reset-me@example.org', 'yet another password')).statusCode).toBe(401);
    });

    it('refuses a link after one hour', async () => {
      await t.register('slow@example.org', 'the old password');
      const token = await linkFor('slow@example.org');
      t.clock.advance(60 * 60_000);
      const res = await confirm(token, 'a brand new password');
      t.clock.set('2026-11-26T08:00:00.000Z');
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'reset_link_invalid' });
      expect(res.json().message).toMatch(/expired/);
      expect((await login('slow@example.org', 'the old password')).statusCode).toBe(200);
    });

    it('refuses a wrong token, and an earlier link once a newer one was sent', async () => {
      await t.register('twice@example.org', 'the old password');
      const first = await linkFor('twice@example.org');
      const second = await linkFor('twice@example.org');
      expect(second).not.toBe(first);
      const wrong = await confirm('not-a-real-token', 'a brand new password');
      const earlier = await confirm(first, 'a brand new password');
      for (const res of [wrong, earlier]) {
        expect(res.statusCode).toBe(400);
        expect(res.json().code).toBe('reset_link_invalid');
        expect(res.json().message).toMatch(/not valid.*newest email/);
        expect(res.headers['set-cookie']).toBeUndefined();
      }
      expect((await confirm(second, 'a brand new password')).statusCode).toBe(200);
    });

    it('lifts a login lock-out once the password is reset', async () => {
      await t.register('locked@example.org', 'the old password');
      for (let i = 0; i < 5; i++) await login('locked@example.org', `wrong guess ${i}`);
      expect((await login('locked@example.org', 'the old password')).statusCode).toBe(429);
      const token = await linkFor('locked@example.org');
      expect((await confirm(token, 'a brand new password')).statusCode).toBe(200);
      expect((await login('locked@example.org', 'a brand new password')).statusCode).toBe(200);
    });

    it('names a too-short new password and keeps the link usable', async () => {
      await t.register('short@example.org', 'the old password');
      const token = await linkFor('short@example.org');
      const res = await confirm(token, 'short');
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([
        { path: 'body.password', message: 'password must be at least 10 characters' },
      ]);
      expect((await confirm(token, 'long enough now')).statusCode).toBe(200);
    });

    it('throttles requests per email, with the same answer whether or not the account exists', async () => {
      await t.register('popular@example.org');
      const codes = async (email: string) => {
        const out: number[] = [];
        for (let i = 0; i < 4; i++) out.push((await request(email, `10.1.0.${i}`)).statusCode);
        return out;
      };
      expect(await codes('popular@example.org')).toEqual([202, 202, 202, 429]);
      expect(await codes('nobody-here@example.org')).toEqual([202, 202, 202, 429]);
      const known = await request('popular@example.org', '10.1.0.9');
      const unknown = await request('nobody-here@example.org', '10.1.0.9');
      expect(unknown.json().message).toBe(known.json().message);
      expect(Number(known.headers['retry-after'])).toBeGreaterThan(0);
      await t.app.backgroundTasks.idle();
    });

    it('throttles requests and new-password attempts per client address', async () => {
      const limited = await createTestApp(dialect, {
        config: { publicUrl: PUBLIC_URL, mail: MAIL },
        mailer: fakeMailer(),
        resetThrottle: {
          maxRequestsPerEmail: 10,
          maxRequestsPerIp: 2,
          maxConfirmsPerIp: 2,
          windowMs: 60_000,
        },
      });
      try {
        const ask = (email: string) =>
          limited.app.inject({
            method: 'POST',
            url: '/api/auth/password-reset',
            headers,
            payload: { email },
          });
        const codes = [
          await ask('a@example.org'),
          await ask('b@example.org'),
          await ask('c@example.org'),
        ].map((r) => r.statusCode);
        expect(codes).toEqual([202, 202, 429]);
        const tries: number[] = [];
        for (let i = 0; i < 3; i++) {
          const res = await limited.app.inject({
            method: 'POST',
            url: '/api/auth/password-reset/confirm',
            headers,
            payload: { token: `guess-${i}`, password: 'long enough guess' },
          });
          tries.push(res.statusCode);
        }
        expect(tries).toEqual([400, 400, 429]);
      } finally {
        await limited.close();
      }
    });

    it('answers the same even when the email cannot be sent', async () => {
      const broken = await createTestApp(dialect, {
        config: { publicUrl: PUBLIC_URL, mail: MAIL },
        mailer: { send: async () => Promise.reject(new Error('connection refused')) },
      });
      try {
        await broken.register('unlucky@example.org');
        const res = await broken.app.inject({
          method: 'POST',
          url: '/api/auth/password-reset',
          headers,
          payload: { email: 'unlucky@example.org' },
        });
        await broken.app.backgroundTasks.idle();
        expect(res.statusCode).toBe(202);
      } finally {
        await broken.close();
      }
    });
  });

  describe(`password reset without SMTP [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t?.close());

    it('says an administrator sets passwords, and refuses to pretend an email was sent', async () => {
      expect((await t.app.inject({ url: '/api/auth/options' })).json()).toEqual({
        passwordReset: 'administrator',
      });
      await t.register('admin-only@example.org');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        headers,
        payload: { email: 'admin-only@example.org' },
      });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ code: 'mail_not_configured' });
      expect(res.json().message).toMatch(/administrator/);
    });
  });
}
