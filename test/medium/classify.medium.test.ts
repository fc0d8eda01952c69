import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { uploadAndWait } from '../support/imports';
import { typelessGpx } from '../support/importers/synthetic';
import { createRepositories } from '../../src/store/repositories';
import { reportForUserId } from '../../src/app/load-report';
import type { RunList } from '../../src/contract/runs';
import type { WeeklyLoadResponse } from '../../src/contract/load';

// The test clock is Thursday 26 November 2026; its week began on Monday 23 November.
const gpx = (start: string, options: Parameters<typeof typelessGpx>[1]) => ({
  name: `${start.slice(0, 10)}.gpx`,
  data: new TextEncoder().encode(typelessGpx(start, options)),
});

for (const dialect of DIALECTS) {
  describe(`activities of unknown sport [${dialect}]`, () => {
    let t: TestApp;
    let me: { cookie: string; id: string };
    beforeAll(async () => {
      t = await createTestApp(dialect);
      me = await t.register();
    });
    afterAll(async () => t?.close());

    const get = async <T>(url: string, cookie = me.cookie): Promise<T> => {
      const res = await t.app.inject({ url, headers: { cookie } });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as T;
    };
    const patch = (id: string, body: unknown, cookie = me.cookie) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/runs/${id}`,
        headers: { cookie, origin: ORIGIN },
        payload: body as object,
      });
    const thisWeek = async () =>
      (await get<WeeklyLoadResponse>('/api/load/weekly?weeks=2&timeZone=UTC')).weeks.at(-1)!;

    let unknownId = '';

    it('imports a GPX without a type as generic, suggests a run, and counts it only as waiting', async () => {
      await t.app.inject({
        method: 'POST',
        url: '/api/runs',
        headers: { cookie: me.cookie, origin: ORIGIN },
        payload: { startTime: '2026-11-23T07:00:00.000Z', distanceM: 5_000, elapsedS: 1_650, indoor: false },
      });
      // 30 minutes at 3.3 m/s (5:03 /km), 172 steps a minute; and a slow one at 1.3 m/s (12:49 /km).
      const status = await uploadAndWait(t, me.cookie, [
        gpx('2026-11-24T07:00:00Z', { points: 181, speedMps: 3.3, cadence: 172 }),
        gpx('2026-11-25T07:00:00Z', { points: 181, speedMps: 1.3 }),
      ]);
      expect(status).toMatchObject({ state: 'done', imported: 2, failed: 0 });

      const list = await get<RunList>('/api/runs');
      expect(list.total).toBe(3);
      expect(list.unclassified).toBe(2);
      const unknown = list.items.filter((r) => r.sport === 'generic');
      expect(unknown).toHaveLength(2);
      const [walk, run] = unknown;
      expect(run).toMatchObject({
        startTime: '2026-11-24T07:00:00.000Z',
        suggestedSport: 'running',
        suggestionReason: expect.stringMatching(/^Pace 5:0\d \/km and 172 steps a minute look like a run\.$/),
      });
      expect(walk).toMatchObject({
        suggestedSport: 'walking',
        suggestionReason: expect.stringMatching(/^Pace 12:\d\d \/km looks like a walk\.$/),
      });
      const manual = list.items.find((r) => r.sport === 'running')!;
      expect(manual).not.toHaveProperty('suggestedSport');
      expect(manual).not.toHaveProperty('suggestionReason');
      unknownId = run!.id;

      const waiting = await get<RunList>('/api/runs?sport=unclassified');
      expect(waiting.total).toBe(2);
      expect(waiting.items.map((r) => r.sport)).toEqual(['generic', 'generic']);
      expect(await createRepositories(t.db.store.db).runs.countUnclassified(me.id)).toBe(2);

      expect(await thisWeek()).toMatchObject({
        weekStart: '2026-11-23',
        distanceM: 5_000,
        runs: 1,
        otherDistanceM: 0,
        others: 0,
        unclassified: 2,
      });
      const report = await reportForUserId(
        { repos: createRepositories(t.db.store.db), now: t.clock.now() },
        me.id,
        { timeZone: 'UTC', weeks: 1 },
      );
      expect(report.weeks.at(-1)).toMatchObject({ distanceM: 5_000, runs: 1 });
    });

    it('gives the suggestion in miles to a runner who uses them', async () => {
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/settings',
        headers: { cookie: me.cookie, origin: ORIGIN },
        payload: { units: 'mi' },
      });
      expect(res.statusCode, res.body).toBe(200);
      const list = await get<RunList>('/api/runs?sport=unclassified');
      expect(list.items.find((r) => r.id === unknownId)?.suggestionReason).toMatch(
        /^Pace 8:\d\d \/mi and 172/,
      );
      await t.app.inject({
        method: 'PUT',
        url: '/api/settings',
        headers: { cookie: me.cookie, origin: ORIGIN },
        payload: { units: 'km' },
      });
    });

    it('counts the activity once the runner says it was a run', async () => {
      const res = await patch(unknownId, { sport: 'running' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ id: unknownId, sport: 'running' });

      const list = await get<RunList>('/api/runs');
      expect(list.unclassified).toBe(1);
      const item = list.items.find((r) => r.id === unknownId)!;
      expect(item.sport).toBe('running');
      expect(item).not.toHaveProperty('suggestedSport');
      const week = await thisWeek();
      expect(week.runs).toBe(2);
      expect(week.distanceM).toBeGreaterThan(10_800);
      expect(week.distanceM).toBeLessThan(11_100);
      expect(week.unclassified).toBe(1);
    });

    it('counts a ride among other sports, out of the on-foot list', async () => {
      const waiting = (await get<RunList>('/api/runs?sport=unclassified')).items[0]!;
      expect((await patch(waiting.id, { sport: 'cycling' })).statusCode).toBe(200);
      expect((await get<RunList>('/api/runs')).items.some((r) => r.id === waiting.id)).toBe(false);
      expect((await get<RunList>('/api/runs?sport=all')).unclassified).toBe(0);
      expect(await thisWeek()).toMatchObject({ runs: 2, others: 1, unclassified: 0 });
      expect(await createRepositories(t.db.store.db).runs.countUnclassified(me.id)).toBe(0);
      expect((await get<RunList>('/api/runs?sport=unclassified')).total).toBe(0);
    });

    it("answers 404 for another runner's activity and leaves it as it was", async () => {
      const other = await t.register();
      const res = await patch(unknownId, { sport: 'walking' }, other.cookie);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('not_found');
      const mine = await get<{ sport: string }>(`/api/runs/${unknownId}`);
      expect(mine.sport).toBe('running');
      expect((await get<RunList>('/api/runs', other.cookie)).unclassified).toBe(0);
    });

    it('refuses a sport it does not know, naming the field, and "generic" among them', async () => {
      for (const sport of ['swimming', 'generic', '', 3]) {
        const res = await patch(unknownId, { sport });
        expect(res.statusCode, String(sport)).toBe(400);
        expect(res.json().issues).toEqual([
          {
            path: 'body.sport',
            message: 'sport must be one of running, trail_running, walking, hiking, cycling, other',
          },
        ]);
      }
      expect((await get<{ sport: string }>(`/api/runs/${unknownId}`)).sport).toBe('running');
      const bad = await t.app.inject({ url: '/api/runs?sport=generic', headers: { cookie: me.cookie } });
      expect(bad.statusCode).toBe(400);
    });
  });
}
