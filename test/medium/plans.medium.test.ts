import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { mechanicalCheckin } from '../support/checkins';
import type { PlanLogRecord, PlanRecord } from '../../src/contract/plans';

for (const dialect of DIALECTS) {
  describe(`the plan [${dialect}]`, () => {
    let t: TestApp;
    let cookie: string;
    const call = async (
      method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
      url: string,
      payload?: object,
      as = cookie,
    ) =>
      t.app.inject({
        method,
        url,
        headers: { cookie: as, origin: ORIGIN },
        ...(payload ? { payload } : {}),
      });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ({ cookie } = await t.register());
    });
    afterAll(async () => t?.close());

    it('builds, reads and logs', async () => {
      const none = await call('POST', '/api/plans', { runsPerWeek: 3, timeZone: 'Europe/Paris' });
      expect(none.statusCode).toBe(422);
      expect(none.json().code).toBe('checkin_required');
      expect((await call('POST', '/api/checkins', mechanicalCheckin())).statusCode).toBe(201);
      const built = await call('POST', '/api/plans', { runsPerWeek: 3, timeZone: 'Europe/Paris' });
      expect(built.statusCode, built.body).toBe(201);
      const plan = built.json() as PlanRecord;
      const current = (await call('GET', '/api/plans/current?timeZone=Europe/Paris')).json() as PlanRecord;
      expect(current.id).toBe(plan.id);
      const day = plan.plan.weeks[0]!.days.find((d) => d.items.some((i) => i.kind === 'run'))!;
      t.clock.set(`${day.date}T18:00:00Z`);
      const logged = await call('POST', `/api/plans/${plan.id}/logs`, {
        date: day.date,
        kind: 'run',
        painDuring: 3,
        newRedFlag: false,
      });
      expect(logged.statusCode, logged.body).toBe(201);
      const log = logged.json() as PlanLogRecord;
      const patched = await call('PATCH', `/api/plans/${plan.id}/logs/${log.id}`, { painNextMorning: 2 });
      expect(patched.json()).toMatchObject({ id: log.id, painNextMorning: 2 });
      const ics = await call('GET', `/api/plans/${plan.id}/calendar.ics`);
      expect(ics.statusCode).toBe(200);
      expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(ics.body).toContain('BEGIN:VEVENT');
    });
  });
}
