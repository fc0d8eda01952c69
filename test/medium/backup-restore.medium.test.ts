import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { registerAccount } from '../../src/app/accounts';
import type { Run } from '../../src/core/runs/run';
import { openStore } from '../../src/store/database';
import { createRepositories } from '../../src/store/repositories';
import type { Database } from '../../src/store/schema';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { runCli } from '../support/spawn';

const dir = mkdtempSync(join(tmpdir(), 'backstride-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { BACKSTRIDE_DATA_DIR: dir };

/** Everything that tells two databases apart for a runner: accounts, runs with their series, check-ins. */
async function contents(db: Kysely<Database>) {
  const users = await db.selectFrom('users').select(['id', 'email', 'password_hash']).orderBy('id').execute();
  const runs = await db
    .selectFrom('runs')
    .select(['id', 'user_id', 'start_time', 'distance_m', 'series', 'note'])
    .orderBy('id')
    .execute();
  const files = await db.selectFrom('activity_files').select(['id', 'run_id']).orderBy('id').execute();
  return {
    users,
    runs: runs.map((r) => ({ ...r, series: r.series ? Buffer.from(r.series).toString('base64') : null })),
    files,
  };
}

const aRun = (id: string): Run => ({
  id,
  startTime: '2026-11-18T07:00:00.000Z',
  utcOffsetS: 3600,
  sport: 'running',
  subSport: 'road',
  indoor: false,
  name: 'Tempo',
  distanceM: 9_000,
  elapsedS: 2_700,
  timerS: 2_690,
  gpsDistanceM: 9_010,
  ascentM: 30,
  avgHeartRate: 150,
  avgCadenceSpm: 170,
  avgStepLengthMm: null,
  avgVerticalOscillationMm: null,
  avgGroundContactMs: null,
  surface: 'road',
  shoeId: null,
  note: 'felt fine',
  source: 'import',
  format: 'fit',
  device: null,
  recovered: null,
  contentHash: null,
  laps: [],
  createdAt: '2026-11-18T09:00:00.000Z',
});

for (const dialect of DIALECTS) {
  describe(`backstride backup and restore [${dialect}]`, () => {
    const stores: TestStore[] = [];
    afterAll(async () => {
      for (const s of stores) await s.drop();
    });

    it(
      'makes a backup that restores into a new database with the same data',
      { timeout: 180_000 },
      async () => {
        const source = await freshStore(dialect);
        stores.push(source);
        const repos = createRepositories(source.store.db);
        const now = new Date('2026-11-20T08:00:00Z');
        const ids = [];
        for (const email of ['first@example.com', 'second@example.com']) {
          const made = await registerAccount(repos, { email, password: 'a long enough secret' }, now);
          if (!made.ok) throw new Error(made.error.message);
          ids.push(made.value.id);
        }
        const series = new Uint8Array(30_000).map((_, i) => (i * 13) % 251);
        await repos.runs.insertMany(ids[0]!, [{ run: aRun('00000000-0000-4000-8000-0000000000a1'), series }]);
        const before = await contents(source.store.db);
        expect(before.users).toHaveLength(2);
        expect(before.runs).toHaveLength(1);
        expect(before.runs[0]!.series).not.toBeNull();

        const out = join(dir, `${dialect}.backup`);
        const backup = await runCli(['backup', '--out', out, '--db', source.target], { env });
        expect(backup.code, backup.stderr).toBe(0);
        expect(backup.stdout).toContain(`wrote ${out}: 2 accounts, 1 runs`);
        const again = await runCli(['backup', '--out', out, '--db', source.target], { env });
        expect(again.code).toBe(2);
        expect(again.stderr).toContain('already exists');

        // The source changes after the backup: the restore must hold the data as it was.
        await source.store.db.deleteFrom('runs').execute();

        // A new database: for SQLite a path with no file yet, for PostgreSQL an empty database.
        const empty = await freshStore(dialect, false);
        stores.push(empty);
        const target = dialect === 'sqlite' ? join(dir, 'restored-here.db') : empty.target;
        const restored = await runCli(['restore', out, '--db', target], { env });
        expect(restored.code, restored.stderr).toBe(0);
        expect(restored.stdout).toContain('restored 2 accounts, 1 runs');
        const reopened = openStore(target);
        try {
          expect(await contents(reopened.db)).toEqual(before);
        } finally {
          await reopened.close();
        }

        const intoFull = await runCli(['restore', out, '--db', target], { env });
        expect(intoFull.code).toBe(2);
        expect(intoFull.stderr).toMatch(dialect === 'sqlite' ? /already exists/ : /already holds tables/);
      },
    );
  });
}

describe('backstride restore on SQLite', () => {
  it(
    'refuses a file that is not a backstride database, and replaces a database only when told',
    { timeout: 180_000 },
    async () => {
      const junk = join(dir, 'junk.backup');
      writeFileSync(junk, 'not a database at all, just some words '.repeat(200));
      const target = join(dir, 'restored.db');
      const refused = await runCli(['restore', junk, '--db', target], { env });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('is not a SQLite database');
      expect(existsSync(target)).toBe(false);

      const source = await freshStore('sqlite');
      try {
        const repos = createRepositories(source.store.db);
        const made = await registerAccount(
          repos,
          { email: 'keep@example.com', password: 'a long enough secret' },
          new Date(),
        );
        expect(made.ok).toBe(true);
        const out = join(dir, 'replace.backup');
        expect((await runCli(['backup', '--out', out, '--db', source.target], { env })).code).toBe(0);
        writeFileSync(target, 'an old file in the way');
        const replaced = await runCli(['restore', out, '--db', target, '--replace'], { env });
        expect(replaced.code, replaced.stderr).toBe(0);
        expect(replaced.stdout).toContain('restored 1 accounts, 0 runs');
        const reopened = openStore(target);
        try {
          expect((await contents(reopened.db)).users.map((u) => u.email)).toEqual(['keep@example.com']);
        } finally {
          await reopened.close();
        }
      } finally {
        await source.drop();
      }
    },
  );
});
