import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { cookieHeader, createTestApp, ORIGIN, type TestApp } from '../support/test-app';

const json = { origin: ORIGIN };

for (const dialect of DIALECTS) {
  describe(`accounts and sessions [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect, {
        throttle: { maxFailuresPerClient: 3, maxAttemptsPerIp: 50, windowMs: 60_000 },
      });
    });
    afterAll(async () => t?.close());

    it('registers, sets a safe cookie and knows who you are', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/register',
        headers: json,
        payload: { email: ' Ana@Example.com ', password: 'ten chars!' },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ email: 'ana@example.com' });
      const setCookie = String(res.headers['set-cookie']);
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/SameSite=Lax/);
      expect(setCookie).not.toMatch(/Secure/);
      const me = await t.app.inject({ url: '/api/me', headers: { cookie: cookieHeader(res) } });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toEqual({ id: res.json().id, email: 'ana@example.com' });
    });

    it('stores only a hash of the session token', async () => {
      const { cookie } = await t.register();
      const token = cookie.split('=')[1] ?? '';
      const rows = await t.db.store.db.selectFrom('sessions').select('token_hash').execute();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.token_hash)).not.toContain(token);
    });

    it('sets Secure on the cookie when served over HTTPS behind a trusted proxy', async () => {
      const proxied = await createTestApp(dialect, { config: { trustProxy: true } });
      try {
        const res = await proxied.app.inject({
          method: 'POST',
          url: '/api/auth/register',
          headers: { 'x-forwarded-proto': 'https', origin: 'https://localhost:80' },
          payload: { email: 'secure@example.com', password: 'ten chars!' },
        });
        expect(res.statusCode).toBe(201);
        expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
      } finally {
        await proxied.close();
      }
    });

    it('refuses bad registrations, naming each field', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/register',
        headers: json,
        payload: { email: 'not-an-email', password: 'short' },
      });
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.code).toBe('validation_failed');
      expect(body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
        'body.email',
        'body.password',
      ]);
      expect(body.requestId).toBeTruthy();
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    });

    it('refuses a second account with the same email, whatever its case', async () => {
      const { email } = await t.register('dup@example.com');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/register',
        headers: json,
        payload: { email: email.toUpperCase(), password: 'another password' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('email_taken');
      // A whole sentence the web app can show next to the email field.
      expect(res.json().issues).toEqual([
        { path: 'body.email', message: 'An account with this email already exists.' },
      ]);
    });

    it('logs in, and gives the same answer for an unknown email and a wrong password', async () => {
      await t.register('login@example.com', 'right password');
      const good = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: json,
        payload: { email: 'LOGIN@example.com', password: 'right password' },
      });
      expect(good.statusCode).toBe(200);
      expect(good.json().email).toBe('login@example.com');
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: json,
        payload: { email: 'login@example.com', password: 'wrong password' },
      });
      const unknown = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: json,
        payload: { email: 'nobody@example.com', password: 'wrong password' },
      });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json().message).toBe(unknown.json().message);
      expect(wrong.json().code).toBe(unknown.json().code);
    });

    it('logout ends the session on the server, not just in the browser', async () => {
      const { cookie } = await t.register();
      const out = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie, ...json },
      });
      expect(out.statusCode).toBe(204);
      const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
      expect(me.statusCode).toBe(401);
      expect(me.json().code).toBe('unauthenticated');
    });

    it('expires sessions after 30 days', async () => {
      const { cookie } = await t.register();
      t.clock.advance(31 * 24 * 3600 * 1000);
      const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
      expect(me.statusCode).toBe(401);
      t.clock.set('2026-11-26T08:00:00.000Z');
    });

    it('rate-limits failed logins per account and client, even with the right password, until the window passes', async () => {
      await t.register('target@example.com', 'right password');
      const attempt = (password: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: json,
          payload: { email: 'target@example.com', password },
        });
      for (let i = 0; i < 3; i++) expect((await attempt('nope nope nope')).statusCode).toBe(401);
      const blocked = await attempt('right password');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().code).toBe('too_many_attempts');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      t.clock.advance(61_000);
      expect((await attempt('right password')).statusCode).toBe(200);
    });

    it('rate-limits login attempts per client address', async () => {
      const limited = await createTestApp(dialect, {
        throttle: { maxFailuresPerClient: 100, maxAttemptsPerIp: 4, windowMs: 60_000 },
      });
      try {
        const codes: number[] = [];
        for (let i = 0; i < 6; i++) {
          const res = await limited.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            headers: json,
            payload: { email: `user${i}@example.com`, password: 'whatever123' },
          });
          codes.push(res.statusCode);
        }
        expect(codes).toEqual([401, 401, 401, 401, 429, 429]);
      } finally {
        await limited.close();
      }
    });

    it('rejects state-changing requests with a session from another origin or with no origin', async () => {
      const { cookie } = await t.register();
      const foreign = await t.app.inject({
        method: 'PUT',
        url: '/api/settings',
        headers: { cookie, origin: 'https://evil.example' },
        payload: { units: 'mi' },
      });
      expect(foreign.statusCode).toBe(403);
      expect(foreign.json().code).toBe('csrf_rejected');
      const none = await t.app.inject({
        method: 'PUT',
        url: '/api/settings',
        headers: { cookie },
        payload: { units: 'mi' },
      });
      expect(none.statusCode).toBe(403);
      const own = await t.app.inject({
        method: 'PUT',
        url: '/api/settings',
        headers: { cookie, origin: ORIGIN },
        payload: { units: 'mi' },
      });
      expect(own.statusCode).toBe(200);
    });

    it('answers bad JSON, unknown routes and wrong types with the stable error body', async () => {
      const badJson = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { ...json, 'content-type': 'application/json' },
        payload: '{"email":',
      });
      expect(badJson.statusCode).toBe(400);
      expect(badJson.json()).toMatchObject({ code: 'invalid_json' });
      const unknown = await t.app.inject({ method: 'POST', url: '/api/no-such-thing', headers: json });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).toMatchObject({ code: 'not_found' });
      expect(unknown.json().requestId).toBeTruthy();
      const unknownGet = await t.app.inject({ url: '/api/no-such-thing' });
      expect(unknownGet.statusCode).toBe(404);
      expect(unknownGet.headers['content-type']).toMatch(/json/);
      const { cookie } = await t.register();
      const wrongType = await t.app.inject({
        method: 'PUT',
        url: '/api/settings',
        headers: { cookie, ...json },
        payload: { units: 'furlongs' },
      });
      expect(wrongType.statusCode).toBe(400);
      expect(wrongType.json().issues[0].path).toBe('body.units');
    });

    it('reports health with the dialect and serves an OpenAPI document of every route', async () => {
      const health = await t.app.inject({ url: '/api/health' });
      expect(health.json()).toEqual({ status: 'ok', db: dialect, version: 'test' });
      const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
      expect(doc.openapi).toMatch(/^3\./);
      for (const route of t.app.routeTable.filter(
        (r) => r.url.startsWith('/api/') && r.url !== '/api/openapi.json',
      )) {
        const path = route.url.replace(/:(\w+)/g, '{$1}');
        expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.url}`).toBeDefined();
      }
      expect(doc.paths['/api/auth/register'].post.requestBody).toBeDefined();
    });
  });
}
