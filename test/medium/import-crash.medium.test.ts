import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportFileResult, ImportStatus } from '../../src/app/import-status';
import { openStore, type Store } from '../../src/store/database';
import { buildSyntheticStravaArchive } from '../../bench/strava-archive';
import { CORPUS_AVAILABLE, corpusPresenceTest } from '../support/importers/corpus';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { killHard, runnerAt, startWorker } from '../support/instances';
import { startServe } from '../support/spawn';

/**
 * Issue 13, items 2 and 3, with real processes (`bin/backstride`, compiled): `kill -9` in the middle of
 * a 2,000-activity archive import loses nothing committed, leaves no run half-written (each committed
 * run is in the import's ledger with its kept file, and nothing else is), and the import resumes by
 * itself: on SQLite when the server starts again, on PostgreSQL in the other worker. It ends with every
 * activity once. On PostgreSQL, two app instances and two workers share the database.
 */

const COUNT = 2_000;
const PASSWORD = 'a long enough secret';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dir: string;
let bigZip: string;
let smallZip: string;
let expected: { big: number; small: number };

async function until<T>(what: string, ms: number, probe: () => Promise<T | null | false>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await sleep(100);
  }
}

async function runsOf(store: Store, userId: string): Promise<{ id: string; start_time: string }[]> {
  return store.db.selectFrom('runs').select(['id', 'start_time']).where('user_id', '=', userId).execute();
}

/** What is committed for an import: its runs, the runs its ledger names, and the files kept for them. */
async function committed(store: Store, userId: string, importId: string) {
  const runs = await runsOf(store, userId);
  const ledger = await store.db
    .selectFrom('import_files')
    .select('result_json')
    .where('import_id', '=', importId)
    .execute();
  const ledgerRunIds = ledger.flatMap((r) => (JSON.parse(r.result_json) as ImportFileResult).runIds);
  const kept = await store.db
    .selectFrom('activity_files')
    .select('run_id')
    .where('import_id', '=', importId)
    .execute();
  const row = await store.db
    .selectFrom('imports')
    .select(['state', 'lease_owner', 'attempts'])
    .where('id', '=', importId)
    .executeTakeFirstOrThrow();
  return {
    runIds: runs.map((r) => r.id).sort(),
    ledgerRunIds: ledgerRunIds.sort(),
    kept: kept.map((k) => k.run_id).sort(),
    row,
  };
}

/** The import's end, as the runner sees it: done, every activity once, the upload and ledger gone. */
async function expectCleanEnd(
  store: Store,
  userId: string,
  status: ImportStatus,
  count: number,
  before: string[],
) {
  expect(status).toMatchObject({ state: 'done', activities: count, duplicates: 0, failed: 0 });
  expect(status.imported + status.recovered).toBe(count);
  const runs = await runsOf(store, userId);
  expect(runs).toHaveLength(count);
  expect(new Set(runs.map((r) => r.start_time)).size).toBe(count);
  const ids = new Set(runs.map((r) => r.id));
  expect(before.filter((id) => !ids.has(id))).toEqual([]);
  const left = async (table: 'upload_chunks' | 'import_files') =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  expect(await left('upload_chunks')).toBe(0);
  expect(await left('import_files')).toBe(0);
}

describe.skipIf(!CORPUS_AVAILABLE)(
  'durable imports across crashes and instances',
  { timeout: 600_000 },
  () => {
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'backstride-crash-'));
      bigZip = join(dir, 'strava-2000.zip');
      smallZip = join(dir, 'strava-300.zip');
      expected = {
        big: (await buildSyntheticStravaArchive(bigZip, COUNT)).activities,
        small: (await buildSyntheticStravaArchive(smallZip, 300)).activities,
      };
    }, 300_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('kill -9 of the one SQLite server mid-import: on restart it resumes, and ends with every activity once', async () => {
      const db = join(dir, 'crash.db');
      const env = { BACKSTRIDE_DATA_DIR: dir, SESSION_SECRET: 'crash-test' };
      let server = await startServe(['--db', db], env);
      const store = openStore(db);
      try {
        const runner = runnerAt(server.url);
        await runner.login('sqlite@example.com', PASSWORD, true);
        const userId = (await store.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id;
        const id = await runner.upload(bigZip, 'strava-export.zip');
        await until('500 runs committed', 240_000, async () => (await runsOf(store, userId)).length >= 500);
        await killHard(server.child);

        const cut = await committed(store, userId, id);
        console.log(`[sqlite] killed the server with ${cut.runIds.length} of ${expected.big} runs committed`);
        expect(cut.runIds.length).toBeGreaterThanOrEqual(500);
        expect(cut.runIds.length).toBeLessThan(expected.big);
        expect(cut.ledgerRunIds).toEqual(cut.runIds);
        expect(cut.kept).toEqual(cut.runIds);
        expect(cut.row.state).toBe('processing');

        server = await startServe(['--db', db], env);
        const again = runnerAt(server.url);
        await again.login('sqlite@example.com', PASSWORD);
        const status = await until('the import to end', 300_000, async () => {
          const s = await again.status(id);
          return s.state === 'processing' ? null : s;
        });
        await expectCleanEnd(store, userId, status, expected.big, cut.runIds);
        expect(await again.runsTotal()).toBe(expected.big);
      } finally {
        await server.stop();
        await store.close();
      }
    });

    for (const dialect of DIALECTS.filter((d) => d === 'postgres')) {
      describe(`two app instances and two workers on one database [${dialect}]`, () => {
        let pg: TestStore;
        let stops: (() => Promise<void>)[] = [];
        let a: Awaited<ReturnType<typeof startServe>>;
        let b: Awaited<ReturnType<typeof startServe>>;
        let workers: Awaited<ReturnType<typeof startWorker>>[];
        beforeAll(async () => {
          pg = await freshStore(dialect);
          // The app instances only take uploads and answer; the two workers run the imports.
          const env = {
            SESSION_SECRET: 'instances-test',
            BACKSTRIDE_IMPORT_WORKERS: 'off',
            BACKSTRIDE_DATA_DIR: dir,
          };
          a = await startServe(['--db', pg.target], env);
          b = await startServe(['--db', pg.target], env);
          const workerEnv = {
            BACKSTRIDE_JOB_LEASE_S: '2',
            BACKSTRIDE_JOB_POLL_S: '0.5',
            BACKSTRIDE_DECODE_THREADS: '1',
          };
          workers = [await startWorker(pg.target, workerEnv), await startWorker(pg.target, workerEnv)];
          stops = [a.stop, b.stop, ...workers.map((w) => w.stop)];
        }, 120_000);
        afterAll(async () => {
          await Promise.all(stops.map((stop) => stop()));
          await pg?.drop();
        });

        it('takes an upload through instance A, shows its progress through B, and its runs through both', async () => {
          const viaA = runnerAt(a.url);
          await viaA.login('several@example.com', PASSWORD, true);
          const viaB = runnerAt(b.url, viaA.cookie);
          const id = await viaA.upload(smallZip, 'strava-export.zip');
          const seen: number[] = [];
          const status = await until('the import to end', 300_000, async () => {
            const s = await viaB.status(id);
            seen.push(s.filesDone);
            return s.state === 'processing' ? null : s;
          });
          const between = [...new Set(seen)].filter((n) => n > 0 && n < expected.small);
          console.log(`[${dialect}] instance B saw ${between.length} steps of progress before the end`);
          expect(between.length).toBeGreaterThanOrEqual(2);
          expect(status).toMatchObject({ state: 'done', activities: expected.small, duplicates: 0 });
          expect(await viaA.runsTotal()).toBe(expected.small);
          expect(await viaB.runsTotal()).toBe(expected.small);
        });

        it('kill -9 of the worker running a 2,000-activity import: the other worker resumes it, every activity once', async () => {
          const viaA = runnerAt(a.url);
          await viaA.login('crash@example.com', PASSWORD, true);
          const viaB = runnerAt(b.url, viaA.cookie);
          const userId = (
            await pg.store.db
              .selectFrom('users')
              .select('id')
              .where('email', '=', 'crash@example.com')
              .executeTakeFirstOrThrow()
          ).id;
          const id = await viaA.upload(bigZip, 'strava-export.zip');
          await until(
            '500 runs committed',
            300_000,
            async () => (await runsOf(pg.store, userId)).length >= 500,
          );
          const owner = (await committed(pg.store, userId, id)).row.lease_owner ?? '';
          const victim = workers.find((w) => owner.includes(`:${w.pid}:`));
          expect(victim, `lease held by ${owner}`).toBeDefined();
          await killHard(victim!.child);

          const cut = await committed(pg.store, userId, id);
          console.log(
            `[${dialect}] killed worker ${victim!.pid} with ${cut.runIds.length} of ${expected.big} runs committed`,
          );
          expect(cut.runIds.length).toBeLessThan(expected.big);
          expect(cut.ledgerRunIds).toEqual(cut.runIds);
          expect(cut.kept).toEqual(cut.runIds);
          expect(cut.row.state).toBe('processing');

          const status = await until('the import to end', 400_000, async () => {
            const s = await viaB.status(id);
            return s.state === 'processing' ? null : s;
          });
          await expectCleanEnd(pg.store, userId, status, expected.big, cut.runIds);
          const attempts = (
            await pg.store.db
              .selectFrom('imports')
              .select('attempts')
              .where('id', '=', id)
              .executeTakeFirstOrThrow()
          ).attempts;
          // The start the crash cut short, and the other worker's.
          expect(attempts).toBe(2);
          expect(await viaA.runsTotal()).toBe(expected.big);
          expect(await viaB.runsTotal()).toBe(expected.big);
        });
      });
    }
  },
);

corpusPresenceTest();
