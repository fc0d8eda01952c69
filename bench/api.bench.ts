/**
 * `npm run bench:api`: the dashboard request of a runner with ten years of history (3,000 runs, 8 shoes),
 * under 50 connections for 20 s on loopback (autocannon), served by `backstride serve` on SQLite and on
 * PostgreSQL, against a bare Fastify hello-world measured in the same run. Prints requests/s, p50, p99,
 * errors, the server's memory before and after, and the ratio to hello-world.
 *
 * Settings: BENCH_SECONDS (20), BENCH_CONNECTIONS (50), BENCH_POSTGRES_URL (an admin URL for creating
 * a scratch database; default postgres://postgres@127.0.0.1:5432/postgres), BENCH_PATH (the request).
 */
import autocannon from 'autocannon';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PATH = process.env.BENCH_PATH ?? '/api/dashboard?timeZone=Europe%2FParis&weeks=12';
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const EMAIL = 'bench-runner@example.com';
const PASSWORD = 'ten years of running';

interface Measured {
  label: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  rssStartMb: number | null;
  rssEndMb: number | null;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => done(port));
    });
  });
}

/** Starts a server process and waits for it to say it listens. */
async function start(args: string[], env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no "listening" from ${args.join(' ')}:\n${out}`)), 60_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (/listening on/.test(out)) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`exited ${code}:\n${out}`)));
  });
  child.removeAllListeners('exit');
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

function rssMb(child: ChildProcess): number | null {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : null;
  } catch {
    return null;
  }
}

async function load(url: string, headers: Record<string, string>, seconds: number) {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
}

async function measure(
  label: string,
  child: ChildProcess,
  url: string,
  headers: Record<string, string> = {},
): Promise<Measured> {
  await load(url, headers, 3); // warm-up: JIT, caches, connection pools
  const rssStartMb = rssMb(child);
  const r = await load(url, headers, SECONDS);
  return {
    label,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    rssStartMb,
    rssEndMb: rssMb(child),
  };
}

async function logIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const check = await fetch(`${base}${PATH}`, { headers: { cookie } });
  if (!check.ok) throw new Error(`${PATH} answered ${check.status}: ${await check.text()}`);
  return cookie;
}

async function benchBackstride(label: string, target: string, dataDir: string): Promise<Measured> {
  execFileSync(
    process.execPath,
    [join(ROOT, 'bin/run-ts'), join(ROOT, 'bench/api-seed.ts'), target, EMAIL, PASSWORD],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const port = await freePort();
  const server = await start(
    [join(ROOT, 'bin/backstride'), 'serve', '--port', String(port), '--db', target],
    {
      BACKSTRIDE_DATA_DIR: dataDir,
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
      LOG_LEVEL: 'warn',
    },
  );
  try {
    const base = `http://127.0.0.1:${port}`;
    const cookie = await logIn(base);
    return await measure(label, server, `${base}${PATH}`, { cookie });
  } finally {
    await stop(server);
  }
}

async function withScratchPostgres<T>(run: (url: string) => Promise<T>): Promise<T | string> {
  const name = `backstride_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    return `PostgreSQL not reachable at ${ADMIN_URL} (${(error as Error).message}); set BENCH_POSTGRES_URL`;
  }
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return await run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

const ms = (v: number) => `${v.toFixed(1).padStart(6)} ms`;
const mb = (v: number | null) => (v === null ? '   ?' : v.toFixed(0).padStart(4));

export async function runApiBench(): Promise<void> {
  console.log(
    `API: GET ${PATH} for a runner with 3,000 runs over ten years on 8 shoes; ${CONNECTIONS} connections, ${SECONDS} s each (autocannon, loopback)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'backstride-bench-api-'));
  const results: Measured[] = [];
  try {
    const port = await freePort();
    const hello = await start([join(ROOT, 'bin/run-ts'), join(ROOT, 'bench/hello-server.ts')], {
      PORT: String(port),
    });
    try {
      results.push(await measure('Fastify hello-world (baseline)', hello, `http://127.0.0.1:${port}/`));
    } finally {
      await stop(hello);
    }
    results.push(await benchBackstride('backstride on SQLite', join(dir, 'bench.db'), dir));
    const onPg = await withScratchPostgres((url) => benchBackstride('backstride on PostgreSQL', url, dir));
    if (typeof onPg === 'string') console.log(`    (PostgreSQL skipped: ${onPg})`);
    else results.push(onPg);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const baseline = results[0]!;
  console.log(
    `    ${'server'.padEnd(32)} ${'req/s'.padStart(8)} ${'p50'.padStart(9)} ${'p99'.padStart(9)}  errors  non-2xx  RSS start→end MB  vs hello-world`,
  );
  for (const r of results) {
    console.log(
      `    ${r.label.padEnd(32)} ${Math.round(r.rps).toLocaleString('en').padStart(8)} ${ms(r.p50)} ${ms(r.p99)}  ${String(r.errors).padStart(6)}  ${String(r.non2xx).padStart(7)}  ${mb(r.rssStartMb)} → ${mb(r.rssEndMb)}        ${((r.rps / baseline.rps) * 100).toFixed(0).padStart(4)} %`,
    );
  }
  const sqlite = results.find((r) => r.label.includes('SQLite'));
  if (sqlite) {
    const p99 = sqlite.p99 < 50;
    const share = sqlite.rps / baseline.rps >= 0.3;
    console.log(
      `    targets on SQLite: p99 < 50 ms (${p99 ? 'met' : 'NOT met'}), throughput >= 30 % of hello-world (${share ? 'met' : 'NOT met'}), no errors (${sqlite.errors + sqlite.non2xx === 0 ? 'met' : 'NOT met'})`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runApiBench();
}
