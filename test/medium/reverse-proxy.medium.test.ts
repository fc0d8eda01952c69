/**
 * The deployment guide's nginx example (docs/examples/nginx-backstride.conf), run for real in front of two
 * `backstride serve` instances on one database: TLS at nginx, the forwarded headers trusted by the
 * instances, one session answered by both, and an instance going down without the runner noticing.
 * nginx comes from NGINX_PATH, the PATH or /usr/sbin/nginx (.ci/run unpacks Debian's package for CI).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { freePort, startServe } from '../support/spawn';

const EXAMPLE = resolve(import.meta.dirname, '../../docs/examples/nginx-backstride.conf');
const NAME = 'back.example.org';

function findNginx(): string | null {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx'];
  try {
    candidates.push(execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim());
  } catch {
    // not on the PATH
  }
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}
const nginx = findNginx();
if (!nginx && process.env.CI === 'true') throw new Error('CI=true but nginx was not found: set NGINX_PATH');
if (!nginx)
  console.warn('nginx not found (NGINX_PATH, PATH, /usr/sbin/nginx): the reverse proxy test is skipped');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** An HTTPS request to nginx on loopback under the example's name, trusting its throwaway certificate. */
function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
) {
  return new Promise<Answer>((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        servername: NAME,
        rejectUnauthorized: false,
        headers: { host: NAME, ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

/** The example with this test's ports, certificate and temp folders; everything else as written. */
function testConfig(dir: string, ports: { http: number; https: number; a: number; b: number }): string {
  const site = readFileSync(EXAMPLE, 'utf8')
    .replace('server 127.0.0.1:8081', `server 127.0.0.1:${ports.a}`)
    .replace('server 127.0.0.1:8082', `server 127.0.0.1:${ports.b}`)
    .replace('listen 80;', `listen 127.0.0.1:${ports.http};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${ports.https} ssl http2;`)
    .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${dir}/cert.pem;`)
    .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${dir}/key.pem;`);
  expect(site).toContain(`127.0.0.1:${ports.a}`);
  expect(site).toContain(`${dir}/key.pem`);
  writeFileSync(join(dir, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${dir}/${t};`)
    .join(' ');
  return `worker_processes 1; pid ${dir}/nginx.pid; error_log stderr warn; daemon off;
events { worker_connections 128; }
http { access_log off; ${temp} include ${dir}/site.conf; }
`;
}

for (const dialect of DIALECTS) {
  describe.skipIf(!nginx)(`the nginx example in front of two instances [${dialect}]`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstride-proxy-'));
    const stops: (() => Promise<void>)[] = [];
    let db: TestStore | undefined;
    let proxy: ChildProcess | undefined;
    afterAll(async () => {
      proxy?.kill('SIGTERM');
      for (const stop of stops) await stop();
      await db?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it(
      'serves one session from both instances, over TLS, and keeps serving when one goes down',
      { timeout: 180_000 },
      async () => {
        db = await freshStore(dialect);
        execFileSync(
          'openssl',
          [
            'req',
            '-x509',
            '-newkey',
            'rsa:2048',
            '-nodes',
            '-days',
            '1',
            '-subj',
            `/CN=${NAME}`,
            '-keyout',
            join(dir, 'key.pem'),
            '-out',
            join(dir, 'cert.pem'),
          ],
          { stdio: 'ignore' },
        );
        const ports = {
          http: await freePort(),
          https: await freePort(),
          a: await freePort(),
          b: await freePort(),
        };
        const served = { a: 0, b: 0 };
        const env = {
          BACKSTRIDE_DATA_DIR: dir,
          SESSION_SECRET: 'one secret for every instance, kept stable',
          PUBLIC_URL: `https://${NAME}`,
          TRUST_PROXY: '127.0.0.1',
          LOG_LEVEL: 'info',
        };
        const instances: Record<'a' | 'b', Awaited<ReturnType<typeof startServe>>> = {
          a: await startServe(['--db', db.target], env, { port: ports.a }),
          b: await startServe(['--db', db.target], env, { port: ports.b }),
        };
        for (const key of ['a', 'b'] as const) {
          stops.push(instances[key].stop);
          instances[key].child.stdout?.on('data', (d: Buffer) => {
            served[key] += d
              .toString()
              .split('\n')
              .filter((l) => l.includes('"url":"/api/me"') && l.includes('incoming request')).length;
          });
        }

        writeFileSync(join(dir, 'nginx.conf'), testConfig(dir, ports));
        execFileSync(nginx!, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
        proxy = spawn(nginx!, ['-p', dir, '-c', join(dir, 'nginx.conf')], {
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let proxyLog = '';
        proxy.stderr?.on('data', (d: Buffer) => (proxyLog += d.toString()));
        for (let i = 0; ; i++) {
          try {
            await send(ports.https, 'GET', '/api/health');
            break;
          } catch (error) {
            if (i > 100) throw new Error(`nginx did not answer: ${proxyLog}`, { cause: error });
            await new Promise((r) => setTimeout(r, 100));
          }
        }

        // Plain HTTP is sent to HTTPS.
        const plain = await new Promise<{ status: number; location?: string }>((done, fail) =>
          httpGet(
            { host: '127.0.0.1', port: ports.http, path: '/api/health', headers: { host: NAME } },
            (res) => {
              res.resume();
              done({ status: res.statusCode ?? 0, location: res.headers.location });
            },
          ).on('error', fail),
        );
        expect(plain.status).toBe(301);
        expect(plain.location).toBe(`https://${NAME}/api/health`);

        const origin = `https://${NAME}`;
        const json = { 'content-type': 'application/json', origin };
        const account = JSON.stringify({ email: 'proxy@example.com', password: 'a long enough secret' });
        const registered = await send(ports.https, 'POST', '/api/auth/register', json, account);
        expect(registered.status, registered.body).toBe(201);
        const login = await send(ports.https, 'POST', '/api/auth/login', json, account);
        expect(login.status, login.body).toBe(200);
        // The instances saw HTTPS through the forwarded headers: the cookie is Secure, HSTS is sent.
        const setCookie = [login.headers['set-cookie'] ?? []].flat();
        expect(setCookie.some((c) => /; Secure/i.test(c))).toBe(true);
        expect(login.headers['strict-transport-security']).toBeDefined();
        const cookie = setCookie.map((c) => c.split(';')[0]).join('; ');

        for (let i = 0; i < 8; i++) {
          const me = await send(ports.https, 'GET', '/api/me', { cookie });
          expect(me.status, me.body).toBe(200);
          expect(JSON.parse(me.body).email).toBe('proxy@example.com');
        }
        await new Promise((r) => setTimeout(r, 300)); // the last log lines
        expect(served.a, 'instance A answered').toBeGreaterThan(0);
        expect(served.b, 'instance B answered').toBeGreaterThan(0);
        expect(served.a + served.b).toBe(8);

        await instances.a.stop();
        for (let i = 0; i < 4; i++) {
          const me = await send(ports.https, 'GET', '/api/me', { cookie });
          expect(me.status, me.body).toBe(200);
        }
        const run = await send(
          ports.https,
          'POST',
          '/api/runs',
          { ...json, cookie },
          JSON.stringify({
            startTime: '2026-11-20T07:00:00.000Z',
            distanceM: 5000,
            elapsedS: 1800,
            indoor: true,
            surface: 'treadmill',
          }),
        );
        expect(run.status, run.body).toBe(201);
        expect(served.b).toBeGreaterThanOrEqual(5);
      },
    );
  });
}
