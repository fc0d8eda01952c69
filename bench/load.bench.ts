/**
 * `npm run bench:load`: a realistic mix of requests (bench/load-mix.ts) from several logged-in runners, each
 * with a year of runs, at 50 connections for 60 s on loopback (autocannon), against the compiled server
 * (`bin/backstride serve`) in its own process, on SQLite and on PostgreSQL. Prints requests/s, p50/p99,
 * errors and non-2xx answers (there must be none), the answers per kind, the imports the mix started and
 * how they ended, and the server's memory: RSS (from /proc) and V8 heap (after a full GC) at the start and
 * the end, with the RSS peak.
 *
 * Options: --duration SECONDS (60), --connections N (50), --runners N (10), --db sqlite|postgres|both (both).
 * PostgreSQL: BENCH_POSTGRES_URL is an admin URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * BENCH_LOAD_DATABASE names the database to use (created if missing, seeded once, kept); without it a
 * scratch database is created and dropped.
 */
import autocannon, { type Client } from 'autocannon';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openStore } from '../src/store/database';
import { MIX, newTallies, requestsFor, type Kind, type RunnerSession, type Tally } from './load-mix';
import { RUNS_PER_RUNNER, seedRunners, type SeededRunner } from './load-seed';
import { ServerProcess, type Memory } from './load-server';

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    runners: { type: 'string', default: '10' },
    db: { type: 'string', default: 'both' },
  },
});
const positive = (name: string, text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a whole number of at least 1, got "${text}"`);
  return n;
};
const DURATION = positive('duration', options.duration);
const CONNECTIONS = positive('connections', options.connections);
const RUNNERS = positive('runners', options.runners);
if (!['sqlite', 'postgres', 'both'].includes(options.db))
  throw new Error('--db must be sqlite, postgres or both');
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NAMED_DB = process.env.BENCH_LOAD_DATABASE;
const WARM_UP_S = Math.min(5, DURATION);

interface Outcome {
  label: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  tallies: Map<Kind, Tally>;
  imports: { done: number; failed: number; other: number; runsAdded: number; failedFiles: number };
  start: Memory;
  end: Memory;
  rssPeakMb: number;
  rssEverySecond: number[];
  errorCounts: ErrorCounts;
  serverLog: string;
}

async function logIn(base: string, runner: SeededRunner): Promise<RunnerSession> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: runner.email, password: runner.password }),
  });
  if (!res.ok) throw new Error(`login of ${runner.email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, origin: base, runIds: runner.runIds };
}

/** One autocannon run of the mix; connection i plays runner i mod N. */
/** Connection errors and timeouts by their code, as autocannon reports them. */
type ErrorCounts = Map<string, number>;

async function fire(
  base: string,
  sessions: RunnerSession[],
  seconds: number,
  tallies: Map<Kind, Tally>,
  errorCounts: ErrorCounts = new Map(),
) {
  let next = 0;
  const now = new Date();
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    setupClient: (client: Client) => {
      const i = next++;
      // Connection i plays runner i mod N, from its own place in the sequence.
      const plan = requestsFor(
        sessions[i % sessions.length]!,
        tallies,
        now,
        Math.floor(i / sessions.length) * 11,
        i < sessions.length,
      );
      client.setRequests(plan.requests);
      client.on('response', (_status: number, _bytes: number, ms: number) => plan.answered()?.times.push(ms));
      // With one request at a time on a connection, the one that timed out is the iterator's current one.
      const inFlight = () =>
        (client as unknown as { requestIterator?: { currentRequest?: { kind?: string } } }).requestIterator
          ?.currentRequest?.kind ?? 'unknown';
      (client as unknown as NodeJS.EventEmitter).on('timeout', () => {
        const what = `timeout (no answer in 10 s) of ${inFlight()}`;
        errorCounts.set(what, (errorCounts.get(what) ?? 0) + 1);
      });
    },
  });
}

/** Waits until no import is queued or running, then says how they ended. */
async function settleImports(db: string): Promise<Outcome['imports']> {
  const store = openStore(db);
  try {
    for (let waited = 0; ; waited += 500) {
      const rows = await store.db.selectFrom('imports').select(['state', 'status_json']).execute();
      const busy = rows.filter((r) => r.state === 'receiving' || r.state === 'processing').length;
      if (busy === 0 || waited > 180_000) {
        const status = rows.map((r) => JSON.parse(r.status_json) as { activities: number; failed: number });
        return {
          done: rows.filter((r) => r.state === 'done').length,
          failed: rows.filter((r) => r.state === 'failed').length,
          other: busy,
          runsAdded: status.reduce((n, s) => n + s.activities, 0),
          failedFiles: status.reduce((n, s) => n + s.failed, 0),
        };
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await store.close();
  }
}

async function bench(label: string, db: string, dataDir: string): Promise<Outcome> {
  const seedStart = Date.now();
  const runners = await seedRunners(db, RUNNERS);
  console.log(`    ${label}: ${RUNNERS} runners ready in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);
  const server = await ServerProcess.backstride(db, dataDir);
  try {
    const sessions = [];
    for (const runner of runners) sessions.push(await logIn(server.base, runner));
    await fire(server.base, sessions, WARM_UP_S, newTallies()); // JIT, caches, connection pools
    await settleImports(db);
    const start = await server.memory();
    const rssEverySecond: number[] = [];
    const sampler = setInterval(() => rssEverySecond.push(server.rssMb()), 1000);
    const tallies = newTallies();
    const errorCounts: ErrorCounts = new Map();
    const r = await fire(server.base, sessions, DURATION, tallies, errorCounts).finally(() =>
      clearInterval(sampler),
    );
    const imports = await settleImports(db);
    const end = await server.memory();
    return {
      label,
      requests: r.requests.total,
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors + r.mismatches,
      non2xx: r.non2xx,
      tallies,
      imports,
      start,
      end,
      rssPeakMb: Math.max(start.rssMb, end.rssMb, ...rssEverySecond),
      rssEverySecond,
      errorCounts,
      serverLog: server.log,
    };
  } finally {
    await server.stop();
  }
}

async function onPostgres<T>(run: (url: string) => Promise<T>): Promise<T> {
  const name = NAMED_DB ?? `backstride_load_${process.pid}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(`BENCH_LOAD_DATABASE must be a plain name, got "${name}"`);
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return await run(url.toString());
  } finally {
    if (!NAMED_DB) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

const fixed = (v: number, width: number, digits = 0) => v.toFixed(digits).padStart(width);

interface Baseline {
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** A bare Fastify hello-world under the same connections: what this machine gives any Node server now. */
async function helloWorld(): Promise<Baseline> {
  const seconds = Math.min(10, DURATION);
  const hello = await ServerProcess.helloWorld();
  try {
    await autocannon({ url: hello.base, connections: CONNECTIONS, duration: 2 });
    const r = await autocannon({ url: hello.base, connections: CONNECTIONS, duration: seconds });
    return {
      seconds,
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors + r.non2xx,
    };
  } finally {
    await hello.stop();
  }
}

function print(results: Outcome[], baseline: Baseline): void {
  console.log('');
  console.log(
    `    ${'server'.padEnd(11)} ${'requests'.padStart(9)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'non-2xx'.padStart(8)}   RSS MB start → peak → end   heap MB start → end   loop delay p99 / max ms`,
  );
  for (const r of results) {
    console.log(
      `    ${r.label.padEnd(11)} ${fixed(r.requests, 9)} ${fixed(r.rps, 7)} ${fixed(r.p50, 7)} ${fixed(r.p99, 7)} ${fixed(r.errors, 7)} ${fixed(r.non2xx, 8)}   ${fixed(r.start.rssMb, 8)} → ${fixed(r.rssPeakMb, 4)} → ${fixed(r.end.rssMb, 3)}   ${fixed(r.start.heapUsedMb, 10, 1)} → ${fixed(r.end.heapUsedMb, 4, 1)}   ${fixed(r.end.loop.p99, 14)} / ${fixed(r.end.loop.max, 4)}`,
    );
  }
  console.log(
    `    ${'hello-world'.padEnd(11)} ${fixed(baseline.rps * baseline.seconds, 9)} ${fixed(baseline.rps, 7)} ${fixed(baseline.p50, 7)} ${fixed(baseline.p99, 7)} ${fixed(baseline.errors, 7)}            (a bare Fastify answering {"hello":"world"}, ${baseline.seconds} s: the machine's state)`,
  );
  console.log('');
  console.log(`    answers per kind (${results.map((r) => r.label).join(' / ')}): count, statuses, latency`);
  for (const kind of Object.keys(MIX) as Kind[]) {
    const cells = results.map((r) => {
      const t = r.tallies.get(kind)!;
      const statuses = [...t.byStatus].map(([s, n]) => `${s}×${n}`).join(' ');
      const times = [...t.times].sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
      return `${String(t.count).padStart(7)} ${statuses.padEnd(10)} p50 ${fixed(at(0.5), 4)} p99 ${fixed(at(0.99), 4)} ms`;
    });
    console.log(`    ${kind.padEnd(20)} ${cells.join('   ')}`);
  }
  for (const r of results) {
    const i = r.imports;
    console.log(
      `    ${r.label} imports: ${i.done} done, ${i.failed} failed, ${i.other} unfinished; ${i.runsAdded} runs added, ${i.failedFiles} files not read`,
    );
  }
  for (const r of results) {
    const step = Math.max(1, Math.round(r.rssEverySecond.length / 10));
    const marks = r.rssEverySecond.filter((_, i) => i % step === step - 1).map((v) => v.toFixed(0));
    console.log(`    ${r.label} RSS every ${step} s, MB: ${marks.join(' ')}`);
    if (r.errorCounts.size > 0) {
      console.log(
        `    ${r.label} errors: ${[...r.errorCounts].map(([code, n]) => `${code} ×${n}`).join(', ')}`,
      );
    }
  }
  for (const r of results) {
    const clean = r.errors === 0 && r.non2xx === 0 && r.imports.failed === 0 && r.imports.other === 0;
    const heapGrowth = r.end.heapUsedMb - r.start.heapUsedMb;
    console.log(
      `    ${r.label}: ${clean ? 'no errors' : 'ERRORS (see above)'}; heap ${heapGrowth >= 0 ? '+' : ''}${heapGrowth.toFixed(1)} MB over the run`,
    );
    if (!clean && r.serverLog.trim()) console.log(`    server said:\n${r.serverLog.slice(-4000)}`);
  }
}

export async function runLoadBench(): Promise<void> {
  console.log(
    `Load: ${RUNNERS} runners with a year of runs each (${RUNS_PER_RUNNER}, one-second series), logged in; ` +
      `${CONNECTIONS} connections for ${DURATION} s (autocannon ${autocannonVersion()}, loopback, after ${WARM_UP_S} s of warm-up)`,
  );
  console.log(
    `    every 50 requests: ${Object.entries(MIX)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')} (uploads on one connection per runner, the others ask for progress instead)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'backstride-bench-load-'));
  const results: Outcome[] = [];
  const baseline = await helloWorld();
  try {
    if (options.db !== 'postgres') results.push(await bench('SQLite', join(dir, 'load.db'), dir));
    if (options.db !== 'sqlite') results.push(await onPostgres((url) => bench('PostgreSQL', url, dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  print(results, baseline);
  if (results.some((r) => r.errors + r.non2xx + r.imports.failed + r.imports.other > 0)) process.exitCode = 1;
}

function autocannonVersion(): string {
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
  return (
    JSON.parse(readFileSync(join(root, 'node_modules/autocannon/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runLoadBench();
}
