import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';

for (const dialect of DIALECTS) {
  describe(`Host allow-list and Origin check [${dialect}]`, () => {
    let t: TestApp;
    let cookie: string;
    beforeAll(async () => {
      t = await createTestApp(dialect, {
        config: { publicUrl: 'https://back.example.org', allowedOrigins: ['http://nas.local:8080'] },
      });
      ({ cookie } = await t.register());
    });
    afterAll(async () => t?.close());

    const putSettings = (host: string, origin: string, withCookie = true) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/settings',
        headers: { host, origin, ...(withCookie ? { cookie } : {}) },
        payload: { units: 'mi' },
      });

    it('refuses a state change whose Host is foreign, even with a matching Origin and a valid cookie', async () => {
      // Before: 200, the settings changed (the shape of DNS rebinding).
      const res = await putSettings('evil.example', 'http://evil.example');
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'host_not_allowed', requestId: expect.any(String) });
      expect(res.json().message).toMatch(
        /does not answer to "evil\.example".*PUBLIC_URL or BACKSTRIDE_ORIGINS/,
      );
      const settings = await t.app.inject({ url: '/api/settings', headers: { cookie } });
      expect(settings.json().units).toBe('km');
    });

    it('refuses sign-up and log-in through a rebinding name too, where no cookie is involved', async () => {
      const register = await t.app.inject({
        method: 'POST',
        url: '/api/auth/register',
        headers: { host: 'evil.example:8080', origin: 'http://evil.example:8080' },
        payload: { email: 'rebound@example.com', password: 'a long enough secret' },
      });
      expect(register.statusCode).toBe(403);
      expect(register.json().code).toBe('host_not_allowed');
      const users = await t.db.store.db.selectFrom('users').select('email').execute();
      expect(users.map((u) => u.email)).not.toContain('rebound@example.com');
    });

    it('refuses reads with a foreign Host as well, but answers health checks by any name', async () => {
      for (const url of ['/api/me', '/api/openapi.json', '/api/auth/options', '/', '/runs']) {
        const res = await t.app.inject({ url, headers: { host: 'evil.example', cookie } });
        expect(res.statusCode, url).toBe(403);
        expect(res.json().code, url).toBe('host_not_allowed');
      }
      const health = await t.app.inject({ url: '/api/health', headers: { host: 'backstride:8080' } });
      expect(health.statusCode).toBe(200);
    });

    it('answers the configured names, loopback names and IP addresses', async () => {
      const cases: [string, string][] = [
        ['back.example.org', 'https://back.example.org'],
        ['nas.local:8080', 'http://nas.local:8080'],
        ['localhost:8080', 'http://localhost:8080'],
        ['127.0.0.1:8080', 'http://127.0.0.1:8080'],
        ['[::1]:8080', 'http://[::1]:8080'],
        ['192.168.1.20:8080', 'http://192.168.1.20:8080'],
      ];
      for (const [host, origin] of cases) {
        const res = await putSettings(host, origin);
        // back.example.org is served over HTTPS by its proxy; without TRUST_PROXY the request here is HTTP.
        expect(res.statusCode, host).toBe(host === 'back.example.org' ? 403 : 200);
        if (res.statusCode === 403) expect(res.json().code).toBe('csrf_rejected');
      }
    });

    it('still checks the Origin once the Host is allowed', async () => {
      const foreign = await putSettings('localhost:80', 'https://evil.example');
      expect(foreign.statusCode).toBe(403);
      expect(foreign.json().code).toBe('csrf_rejected');
      const configured = await putSettings('localhost:80', 'http://nas.local:8080');
      expect(configured.statusCode).toBe(200);
      expect((await putSettings('localhost:80', ORIGIN)).statusCode).toBe(200);
    });

    it('behind a trusted proxy, judges the forwarded host name', async () => {
      const proxied = await createTestApp(dialect, {
        config: { trustProxy: 1, publicUrl: 'https://back.example.org' },
      });
      try {
        const { cookie: own } = await proxied.register();
        const put = (forwardedHost: string, origin: string) =>
          proxied.app.inject({
            method: 'PUT',
            url: '/api/settings',
            headers: {
              host: 'backstride:8080',
              'x-forwarded-host': forwardedHost,
              'x-forwarded-proto': 'https',
              origin,
              cookie: own,
            },
            payload: { units: 'mi' },
          });
        expect((await put('back.example.org', 'https://back.example.org')).statusCode).toBe(200);
        const evil = await put('evil.example', 'https://evil.example');
        expect(evil.statusCode).toBe(403);
        expect(evil.json().code).toBe('host_not_allowed');
      } finally {
        await proxied.close();
      }
    });

    it('answers a control character in the address with 400, not a database error', async () => {
      // Before, on PostgreSQL: 500 for every one of these (NUL is not allowed in its text).
      for (const url of ['/api/runs/%00', '/api/checkins/a%00b', '/api/imports/%00', '/api/runs?sport=%01']) {
        const res = await t.app.inject({ url, headers: { cookie } });
        expect(res.statusCode, url).toBe(400);
        expect(res.json().code, url).toBe('validation_failed');
      }
      const broken = await t.app.inject({ url: '/api/runs/%E0%A4%A', headers: { cookie } });
      expect(broken.statusCode).toBe(400);
      // An id that is not one this server makes is refused by the route's schema.
      const odd = await t.app.inject({ url: '/api/runs/a%20b', headers: { cookie } });
      expect(odd.statusCode).toBe(400);
      expect(odd.json().issues).toEqual([
        { path: 'params.id', message: 'id is not one this server makes (letters, digits and dashes only)' },
      ]);
    });
  });
}
