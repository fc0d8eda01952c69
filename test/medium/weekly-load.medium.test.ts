import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, type TestApp } from '../support/test-app';
import { createRepositories } from '../../src/store/repositories';
import { manualRun } from '../../src/core/runs/run';
import type { WeeklyLoadResponse } from '../../src/contract/load';

const DAY = 86_400_000;
// The test clock: Thursday 26 November 2026, 08:00 UTC; its week began on Monday 23 November.
const THIS_MONDAY = Date.parse('2026-11-23T00:00:00.000Z');

for (const dialect of DIALECTS) {
  describe(`GET /api/load/weekly [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t?.close());

    const store = (userId: string, runs: { at: number; distanceM: number; sport?: string }[]) =>
      createRepositories(t.db.store.db).runs.insertMany(
        userId,
        runs.map((r) => ({
          run: manualRun(
            {
              startTime: new Date(r.at).toISOString(),
              distanceM: r.distanceM,
              elapsedS: Math.round(r.distanceM / 3),
              indoor: false,
              sport: r.sport ?? 'running',
            },
            { id: randomUUID(), createdAt: '2026-11-26T08:00:00.000Z' },
          ),
          series: null,
        })),
      );
    const load = async (cookie: string, query: string) =>
      t.app.inject({ url: `/api/load/weekly${query}`, headers: { cookie } });

    it('totals every run, not the first 200, and marks the spike and the 10 % rule', async () => {
      const me = await t.register();
      // 60 weeks back to last week: five runs of 2 km a week (300 runs), then a week of 15 km in total.
      const runs = [];
      for (let w = 60; w >= 2; w--) {
        for (let d = 0; d < 5; d++)
          runs.push({ at: THIS_MONDAY - w * 7 * DAY + d * DAY + 7 * 3600_000, distanceM: 2_000 });
      }
      for (let d = 0; d < 5; d++)
        runs.push({ at: THIS_MONDAY - 7 * DAY + d * DAY + 7 * 3600_000, distanceM: 3_000 });
      runs.push(
        { at: THIS_MONDAY + DAY, distanceM: 4_000 },
        { at: THIS_MONDAY + DAY, distanceM: 9_000, sport: 'cycling' },
      );
      await store(me.id, runs);
      const other = await t.register();
      await store(other.id, [{ at: THIS_MONDAY - 7 * DAY, distanceM: 50_000 }]);

      const res = await load(me.cookie, '?weeks=52');
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as WeeklyLoadResponse;
      expect(body).toMatchObject({ timeZone: 'UTC', current: true });
      expect(body.weeks).toHaveLength(52);
      expect(body.weeks.reduce((n, w) => n + w.runs, 0)).toBe(51 * 5 + 1);
      expect(body.weeks.slice(0, 50).every((w) => w.distanceM === 10_000 && !w.spike)).toBe(true);
      expect(body.weeks.at(-2)).toMatchObject({
        weekStart: '2026-11-16',
        complete: true,
        distanceM: 15_000,
        changePct: 50,
        rule10: 'over',
        increasePct: 50,
        spike: true,
      });
      expect(body.weeks.at(-1)).toMatchObject({
        weekStart: '2026-11-23',
        complete: false,
        distanceM: 4_000,
        otherDistanceM: 9_000,
        spike: false,
        rule10: null,
      });
    });

    it('reads weeks in the runner’s time zone', async () => {
      const me = await t.register();
      // 23:30 on Sunday 22 November in New York is 04:30 UTC on Monday 23 November.
      await store(me.id, [{ at: Date.parse('2026-11-23T04:30:00.000Z'), distanceM: 5_000 }]);
      const utc = (await load(me.cookie, '?weeks=2')).json() as WeeklyLoadResponse;
      const ny = (await load(me.cookie, '?weeks=2&timeZone=America/New_York')).json() as WeeklyLoadResponse;
      expect(utc.weeks.map((w) => w.runs)).toEqual([0, 1]);
      expect(ny.weeks.map((w) => w.runs)).toEqual([1, 0]);
    });

    it('ends at the newest run when nothing is recent (an old export)', async () => {
      const me = await t.register();
      await store(me.id, [{ at: Date.parse('2019-05-08T07:00:00.000Z'), distanceM: 8_000 }]);
      const body = (await load(me.cookie, '')).json() as WeeklyLoadResponse;
      expect(body.current).toBe(false);
      expect(body.weeks).toHaveLength(12);
      expect(body.weeks.at(-1)).toMatchObject({ weekStart: '2019-05-06', distanceM: 8_000, complete: true });
    });

    it('gives a new runner empty weeks', async () => {
      const me = await t.register();
      const body = (await load(me.cookie, '?weeks=3')).json() as WeeklyLoadResponse;
      expect(body.current).toBe(true);
      expect(body.weeks.map((w) => w.distanceM)).toEqual([0, 0, 0]);
    });

    it('names a bad query and asks for a login', async () => {
      const me = await t.register();
      const weeks = await load(me.cookie, '?weeks=0');
      expect(weeks.statusCode).toBe(400);
      expect(weeks.json()).toMatchObject({
        code: 'validation_failed',
        issues: [{ path: 'querystring.weeks' }],
      });
      const zone = await load(me.cookie, '?timeZone=Mars/Olympus');
      expect(zone.statusCode).toBe(400);
      expect(zone.json().message).toMatch(/timeZone/);
      expect((await t.app.inject({ url: '/api/load/weekly' })).statusCode).toBe(401);
    });
  });
}
