import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';

const CSP =
  "default-src 'self';script-src 'self' 'wasm-unsafe-eval';script-src-attr 'none';style-src 'self';img-src 'self';" +
  "font-src 'self';connect-src 'self';manifest-src 'self';worker-src 'self';object-src 'none';" +
  "base-uri 'none';form-action 'self';frame-ancestors 'none'";

/** A stand-in for web/dist: index.html, a hashed bundle and the icon. */
function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstride-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

for (const dialect of DIALECTS) {
  describe(`security headers [${dialect}]`, () => {
    let t: TestApp;
    let webDist: string;
    beforeAll(async () => {
      webDist = fakeWebDist();
      t = await createTestApp(dialect, { config: { webDist }, throttle: { maxAttemptsPerIp: 1 } });
    });
    afterAll(async () => {
      await t?.close();
      rmSync(webDist, { recursive: true, force: true });
    });

    it('sends a strict content security policy and the other protective headers with the web app', async () => {
      const res = await t.app.inject({ url: '/' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-security-policy']).toBe(CSP);
      expect(res.headers['permissions-policy']).toBe(
        'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
      );
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'same-origin',
        'cross-origin-opener-policy': 'same-origin',
      });
      // Over plain HTTP there is no HSTS: browsers ignore it there, and it would mislead.
      expect(res.headers['strict-transport-security']).toBeUndefined();
    });

    it('revalidates index.html on every load, and keeps hashed bundles for a year', async () => {
      // Before: index.html was served `public, max-age=3600`.
      for (const url of ['/', '/index.html', '/runs/123']) {
        const res = await t.app.inject({ url });
        expect(res.headers['cache-control'], url).toBe('no-cache');
        expect(res.body, url).toContain('<div id="root">');
      }
      const first = await t.app.inject({ url: '/' });
      const again = await t.app.inject({
        url: '/',
        headers: { 'if-none-match': String(first.headers.etag) },
      });
      expect(again.statusCode).toBe(304);
      const bundle = await t.app.inject({ url: '/assets/index-AbC123.js' });
      expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await t.app.inject({ url: '/favicon.svg' })).headers['cache-control']).toBe(
        'public, max-age=3600',
      );
    });

    it('marks every API answer no-store, errors and refusals included', async () => {
      const { cookie } = await t.register();
      const answers = {
        ok: await t.app.inject({ url: '/api/me', headers: { cookie } }),
        health: await t.app.inject({ url: '/api/health' }),
        unauthenticated: await t.app.inject({ url: '/api/runs' }),
        notFound: await t.app.inject({ url: '/api/nothing-here' }),
        invalid: await t.app.inject({ url: '/api/runs?limit=0', headers: { cookie } }),
        csrf: await t.app.inject({ method: 'PUT', url: '/api/settings', headers: { cookie }, payload: {} }),
        host: await t.app.inject({ url: '/api/me', headers: { host: 'evil.example', cookie } }),
      };
      expect(Object.values(answers).map((r) => r.statusCode)).toEqual([200, 200, 401, 404, 400, 403, 403]);
      for (const [name, res] of Object.entries(answers)) {
        // JSON is never a page: nothing may load from it, frame it or sniff it, and nothing keeps it.
        expect(res.headers, name).toMatchObject({
          'cache-control': 'no-store',
          'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'cross-origin-resource-policy': 'same-origin',
        });
      }
      const login = () =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { origin: ORIGIN },
          payload: { email: 'x@example.com', password: 'wrong password' },
        });
      expect((await login()).statusCode).toBe(401);
      const throttled = await login();
      expect(throttled.statusCode).toBe(429);
      expect(throttled.headers['cache-control']).toBe('no-store');
    });

    it('sends HSTS over HTTPS: behind a trusted proxy that says so, never on a client’s word alone', async () => {
      const proxied = await createTestApp(dialect, { config: { trustProxy: ['127.0.0.1'] } });
      try {
        const https = await proxied.app.inject({
          url: '/api/health',
          headers: { 'x-forwarded-proto': 'https' },
        });
        expect(https.headers['strict-transport-security']).toBe('max-age=31536000');
        const http = await proxied.app.inject({
          url: '/api/health',
          headers: { 'x-forwarded-proto': 'http' },
        });
        expect(http.headers['strict-transport-security']).toBeUndefined();
        const untrusted = await proxied.app.inject({
          url: '/api/health',
          remoteAddress: '198.51.100.1',
          headers: { 'x-forwarded-proto': 'https' },
        });
        expect(untrusted.headers['strict-transport-security']).toBeUndefined();
      } finally {
        await proxied.close();
      }
      const direct = await t.app.inject({ url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
      expect(direct.headers['strict-transport-security']).toBeUndefined();
    });
  });
}
