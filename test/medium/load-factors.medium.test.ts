import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { NOW, runAgo, weeksOfKm } from '../support/load-runs';
import { createRepositories } from '../../src/store/repositories';
import { manualRun } from '../../src/core/runs/run';
import { createShoe } from '../../src/app/shoes';
import type { ReportRun } from '../../src/core/load/report-window';
import type { LoadFactorsResponse } from '../../src/contract/load-factors';

// NOW is Thursday 3 December 2026: the last complete week is 23–29 November.
for (const dialect of DIALECTS) {
  describe(`GET /api/load/factors [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      t.clock.set(NOW.toISOString());
    });
    afterAll(async () => t?.close());

    /** Stores load-rule test runs as the runner's runs, cadence included; each shoe name becomes a shoe of theirs. */
    const store = async (userId: string, runs: ReportRun[]) => {
      const repos = createRepositories(t.db.store.db);
      const shoeIds = new Map<string, string>();
      for (const name of new Set(runs.flatMap((r) => (r.shoe ? [r.shoe] : [])))) {
        const shoe = await createShoe({ repos, now: NOW }, userId, { brand: name });
        shoeIds.set(name, shoe.id);
      }
      await repos.runs.insertMany(
        userId,
        runs.map((r) => ({
          run: {
            ...manualRun(
              {
                startTime: r.startTime,
                distanceM: r.distanceM,
                elapsedS: r.elapsedS,
                indoor: r.treadmill,
                shoeId: r.shoe ? (shoeIds.get(r.shoe) ?? null) : null,
              },
              { id: randomUUID(), createdAt: NOW.toISOString() },
            ),
            avgCadenceSpm: r.avgCadenceSpm,
          },
          series: null,
        })),
      );
    };
    const factors = async (cookie: string, query = '') => {
      const res = await t.app.inject({ url: `/api/load/factors${query}`, headers: { cookie } });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as LoadFactorsResponse).factors;
    };

    it('gives the measured factors of the runner’s own runs, each with its weeks', async () => {
      const me = await t.register();
      await store(me.id, [
        ...weeksOfKm([10, 10, 10, 10, 10, 10], { shoe: 'Pegasus', avgCadenceSpm: 158 }),
        runAgo(0, { distanceM: 4_000, treadmill: true, shoe: 'Pegasus', avgCadenceSpm: 171 }),
        runAgo(-1, { distanceM: 30_000 }), // this week: not judged
      ]);
      const other = await t.register();
      await store(other.id, weeksOfKm([40, 40, 40, 40, 40, 40], { shoe: 'Pegasus', avgCadenceSpm: 150 }));

      expect(await factors(me.cookie, '?timeZone=Europe/London')).toEqual([
        {
          code: 'recent_mileage_increase_pct',
          value: 40,
          from: '2026-10-19',
          to: '2026-11-29',
          basis:
            'The bigger of the weeks of 16 and 23 Nov (14.0 km) against your average over the four weeks from 19 Oct (10.0 km a week).',
        },
        {
          code: 'long_run_increase_pct',
          value: 0,
          from: '2026-10-19',
          to: '2026-11-29',
          basis:
            'Your longest run in the weeks of 16 and 23 Nov against your longest in the four weeks from 19 Oct.',
        },
        {
          code: 'shoe_km',
          value: 64,
          from: '2026-11-16',
          to: '2026-11-29',
          basis: 'Your Pegasus, the pair you ran in most in the weeks of 16 and 23 Nov: 64.0 km in all.',
        },
        {
          code: 'surface_change',
          value: false,
          from: '2026-10-19',
          to: '2026-11-29',
          basis:
            'You ran mostly outside both in the weeks of 16 and 23 Nov and over the four weeks from 19 Oct.',
        },
        {
          code: 'cadence_spm',
          value: 158,
          from: '2026-11-02',
          to: '2026-11-29',
          basis:
            'The middle value of your runs’ average cadence over the four weeks from 2 Nov to 29 Nov; runs without cadence are left out.',
        },
      ]);

      const saved = await t.app.inject({
        method: 'PUT',
        url: '/api/settings',
        headers: { cookie: me.cookie, origin: ORIGIN },
        payload: { units: 'mi' },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const inMiles = await factors(me.cookie);
      expect(inMiles.find((f) => f.code === 'shoe_km')).toMatchObject({
        value: 64,
        basis: 'Your Pegasus, the pair you ran in most in the weeks of 16 and 23 Nov: 39.8 mi in all.',
      });
      expect(inMiles[0]?.basis).toContain('(8.7 mi)');
    });

    it('places a run at 23:30 on Sunday in the runner’s own week', async () => {
      const me = await t.register();
      // 23:30 on Sunday 29 November in New York is 04:30 on Monday 30 November in UTC.
      await store(me.id, [
        ...weeksOfKm([10, 10, 10, 10, 10, 10]),
        runAgo(0, { startTime: '2026-11-30T04:30:00.000Z', distanceM: 5_000 }),
      ]);
      const ny = await factors(me.cookie, '?timeZone=America/New_York');
      const utc = await factors(me.cookie, '?timeZone=UTC');
      expect(ny.slice(0, 2).map((f) => [f.code, f.value, f.to])).toEqual([
        ['recent_mileage_increase_pct', 50, '2026-11-29'],
        ['long_run_increase_pct', 0, '2026-11-29'],
      ]);
      expect(utc.slice(0, 2).map((f) => [f.code, f.value, f.to])).toEqual([
        ['recent_mileage_increase_pct', 0, '2026-11-29'],
        ['long_run_increase_pct', 0, '2026-11-29'],
      ]);
    });

    it('gives an account without runs an empty list', async () => {
      const me = await t.register();
      expect(await factors(me.cookie, '?timeZone=Pacific/Kiritimati')).toEqual([]);
    });

    it('names a bad time zone and asks for a login', async () => {
      const me = await t.register();
      const res = await t.app.inject({
        url: '/api/load/factors?timeZone=Mars/Olympus',
        headers: { cookie: me.cookie },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'validation_failed',
        issues: [{ path: 'querystring.timeZone' }],
      });
      expect((await t.app.inject({ url: '/api/load/factors' })).statusCode).toBe(401);
    });
  });
}
