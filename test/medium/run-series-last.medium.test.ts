import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { registerAccount } from '../../src/app/accounts';
import type { Run } from '../../src/core/runs/run';
import { migrateToLatest, migrationsFor } from '../../src/store/migrate';
import { createRepositories } from '../../src/store/repositories';
import { freshStore, type TestStore } from '../support/databases';

const BEFORE = '2026-12-14-0003-activity-files';

const run = (id: string, shoeId: string | null): Run => ({
  id,
  startTime: '2026-11-25T07:00:00.000Z',
  utcOffsetS: 3600,
  sport: 'running',
  subSport: 'road',
  indoor: false,
  name: 'Easy run',
  distanceM: 8_000,
  elapsedS: 2_600,
  timerS: 2_590,
  gpsDistanceM: 8_020,
  ascentM: 40,
  avgHeartRate: 142,
  avgCadenceSpm: 168,
  avgStepLengthMm: null,
  avgVerticalOscillationMm: null,
  avgGroundContactMs: null,
  surface: 'road',
  shoeId,
  note: 'windy by the river',
  source: 'import',
  format: 'fit',
  device: 'Forerunner 255',
  recovered: null,
  contentHash: null,
  laps: [],
  createdAt: '2026-11-25T09:00:00.000Z',
});

// SQLite only: PostgreSQL keeps large values out of line, so where a column sits costs nothing there.
describe('runs.series on SQLite', () => {
  let t: TestStore | undefined;
  afterEach(async () => t?.drop());

  it('is the last column, so reading any other column never walks a series', async () => {
    t = await freshStore('sqlite');
    const columns = await sql<{ name: string }>`pragma table_info(runs)`.execute(t.store.db);
    const names = columns.rows.map((c) => c.name);
    // A column added to runs after this migration lands behind series: move series last again, as
    // src/store/migrations/sqlite/2026-12-15-0001-runs-series-last.ts does.
    expect(names.at(-1)).toBe('series');
    expect(names).toContain('shoe_id');
  });

  it('keeps every run and its series when moved to the end', async () => {
    t = await freshStore('sqlite', false);
    const migrator = new Migrator({
      db: t.store.db,
      provider: { getMigrations: async () => migrationsFor('sqlite') },
    });
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    const repos = createRepositories(t.store.db);
    const now = new Date('2026-11-26T08:00:00Z');
    const account = await registerAccount(
      repos,
      { email: 'old-db@example.com', password: 'a long password' },
      now,
    );
    if (!account.ok) throw new Error(account.error.message);
    const userId = account.value.id;
    const series = new Uint8Array(50_000).map((_, i) => (i * 7) % 251);
    await repos.runs.insertMany(userId, [
      { run: run('00000000-0000-4000-8000-000000000001', null), series },
      { run: run('00000000-0000-4000-8000-000000000002', null), series: null },
    ]);

    expect(await migrateToLatest(t.store)).toContain('2026-12-15-0001-runs-series-last');

    const withSeries = await repos.runs.get(userId, '00000000-0000-4000-8000-000000000001');
    expect(withSeries?.series).toEqual(series);
    expect(withSeries?.run.note).toBe('windy by the river');
    const without = await repos.runs.get(userId, '00000000-0000-4000-8000-000000000002');
    expect(without?.series).toBeNull();
    expect(without?.run.distanceM).toBe(8_000);
  });
});
