import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manualRun } from '../../src/core/runs/run';
import { createRepositories } from '../../src/store/repositories';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { runCli } from '../support/spawn';

const dataDir = mkdtempSync(join(tmpdir(), 'backstride-cli-load-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { BACKSTRIDE_DATA_DIR: dataDir };

/** Wednesdays, oldest first, the last one in the week of 23 November 2026 (the last complete week on 3 December). */
const wednesday = (weeksAgo: number) =>
  new Date(Date.parse('2026-11-25T07:00:00Z') - weeksAgo * 7 * 86_400_000).toISOString();

describe('backstride load FILE', () => {
  it('prints the report: a spike after four steady weeks, a shoe with a start distance, cadence', async () => {
    const runs = [5, 4, 3, 2].map((w) => ({ start: wednesday(w), distanceM: 10_000, shoe: 'peg' }));
    runs.push({ start: wednesday(1), distanceM: 10_000, shoe: 'peg' });
    // 23:30 on Sunday 29 November in Paris: still the last complete week there.
    runs.push({ start: '2026-11-29T23:30:00+01:00', distanceM: 13_000, shoe: 'peg' });
    const file = join(dataDir, 'runs.json');
    writeFileSync(
      file,
      JSON.stringify({
        today: '2026-12-03',
        timeZone: 'Europe/Paris',
        runs: [...runs.map((r) => ({ ...r, avgCadenceSpm: 170 }))],
        shoes: [{ id: 'peg', name: 'Pegasus', startKm: 437 }],
      }),
    );
    const res = await runCli(['load', file, '--weeks', '2'], { env });
    expect(res.stderr).not.toMatch(/error/);
    expect(res.code).toBe(0);
    const report = JSON.parse(res.stdout) as {
      weeks: { weekStart: string; distanceM: number }[];
      alerts: { code: string; message: string }[];
      factors: Record<string, unknown>;
    };
    expect(report.weeks.map((w) => [w.weekStart, w.distanceM])).toEqual([
      ['2026-11-23', 13_000],
      ['2026-11-30', 0],
    ]);
    expect(report.factors).toEqual({
      recent_mileage_increase_pct: 30,
      long_run_increase_pct: 30,
      shoe_km: 500,
      cadence_spm: 170,
      surface_change: false,
    });
    expect(report.alerts.map((a) => a.code)).toEqual([
      'rule10_over',
      'spike',
      'long_run_spike',
      'shoe_check',
    ]);
  });

  it('exits 2 naming each wrong field, and on text that is not JSON', async () => {
    const bad = await runCli(['load'], {
      env,
      input: JSON.stringify({ today: 'Thursday', timeZone: 'Mars/Olympus', runs: [{ start: '2026-11-25' }] }),
    });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    const line = bad.stderr.trim().split('\n').at(-1)!;
    for (const field of ['today', 'timeZone', 'runs[0].start', 'runs[0].distanceM'])
      expect(line).toContain(field);
    const notJson = await runCli(['load', '-'], { env, input: 'runs: none' });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/not valid JSON/);
  });
});

for (const dialect of DIALECTS) {
  describe(`backstride load --user [${dialect}]`, () => {
    let db: TestStore;
    afterAll(async () => db?.drop());

    it('reports on the account’s stored runs, with shoes from the garage', async () => {
      db = await freshStore(dialect);
      const created = await runCli(
        ['user', 'create', '--email', 'load@example.com', '--password-stdin', '--db', db.target],
        { env, input: 'load password 12' },
      );
      expect(created.code).toBe(0);
      const repos = createRepositories(db.store.db);
      const user = await repos.users.findByEmail('load@example.com');
      // The shoe is read from the garage: its start distance counts.
      const kayano = {
        ...{ id: randomUUID(), brand: 'Asics', model: 'Kayano', nickname: null, startKm: 100, retireKm: 800 },
        ...{
          retiredAt: null,
          defaultFor: null,
          createdAt: '2026-01-01T00:00:00Z',
          updatedAt: '2026-01-01T00:00:00Z',
        },
      };
      await repos.shoes.insertMany(user!.id, [kayano]);
      const runs = [5, 4, 3, 2, 1, 0].map((w) => ({
        run: {
          ...manualRun(
            {
              startTime: wednesday(w),
              distanceM: w < 2 ? 11_000 : 10_000,
              elapsedS: 3_300,
              indoor: w < 2,
              shoeId: kayano.id,
            },
            { id: randomUUID(), createdAt: '2026-12-01T00:00:00Z' },
          ),
          avgCadenceSpm: 150,
        },
        series: null,
      }));
      await createRepositories(db.store.db).runs.insertMany(user!.id, runs);

      const res = await runCli(
        ['load', '--user', 'Load@Example.com', '--db', db.target, '--today', '2026-12-03', '--weeks', '1'],
        { env },
      );
      expect(res.stderr).not.toMatch(/error/);
      expect(res.code).toBe(0);
      const report = JSON.parse(res.stdout) as {
        factors: Record<string, unknown>;
        alerts: { code: string }[];
      };
      expect(report.factors).toEqual({
        recent_mileage_increase_pct: 10,
        long_run_increase_pct: 10,
        shoe_km: 162,
        surface_change: true,
        cadence_spm: 150,
      });
      expect(report.alerts.map((a) => a.code)).toEqual(['surface_change', 'low_cadence']);

      const nobody = await runCli(['load', '--user', 'nobody@example.com', '--db', db.target], { env });
      expect(nobody.code).toBe(2);
      expect(nobody.stderr).toMatch(/no account with the email nobody@example.com/);
    }, 60_000);
  });
}
