import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { mechanicalCheckin } from '../support/checkins';
import { createShoe } from '../../src/app/shoes';
import { createRepositories } from '../../src/store/repositories';
import { manualRun, type Run } from '../../src/core/runs/run';
import type { DashboardResponse } from '../../src/contract/dashboard';

// Thursday 3 December 2026: this week began on Monday 30 November; the last complete week on 23 November.
const NOW = '2026-12-03T12:00:00.000Z';
/** The Wednesday `weeksAgo` complete weeks back (0: the last complete week, −1: this week), 07:00 UTC. */
const wednesday = (weeksAgo: number) =>
  new Date(Date.parse('2026-11-25T07:00:00.000Z') - weeksAgo * 7 * 86_400_000).toISOString();

interface Seed {
  weeksAgo: number;
  km: number;
  indoor?: boolean;
  cadence?: number;
  sport?: string;
  shoe?: string;
  at?: string;
}

for (const dialect of DIALECTS) {
  describe(`GET /api/dashboard [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      t.clock.set(NOW);
    });
    afterAll(async () => t?.close());

    /** Stores the seeds as the runner's runs; each shoe name becomes a shoe of theirs. */
    const store = async (userId: string, seeds: Seed[]) => {
      const repos = createRepositories(t.db.store.db);
      const shoeIds = new Map<string, string>();
      for (const name of new Set(seeds.map((s) => s.shoe ?? 'Pegasus'))) {
        shoeIds.set(name, (await createShoe({ repos, now: new Date(NOW) }, userId, { brand: name })).id);
      }
      await repos.runs.insertMany(
        userId,
        seeds.map((s) => {
          const run: Run = manualRun(
            {
              startTime: s.at ?? wednesday(s.weeksAgo),
              distanceM: s.km * 1000,
              elapsedS: s.km * 330,
              indoor: s.indoor ?? false,
              sport: s.sport ?? 'running',
              shoeId: shoeIds.get(s.shoe ?? 'Pegasus') ?? null,
            },
            { id: randomUUID(), createdAt: NOW },
          );
          return { run: { ...run, avgCadenceSpm: s.cadence ?? null }, series: null };
        }),
      );
    };
    const get = (cookie: string | null, query = '') =>
      t.app.inject({ url: `/api/dashboard${query}`, headers: cookie ? { cookie } : {} });

    it('answers with exact numbers: target, spike, alerts, shoes near the limit, cadence, surface', async () => {
      const me = await t.register();
      await store(me.id, [
        { weeksAgo: 30, km: 450 }, // an old ultra puts the shoe near its limit
        ...[6, 5, 4, 3, 2].map((w) => ({ weeksAgo: w, km: 10, cadence: 170 })),
        { weeksAgo: 1, km: 10, indoor: true, cadence: 158 },
        { weeksAgo: 0, km: 13, cadence: 156 },
        { weeksAgo: -1, km: 4 },
        { weeksAgo: -1, km: 3, sport: 'generic', at: '2026-12-01T07:00:00.000Z' },
      ]);
      const other = await t.register();
      await store(other.id, [
        { weeksAgo: 0, km: 40, shoe: 'Secret' },
        { weeksAgo: -1, km: 2, sport: 'generic' },
      ]);
      const saved = await t.app.inject({
        method: 'POST',
        url: '/api/checkins',
        headers: { cookie: me.cookie, origin: ORIGIN },
        payload: mechanicalCheckin({ painScore: 5 }),
      });
      expect(saved.statusCode).toBe(201);
      t.clock.set('2026-12-03T12:05:00.000Z');
      const later = await t.app.inject({
        method: 'POST',
        url: '/api/checkins',
        headers: { cookie: me.cookie, origin: ORIGIN },
        payload: mechanicalCheckin({ painScore: 3 }),
      });
      t.clock.set(NOW);

      const res = await get(me.cookie, '?timeZone=Europe/Paris');
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as DashboardResponse;
      expect(body).toMatchObject({ timeZone: 'Europe/Paris', today: '2026-12-03', current: true });
      expect(body.thisWeek).toEqual({
        weekStart: '2026-11-30',
        daysLeft: 4,
        doneM: 4_000,
        lastWeekM: 13_000,
        baselineM: 10_000,
        targetM: 12_999, // 13 km + 10 % would be a spike over the four 10 km weeks before last week
        remainingM: 8_999,
        state: 'under',
        basis: 'spike_cap',
      });
      expect(body.weeks).toHaveLength(12);
      expect(body.asOfWeek).toBe('2026-11-30');
      expect(body.weeks.slice(-3)).toEqual([
        {
          weekStart: '2026-11-16',
          complete: true,
          distanceM: 10_000,
          runs: 1,
          changePct: 0,
          rule10: 'ok',
          increasePct: 0,
          spike: false,
        },
        {
          weekStart: '2026-11-23',
          complete: true,
          distanceM: 13_000,
          runs: 1,
          changePct: 30,
          rule10: 'over',
          increasePct: 30,
          spike: true,
        },
        {
          weekStart: '2026-11-30',
          complete: false,
          distanceM: 4_000,
          runs: 1,
          changePct: null,
          rule10: null,
          increasePct: null,
          spike: false,
        },
      ]);
      expect(body.alerts.map((a) => a.code)).toEqual([
        'rule10_over',
        'spike',
        'long_run_spike',
        'shoe_check',
      ]);
      expect(body.alerts[1]?.message).toMatch(/Hold your distance steady/);
      // 450 + 6 × 10 + 13 + 4 km on the Pegasus; the other runner's shoe is not here.
      expect(body.shoesNearLimit).toEqual([
        { id: expect.any(String), name: 'Pegasus', distanceKm: 527, retireKm: 800, level: 'check' },
      ]);
      const shoes = await t.app.inject({ url: '/api/shoes', headers: { cookie: me.cookie } });
      expect(body.shoesNearLimit[0]?.id).toBe((shoes.json() as { items: { id: string }[] }).items[0]?.id);
      expect(body.surface).toEqual({
        lastTwoWeeks: { treadmillPct: 43.5, dominant: 'outdoor' }, // 10 of 23 km
        fourWeeksBefore: { treadmillPct: 0, dominant: 'outdoor' },
      });
      expect(body.cadence.fourWeekMedianSpm).toBe(164); // 156, 158, 170, 170
      expect(body.cadence.weeks).toHaveLength(12);
      expect(body.cadence.weeks.slice(-4).map((w) => w.medianSpm)).toEqual([170, 158, 156, null]);
      expect(body.lastCheckin).toMatchObject({ id: later.json().id, urgency: 'self_manage', painScore: 3 });
      expect(body.painTrend).toEqual([
        { at: '2026-12-03T12:00:00.000Z', painScore: 5 },
        { at: '2026-12-03T12:05:00.000Z', painScore: 3 },
      ]);
      expect(body.checkinDue).toEqual({ due: false, reason: null, message: null });
      expect(body.unclassified).toBe(1);

      const year = (await get(me.cookie, '?weeks=52')).json() as DashboardResponse;
      expect(year.weeks).toHaveLength(52);
      expect(year.weeks.reduce((n, w) => n + w.distanceM, 0)).toBe((450 + 6 * 10 + 13 + 4) * 1000);

      // A week later the check-in is due again.
      t.clock.set('2026-12-11T12:00:00.000Z');
      const due = (await get(me.cookie)).json() as DashboardResponse;
      expect(due.checkinDue).toMatchObject({ due: true, reason: 'over_a_week' });
      t.clock.set(NOW);
    });

    it('gives a new runner an empty dashboard that says what is missing', async () => {
      const me = await t.register();
      const res = await get(me.cookie);
      expect(res.statusCode).toBe(200);
      const body = res.json() as DashboardResponse;
      expect(body).toMatchObject({
        current: true,
        thisWeek: { doneM: 0, lastWeekM: 0, targetM: null, remainingM: null, state: null, basis: null },
        alerts: [],
        shoesNearLimit: [],
        surface: { lastTwoWeeks: { treadmillPct: null }, fourWeeksBefore: { treadmillPct: null } },
        cadence: { fourWeekMedianSpm: null },
        lastCheckin: null,
        painTrend: [],
        checkinDue: { due: true, reason: 'never' },
        unclassified: 0,
      });
      expect(body.weeks.map((w) => w.distanceM)).toEqual(new Array(12).fill(0));
    });

    it('ends at the newest run when nothing is recent (an old export), and judges as of then', async () => {
      const me = await t.register();
      const old = (w: number) => new Date(Date.parse('2019-05-08T07:00:00.000Z') - w * 7 * 86_400_000);
      await store(me.id, [
        ...[6, 5, 4, 3, 2, 1].map((w) => ({ weeksAgo: 0, km: 10, at: old(w).toISOString() })),
        { weeksAgo: 0, km: 20, at: old(0).toISOString() },
      ]);
      const body = (await get(me.cookie)).json() as DashboardResponse;
      expect(body.current).toBe(false);
      expect(body.asOfWeek).toBe('2019-05-06');
      expect(body.weeks.at(-1)).toMatchObject({
        distanceM: 20_000,
        complete: true,
        spike: true,
        increasePct: 100,
      });
      expect(body.alerts.map((a) => a.code)).toEqual(['rule10_over', 'spike', 'long_run_spike']);
      expect(body.thisWeek).toMatchObject({ weekStart: '2026-11-30', doneM: 0, targetM: null });
    });

    it('decides “nothing recent” over 12 weeks, so 52 weeks of an old export end at its newest run', async () => {
      const me = await t.register();
      await store(me.id, [{ weeksAgo: 20, km: 8 }]);
      const twelve = (await get(me.cookie, '?weeks=12')).json() as DashboardResponse;
      const year = (await get(me.cookie, '?weeks=52')).json() as DashboardResponse;
      expect([twelve.current, year.current]).toEqual([false, false]);
      expect([twelve.asOfWeek, year.asOfWeek]).toEqual(['2026-07-06', '2026-07-06']);
      expect(year.weeks).toHaveLength(52);
      expect(year.weeks.at(-1)).toMatchObject({ distanceM: 8_000, complete: true });
    });

    it('asks for a login and names a bad query', async () => {
      expect((await get(null)).statusCode).toBe(401);
      const me = await t.register();
      const weeks = await get(me.cookie, '?weeks=13');
      expect(weeks.statusCode).toBe(400);
      expect(weeks.json()).toMatchObject({
        code: 'validation_failed',
        issues: [{ path: 'querystring.weeks' }],
      });
      expect(weeks.json().message).toMatch(/weeks must be 12 or 52/);
      const text = await get(me.cookie, '?weeks=many');
      expect(text.statusCode).toBe(400);
      expect(text.json()).toMatchObject({ issues: [{ path: 'querystring.weeks' }] });
      const zone = await get(me.cookie, '?timeZone=Mars/Olympus');
      expect(zone.statusCode).toBe(400);
      expect(zone.json()).toMatchObject({ issues: [{ path: 'querystring.timeZone' }] });
      expect(zone.json().message).toMatch(/timeZone/);
    });
  });
}
