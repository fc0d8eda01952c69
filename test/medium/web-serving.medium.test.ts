import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

// Serving only: the database plays no part, so SQLite alone.
const BUNDLE = `export const words = ${JSON.stringify('a runner with a sore back '.repeat(800))};\n`;

function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstride-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><div id="root"></div>${'<!-- - -->'.repeat(200)}`);
  writeFileSync(join(dir, 'assets', 'index-AbC123.js'), BUNDLE);
  return dir;
}

describe('serving the web app and the API compressed', () => {
  let t: TestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = fakeWebDist();
    t = await createTestApp('sqlite', { config: { webDist } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('sends a hashed bundle in Brotli or gzip as asked, cached for a year', async () => {
    const br = await t.app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(BUNDLE);
    expect(br.rawPayload.length).toBeLessThan(BUNDLE.length / 10);
    const gz = await t.app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(BUNDLE);
    const plain = await t.app.inject({ url: '/assets/index-AbC123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BUNDLE);
  });

  it('compresses index.html and API answers too, and revalidates index.html', async () => {
    const index = await t.app.inject({ url: '/runs/42', headers: { 'accept-encoding': 'br' } });
    expect(index.headers['content-encoding']).toBe('br');
    expect(index.headers['cache-control']).toBe('no-cache');
    const api = await t.app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(api.statusCode).toBe(200);
    expect(api.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(api.rawPayload).toString()).openapi).toMatch(/^3\./);
  });

  it('answers 404 for a built file that is not there (a source map, an old bundle), not the page', async () => {
    const map = await t.app.inject({ url: '/assets/index-AbC123.js.map' });
    expect(map.statusCode).toBe(404);
    expect(map.body).not.toContain('<div id="root">');
    const old = await t.app.inject({ url: '/assets/run-page-Old999.js' });
    expect(old.statusCode).toBe(404);
    const deepLink = await t.app.inject({ url: '/runs/42' });
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.body).toContain('<div id="root">');
  });
});

describe('serving the service worker and the app manifest', () => {
  let t: TestApp;
  let webDist: string;
  const SW = "importScripts('workbox-1a2b3c.js');\n";
  beforeAll(async () => {
    webDist = fakeWebDist();
    // The names vite-plugin-pwa gives them in the build.
    writeFileSync(join(webDist, 'sw.js'), SW);
    writeFileSync(join(webDist, 'workbox-1a2b3c.js'), 'self.workbox = {};\n');
    writeFileSync(join(webDist, 'registerSW.js'), "navigator.serviceWorker.register('/sw.js');\n");
    writeFileSync(join(webDist, 'manifest.webmanifest'), JSON.stringify({ name: 'backstride' }));
    t = await createTestApp('sqlite', { config: { webDist } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('sends sw.js as JavaScript, checked again on every load, never the page in its place', async () => {
    const sw = await t.app.inject({ url: '/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(sw.headers['cache-control']).toBe('no-cache');
    expect(sw.body).toBe(SW);
    const register = await t.app.inject({ url: '/registerSW.js' });
    expect(register.headers['cache-control']).toBe('no-cache');
    expect(register.headers['content-type']).toMatch(/javascript/);
  });

  it('lets the page start a worker from this origin only', async () => {
    const page = await t.app.inject({ url: '/plan/session/2025-03-04/strength/0' });
    expect(page.statusCode).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
  });

  it('sends the manifest as a web app manifest, checked again on every load', async () => {
    const res = await t.app.inject({ url: '/manifest.webmanifest' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(res.body)).toEqual({ name: 'backstride' });
  });

  it('keeps the worker’s Workbox runtime an hour, like the other unhashed files', async () => {
    const res = await t.app.inject({ url: '/workbox-1a2b3c.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });
});
