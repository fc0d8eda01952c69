/**
 * A runner whose report has something in every section, through the API: eight weeks of running with a
 * spike (20 km weeks, then 30 km in the week of 9 November), a pair of shoes, a check-in on 12 November
 * (pain 6, central low back) with a plan built from it, one plan log, and a check-in on 26 November (pain 3,
 * "Not sure" to night sweats). The clock ends on Thursday 26 November 2026, 08:00 UTC.
 */
import { expect } from 'vitest';
import { mechanicalCheckin } from './checkins';
import { ORIGIN, type TestApp } from './test-app';
import type { PlanRecord } from '../../src/contract/plans';

export const REPORT_NOW = '2026-11-26T08:00:00.000Z';
/** The runner's goal, from Settings. */
export const REPORT_GOAL = 'Run the Lisbon half marathon in March without back pain';
/** Mondays of the 20 km weeks (two 10 km runs each), and the 30 km one. */
export const EASY_WEEKS = [
  '2026-09-28',
  '2026-10-05',
  '2026-10-12',
  '2026-10-19',
  '2026-10-26',
  '2026-11-02',
  '2026-11-16',
];
export const SPIKE_WEEK = '2026-11-09';

export async function seedReportRunner(
  t: TestApp,
  cookie: string,
): Promise<{ plan: PlanRecord; loggedDate: string }> {
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { origin: ORIGIN, cookie }, ...(payload ? { payload } : {}) });
  t.clock.set('2026-09-20T08:00:00.000Z');
  expect((await call('PUT', '/api/settings', { goal: REPORT_GOAL })).statusCode).toBe(200);
  expect(
    (await call('POST', '/api/shoes', { brand: 'Asics', model: 'Novablast 4', defaultFor: 'running' }))
      .statusCode,
  ).toBe(201);
  const day = (monday: string, plus: number) => {
    const d = new Date(`${monday}T07:00:00.000Z`);
    d.setUTCDate(d.getUTCDate() + plus);
    return d.toISOString();
  };
  t.clock.set('2026-11-12T08:00:00.000Z');
  const runs = [
    ...EASY_WEEKS.flatMap((w) => [day(w, 1), day(w, 4)]),
    day(SPIKE_WEEK, 1),
    day(SPIKE_WEEK, 3),
    day(SPIKE_WEEK, 5),
  ];
  t.clock.set(REPORT_NOW);
  for (const startTime of runs) {
    const res = await call('POST', '/api/runs', {
      startTime,
      distanceM: 10_000,
      elapsedS: 3300,
      indoor: false,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  t.clock.set('2026-11-12T08:00:00.000Z');
  const first = mechanicalCheckin({ painScore: 6 });
  first.findings = [
    ...first.findings.filter((f) => f.code !== 'pain_central_lumbar'),
    { code: 'pain_central_lumbar', value: true },
  ];
  expect((await call('POST', '/api/checkins', first)).statusCode).toBe(201);
  const built = await call('POST', '/api/plans', {
    runsPerWeek: 3,
    weeks: 6,
    startDate: '2026-11-16',
    timeZone: 'UTC',
  });
  expect(built.statusCode, built.body).toBe(201);
  const plan = built.json() as PlanRecord;
  t.clock.set('2026-11-17T19:00:00.000Z');
  const day1 = plan.plan.weeks[0]!.days.find((d) =>
    d.items.some((i) => i.kind === 'strength' || i.kind === 'run'),
  )!;
  const kind = day1.items.find((i) => i.kind === 'strength' || i.kind === 'run')!.kind;
  t.clock.set(`${day1.date}T19:00:00.000Z`);
  const logged = await call('POST', `/api/plans/${plan.id}/logs`, {
    date: day1.date,
    kind,
    itemIndex: 0,
    painDuring: 4,
    newRedFlag: false,
    ...(kind === 'run' ? { painRoseDuring: false, limped: false } : {}),
  });
  expect(logged.statusCode, logged.body).toBe(201);
  t.clock.set(REPORT_NOW);
  const second = mechanicalCheckin({ painScore: 3 });
  second.findings = [
    ...second.findings.filter((f) => f.code !== 'night_sweats'),
    { code: 'night_sweats', value: 'unsure' },
  ];
  expect((await call('POST', '/api/checkins', second)).statusCode).toBe(201);
  return { plan, loggedDate: day1.date };
}
