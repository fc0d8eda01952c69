import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { mechanicalCheckin } from '../support/checkins';
import type { DashboardResponse } from '../../src/contract/dashboard';

// Thursday 3 December 2026, in the week of Monday 30 November.
const NOW = '2026-12-03T12:00:00.000Z';

/**
 * The dashboard is kept per runner and reused while their data version and day stay the same. These tests
 * make every kind of write a runner can make and check that the next dashboard shows it at once.
 */
for (const dialect of DIALECTS) {
  describe(`GET /api/dashboard, kept between writes [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      t.clock.set(NOW);
    });
    afterAll(async () => t?.close());

    const call = (cookie: string, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: { cookie, origin: ORIGIN }, ...(payload ? { payload } : {}) });
    const dashboard = async (cookie: string, etag?: string) => {
      const res = await t.app.inject({
        url: '/api/dashboard?timeZone=UTC',
        headers: { cookie, ...(etag ? { 'if-none-match': etag } : {}) },
      });
      return { res, etag: String(res.headers.etag), body: () => res.json() as DashboardResponse };
    };

    it('answers 304 to an unchanged If-None-Match, and a changed dashboard after each kind of write', async () => {
      const me = await t.register();
      const first = await dashboard(me.cookie);
      expect(first.res.statusCode).toBe(200);
      expect(first.res.headers['content-type']).toMatch(/^application\/json/);
      expect(first.body().thisWeek.doneM).toBe(0);
      expect(first.etag).toMatch(/^"[\w-]+"$/);
      expect((await dashboard(me.cookie, first.etag)).res.statusCode).toBe(304);

      // A run added by hand: this week's distance moves at once.
      const added = await call(me.cookie, 'POST', '/api/runs', {
        startTime: '2026-12-01T07:00:00.000Z',
        distanceM: 5_000,
        elapsedS: 1_800,
        indoor: false,
      });
      expect(added.statusCode, added.body).toBe(201);
      const runId = (added.json() as { id: string }).id;
      const afterRun = await dashboard(me.cookie, first.etag);
      expect(afterRun.res.statusCode).toBe(200);
      expect(afterRun.body().thisWeek.doneM).toBe(5_000);

      // A shoe with 600 km on it, put on that run: it is near its limit now.
      const shoe = await call(me.cookie, 'POST', '/api/shoes', { brand: 'Worn', startKm: 600 });
      expect(shoe.statusCode, shoe.body).toBe(201);
      const shoeId = (shoe.json() as { id: string }).id;
      expect((await call(me.cookie, 'PATCH', `/api/runs/${runId}`, { shoeId })).statusCode).toBe(200);
      const afterShoe = await dashboard(me.cookie, afterRun.etag);
      expect(afterShoe.body().shoesNearLimit.map((s) => s.id)).toEqual([shoeId]);

      // Retiring the shoe takes it off the list.
      const retired = await call(me.cookie, 'POST', `/api/shoes/${shoeId}/retire`, { retired: true });
      expect(retired.statusCode, retired.body).toBe(200);
      const afterRetire = await dashboard(me.cookie, afterShoe.etag);
      expect(afterRetire.body().shoesNearLimit).toEqual([]);

      // A check-in: the last check-in and the pain trend show it.
      const checkin = await call(me.cookie, 'POST', '/api/checkins', mechanicalCheckin({ painScore: 6 }));
      expect(checkin.statusCode, checkin.body).toBe(201);
      const afterCheckin = await dashboard(me.cookie, afterRetire.etag);
      expect(afterRetire.body().lastCheckin).toBeNull();
      expect(afterCheckin.body().lastCheckin?.id).toBe((checkin.json() as { id: string }).id);

      // Deleting the run takes its distance away.
      expect((await call(me.cookie, 'DELETE', `/api/runs/${runId}`)).statusCode).toBe(204);
      const afterDelete = await dashboard(me.cookie, afterCheckin.etag);
      expect(afterDelete.res.statusCode).toBe(200);
      expect(afterDelete.body().thisWeek.doneM).toBe(0);

      const etags = [first, afterRun, afterShoe, afterRetire, afterCheckin, afterDelete].map((d) => d.etag);
      // Each write changed what the runner sees, so each ETag differs from the one before it.
      for (let i = 1; i < etags.length; i++) expect(etags[i]).not.toBe(etags[i - 1]);
    });

    it('moves on with the runner’s day and after a minute, and never shows one runner another’s', async () => {
      const me = await t.register();
      const other = await t.register();
      await call(other.cookie, 'POST', '/api/runs', {
        startTime: '2026-12-02T07:00:00.000Z',
        distanceM: 9_000,
        elapsedS: 3_000,
        indoor: false,
      });
      const mine = await dashboard(me.cookie);
      expect(mine.body().thisWeek.doneM).toBe(0);
      expect((await dashboard(other.cookie)).body().thisWeek.doneM).toBe(9_000);
      expect(mine.body().today).toBe('2026-12-03');

      t.clock.set('2026-12-04T00:30:00.000Z'); // the next day in UTC
      const tomorrow = await dashboard(me.cookie, mine.etag);
      expect(tomorrow.res.statusCode).toBe(200);
      expect(tomorrow.body().today).toBe('2026-12-04');
      expect(tomorrow.body().thisWeek.daysLeft).toBe(mine.body().thisWeek.daysLeft - 1);

      // A minute on, the same day and data: computed again, and the same answer (same ETag).
      t.clock.set('2026-12-04T00:31:30.000Z');
      expect((await dashboard(me.cookie, tomorrow.etag)).res.statusCode).toBe(304);
      t.clock.set(NOW);
    });
  });
}
