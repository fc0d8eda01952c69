import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { mechanicalCheckin } from '../support/checkins';
import type { CalendarLink, PlanLogRecord, PlanRecord } from '../../src/contract/plans';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** The events of an iCalendar text: date and summary, in order. */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    events: calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .map((e) => ({ date: e.startDate.toString(), summary: e.summary, uid: e.uid })),
  };
}

for (const dialect of DIALECTS) {
  describe(`the plan [${dialect}]`, () => {
    let t: TestApp;
    let cookie: string;
    let other: string;
    const call = async (method: Method, url: string, payload?: object, as: string | null = cookie) =>
      t.app.inject({
        method,
        url,
        headers: { origin: ORIGIN, ...(as ? { cookie: as } : {}) },
        ...(payload ? { payload } : {}),
      });
    const build = async (body: object = {}, as = cookie) =>
      call('POST', '/api/plans', { runsPerWeek: 3, timeZone: 'Europe/Paris', ...body }, as);
    const runOn = (startTime: string, distanceM: number) =>
      call('POST', '/api/runs', {
        startTime,
        distanceM,
        elapsedS: Math.round(distanceM * 0.36),
        indoor: false,
      });
    /** A day of the plan holding an item of a kind, and the plan's today moved there. */
    const dayWith = (plan: PlanRecord, kind: string) =>
      plan.plan.weeks.flatMap((w) => w.days).find((d) => d.items.some((i) => i.kind === kind))!;
    const log = (plan: PlanRecord, body: object) =>
      call('POST', `/api/plans/${plan.id}/logs`, { itemIndex: 0, painDuring: 2, newRedFlag: false, ...body });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ({ cookie } = await t.register());
      ({ cookie: other } = await t.register());
    });
    afterAll(async () => t?.close());

    it('asks for a complete check-in first, then builds from it and the complete weeks of running', async () => {
      const none = await build();
      expect(none.statusCode).toBe(422);
      expect(none.json()).toMatchObject({
        code: 'checkin_required',
        message: expect.stringMatching(/check in/i),
      });
      expect((await call('GET', '/api/plans/current')).statusCode).toBe(404);

      // The clock says Thursday 26 November 2026: weeks from 9 and 16 November are complete, this one is not.
      expect((await runOn('2026-11-10T07:00:00Z', 10_000)).statusCode).toBe(201);
      expect((await runOn('2026-11-17T07:00:00Z', 12_000)).statusCode).toBe(201);
      expect((await runOn('2026-11-25T07:00:00Z', 5_000)).statusCode).toBe(201);
      const checkin = await call('POST', '/api/checkins', mechanicalCheckin({ painScore: 4 }));
      expect(checkin.statusCode).toBe(201);

      const built = await build({ availableDays: ['tue', 'thu', 'sat'] });
      expect(built.statusCode, built.body).toBe(201);
      const plan = built.json() as PlanRecord;
      expect(plan).toMatchObject({
        status: 'active',
        endedAt: null,
        checkinId: checkin.json().id,
        checkinAt: checkin.json().createdAt,
        baselinePain: 4,
        runsPerWeek: 3,
        availableDays: ['tue', 'thu', 'sat'],
        weeklyKm: [10, 12],
        timeZone: 'Europe/Paris',
        today: '2026-11-26',
        stop: null,
        logs: [],
      });
      expect(plan.plan.status).toBe('ok');
      expect(plan.plan.weeks).toHaveLength(6);
      expect(plan.plan.weeks[0]!.weekStart).toBe('2026-11-30');

      const current = await call('GET', '/api/plans/current?timeZone=Pacific/Kiritimati');
      expect(current.statusCode).toBe(200);
      expect(current.json()).toMatchObject({
        id: plan.id,
        today: '2026-11-26',
        timeZone: 'Pacific/Kiritimati',
      });
      expect((await call('GET', `/api/plans/${plan.id}`)).json()).toMatchObject({
        id: plan.id,
        today: '2026-11-26',
      });
    });

    it('logs an item once (a second log replaces it), then the next morning', async () => {
      const plan = (await call('GET', '/api/plans/current')).json() as PlanRecord;
      const day = dayWith(plan, 'run');
      t.clock.set(`${day.date}T17:00:00Z`);
      const first = await log(plan, { date: day.date, kind: 'run', painDuring: 3, limped: true });
      expect(first.statusCode, first.body).toBe(201);
      const again = await log(plan, { date: day.date, kind: 'run', painDuring: 1, painRoseDuring: true });
      expect(again.statusCode).toBe(201);
      const saved = again.json() as PlanLogRecord;
      expect(saved).toMatchObject({
        id: first.json().id,
        date: day.date,
        kind: 'run',
        itemIndex: 0,
        painDuring: 1,
        painNextMorning: null,
        painRoseDuring: true,
        limped: false,
        newRedFlag: false,
        loggedAt: t.clock.now().toISOString(),
      });

      t.clock.advance(14 * 3600_000);
      const morning = await call('PATCH', `/api/plans/${plan.id}/logs/${saved.id}`, { painNextMorning: 2 });
      expect(morning.statusCode).toBe(200);
      expect(morning.json()).toMatchObject({ id: saved.id, painDuring: 1, painNextMorning: 2 });
      const read = (await call('GET', '/api/plans/current')).json() as PlanRecord;
      expect(read.logs).toEqual([{ ...saved, painNextMorning: 2 }]);

      const strength = dayWith(plan, 'strength');
      t.clock.set(`${strength.date}T19:00:00Z`);
      const session = await log(plan, {
        date: strength.date,
        kind: 'strength',
        exercises: [{ id: 'plank', setsDone: 2, formOk: true }],
      });
      expect(session.statusCode, session.body).toBe(201);
      expect(session.json().exercises).toEqual([{ id: 'plank', setsDone: 2, formOk: true }]);
    });

    it('refuses a log for a day or item the plan does not hold, or a day to come, naming the field', async () => {
      const firstWeek = ((await call('GET', '/api/plans/current')).json() as PlanRecord).plan.weeks[0]!;
      t.clock.set(`${firstWeek.days.at(-1)!.date}T20:00:00Z`);
      const plan = (await call('GET', '/api/plans/current')).json() as PlanRecord;
      const days = plan.plan.weeks.flatMap((w) => w.days);
      const today = plan.today;
      const rest = days.find((d) => d.date <= today && d.items.every((i) => i.kind !== 'run'))!;
      const run = days.find((d) => d.date <= today && d.items.some((i) => i.kind === 'run'))!;
      const future = days.find((d) => d.date > today && d.items.some((i) => i.kind === 'run'))!;
      const cases: [object, string][] = [
        [{ date: '2026-11-01', kind: 'run' }, 'body.date'],
        [{ date: rest.date, kind: 'run' }, 'body.kind'],
        [{ date: run.date, kind: 'run', itemIndex: 1 }, 'body.itemIndex'],
        [{ date: future.date, kind: 'run' }, 'body.date'],
      ];
      for (const [body, path] of cases) {
        const res = await log(plan, body);
        expect(res.statusCode, JSON.stringify(body)).toBe(422);
        expect(res.json()).toMatchObject({
          code: 'plan_log_rejected',
          issues: [expect.objectContaining({ path })],
        });
      }
      const bad = await log(plan, { date: run.date, kind: 'run', painDuring: 11, newRedFlag: 'no' });
      expect(bad.statusCode).toBe(400);
      expect((bad.json().issues as { path: string }[]).map((i) => i.path).sort()).toEqual([
        'body.newRedFlag',
        'body.painDuring',
      ]);
      expect(
        (await call('PATCH', `/api/plans/${plan.id}/logs/${plan.id}`, { painNextMorning: 1 })).statusCode,
      ).toBe(404);
    });

    it('answers 404 to another runner on every plan route, and leaves the plan as it was', async () => {
      const plan = (await call('GET', '/api/plans/current')).json() as PlanRecord;
      const logId = plan.logs[0]!.id;
      expect(plan.logs).toHaveLength(2);
      const tries = [
        await call('GET', `/api/plans/${plan.id}`, undefined, other),
        await call('POST', `/api/plans/${plan.id}/end`, undefined, other),
        await call(
          'POST',
          `/api/plans/${plan.id}/logs`,
          { date: plan.logs[0]!.date, kind: 'run', painDuring: 9, newRedFlag: true },
          other,
        ),
        await call('PATCH', `/api/plans/${plan.id}/logs/${logId}`, { painNextMorning: 9 }, other),
        await call('GET', `/api/plans/${plan.id}/calendar.ics`, undefined, other),
      ];
      expect(tries.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404]);
      expect((await call('GET', '/api/plans/current', undefined, other)).statusCode).toBe(404);
      const after = (await call('GET', '/api/plans/current')).json() as PlanRecord;
      expect(after).toMatchObject({ id: plan.id, status: 'active' });
      expect(after.logs).toEqual(plan.logs);
    });

    it('gives the plan as a calendar file: one all-day event per day, doses in words', async () => {
      const plan = (await call('GET', '/api/plans/current')).json() as PlanRecord;
      const res = await call('GET', `/api/plans/${plan.id}/calendar.ics`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="backstride-plan-2026-11-30.ics"',
      );
      const parsed = events(res.body);
      const days = plan.plan.weeks.flatMap((w) => w.days).filter((d) => d.items.length > 0);
      expect(parsed.name).toBe('backstride plan from 30 Nov 2026');
      expect(parsed.events.map((e) => e.date)).toEqual(days.map((d) => d.date));
      const run = dayWith(plan, 'run');
      const km = run.items.find((i) => i.kind === 'run')!.km;
      expect(parsed.events.find((e) => e.date === run.date)?.summary).toMatch(new RegExp(`^Run ${km} km`));
      expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(parsed.events.length);
      expect(res.body).toContain('X-WR-TIMEZONE:Europe/Paris');
    });

    it('serves a private subscription that can be rotated and revoked', async () => {
      expect((await call('GET', '/api/calendar-link')).json()).toEqual({ url: null, createdAt: null });
      const made = await call('POST', '/api/calendar-link');
      expect(made.statusCode).toBe(201);
      const link = made.json() as CalendarLink;
      expect(link.url).toMatch(/^http:\/\/localhost:80\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      expect((await call('GET', '/api/calendar-link')).json()).toEqual(link);
      const path = new URL(link.url!).pathname;
      const feed = await call('GET', path, undefined, null);
      expect(feed.statusCode).toBe(200);
      expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(feed.headers['content-disposition']).toMatch(/^inline/);
      expect(events(feed.body).events.length).toBeGreaterThan(0);
      // The database keeps a hash, never the token itself.
      const rows = await t.db.store.db.selectFrom('calendar_links').selectAll().execute();
      const token = path.split('/').at(-1)!.replace('.ics', '');
      expect(JSON.stringify(rows)).not.toContain(token);

      const rotated = (await call('POST', '/api/calendar-link')).json() as CalendarLink;
      expect(rotated.url).not.toBe(link.url);
      expect((await call('GET', path, undefined, null)).statusCode).toBe(404);
      const newPath = new URL(rotated.url!).pathname;
      expect((await call('GET', newPath, undefined, null)).statusCode).toBe(200);
      expect((await call('DELETE', '/api/calendar-link')).statusCode).toBe(204);
      expect((await call('GET', newPath, undefined, null)).statusCode).toBe(404);
      expect((await call('GET', '/api/calendar-link')).json()).toEqual({ url: null, createdAt: null });
      expect(
        (await call('GET', '/api/calendar/not-a-real-token-at-all-x.ics', undefined, null)).statusCode,
      ).toBe(404);
    });

    it('ends a plan (logs kept, no more logging), and a new plan ends the one before', async () => {
      const old = (await call('GET', '/api/plans/current')).json() as PlanRecord;
      const next = await build({ runsPerWeek: 2, weeks: 2 });
      expect(next.statusCode).toBe(201);
      const replaced = (await call('GET', `/api/plans/${old.id}`)).json() as PlanRecord;
      expect(replaced).toMatchObject({ status: 'ended', endedAt: t.clock.now().toISOString() });
      expect(replaced.logs).toEqual(old.logs);
      expect((await call('GET', '/api/plans/current')).json().id).toBe(next.json().id);

      const newer = next.json() as PlanRecord;
      t.clock.advance(3600_000);
      const ended = await call('POST', `/api/plans/${newer.id}/end`);
      expect(ended.statusCode).toBe(200);
      expect(ended.json()).toMatchObject({
        id: newer.id,
        status: 'ended',
        endedAt: t.clock.now().toISOString(),
      });
      expect((await call('POST', `/api/plans/${newer.id}/end`)).json().endedAt).toBe(ended.json().endedAt);
      expect((await call('GET', '/api/plans/current')).statusCode).toBe(404);
      const late = await log(newer, { date: newer.plan.weeks[0]!.days[0]!.date, kind: 'run' });
      expect(late.statusCode).toBe(409);
      expect(late.json().code).toBe('plan_ended');
    });
  });

  describe(`the subscription address behind a public URL [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect, { config: { publicUrl: 'https://back.example.org' } });
    });
    afterAll(async () => t?.close());

    it('uses the configured public origin, not the request’s', async () => {
      const { cookie } = await t.register();
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/calendar-link',
        headers: { cookie, origin: ORIGIN },
      });
      expect((res.json() as CalendarLink).url).toMatch(
        /^https:\/\/back\.example\.org\/api\/calendar\/.+\.ics$/,
      );
      const feed = await t.app.inject({ url: new URL((res.json() as CalendarLink).url!).pathname });
      expect(feed.statusCode).toBe(200);
      expect(events(feed.body)).toEqual({ name: 'backstride plan', events: [] });
    });
  });
}
