import { describe, expect, it } from 'vitest';
import { completeFindings } from '../../../test/support/checkin-builders';
import { adaptPlan } from './adapt';
import type { AdaptInput } from './adapt-types';
import { buildPlan } from './plan';
import type { PlanLog } from './plan-log';
import type { Plan } from './plan-types';

function calmPlan(): Plan {
  const result = buildPlan({
    checkin: { age: 35, sex: 'M', findings: completeFindings(35, 'M') },
    weeklyKm: [20, 20, 20, 20, 20],
    runsPerWeek: 3,
    startDate: '2026-12-07',
    weeks: 4,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
const plan = calmPlan();

function log(date: string, kind: PlanLog['kind'], painDuring: number, over: Partial<PlanLog> = {}): PlanLog {
  const day = plan.weeks.flatMap((w) => w.days).find((d) => d.date === date);
  const item = day?.items.find((i) => i.kind === kind);
  return {
    date,
    kind,
    itemIndex: 0,
    painDuring,
    painNextMorning: painDuring,
    exercises:
      kind === 'strength' ? item!.exercises!.map((e) => ({ id: e.id, setsDone: e.sets, formOk: true })) : [],
    painRoseDuring: false,
    limped: false,
    newRedFlag: false,
    loggedAt: `${date}T18:00:00Z`,
    ...over,
  };
}

const input = (logs: PlanLog[], today: string, over: Partial<AdaptInput> = {}): AdaptInput => ({
  plan,
  baselinePain: 3,
  logs,
  laterCheckins: [],
  today,
  weeklyKm: [20, 20, 20, 20, 20],
  ...over,
});

const strengthOn = (p: Plan, date: string) =>
  p.weeks
    .flatMap((w) => w.days)
    .find((d) => d.date === date)!
    .items.find((i) => i.kind === 'strength')!.exercises!;

describe('adaptPlan', () => {
  it('no logs: the plan as built, nothing changed', () => {
    expect(adaptPlan(input([], '2026-12-07'))).toEqual({ plan, changes: [], stop: null, runZones: [] });
  });

  it('two good sessions: plank moves up on every later session from today on, days before today as planned', () => {
    const logs = [log('2026-12-09', 'strength', 1), log('2026-12-11', 'strength', 2)];
    const result = adaptPlan(input(logs, '2026-12-13'));
    expect(result.changes.map((c) => c.message)).toContain(
      'Plank moves up to plank with leg lift (2 sets of 30 s): two sessions in a row done in full with little pain.',
    );
    expect(strengthOn(result.plan, '2026-12-13').map((e) => e.id)).toContain('plank_leg_lift');
    expect(strengthOn(result.plan, '2026-12-16').map((e) => e.id)).toContain('plank_leg_lift');
    // From Saturday on in the logic, but Saturday is before today: still as planned (no strength that day anyway).
    expect(result.plan.weeks[0]!.days.slice(0, 6)).toEqual(plan.weeks[0]!.days.slice(0, 6));
  });

  it('the traffic light: amber week holds, and each run has its light', () => {
    const logs = [log('2026-12-08', 'run', 2), log('2026-12-10', 'run', 5, { painNextMorning: 3 })];
    const result = adaptPlan(input(logs, '2026-12-11'));
    expect(result.runZones).toEqual([
      { date: '2026-12-08', zone: 'green' },
      { date: '2026-12-10', zone: 'amber' },
    ]);
    expect(result.plan.weeks.map((w) => w.targetKm)).toEqual([22, 22, 24.2, 26.6]);
    expect(result.changes.map((c) => c.kind)).toEqual(['run_hold']);
  });

  it('a red flag stops the plan: from that day (or today) only rest, the first day with the new check-in', () => {
    const logs = [log('2026-12-08', 'run', 2), log('2026-12-09', 'strength', 1, { newRedFlag: true })];
    const result = adaptPlan(input(logs, '2026-12-10'));
    expect(result.stop).toMatchObject({ code: 'new_red_flag', on: '2026-12-09', because: ['2026-12-09'] });
    const days = result.plan.weeks.flatMap((w) => w.days);
    expect(days.slice(0, 3)).toEqual(plan.weeks[0]!.days.slice(0, 3));
    expect(days[3]!.items).toEqual([{ kind: 'task', task: 'recheck' }, { kind: 'rest' }]);
    for (const d of days.slice(4)) expect(d.items).toEqual([{ kind: 'rest' }]);
    expect(result.plan.weeks.map((w) => w.targetKm)).toEqual([6.6, 0, 0, 0]);
    // Decisions stop at the stop: the strength log of that day moves nothing.
    expect(result.changes.map((c) => c.kind)).toEqual(['run_progress']);
  });

  it('red twice in a row stops the plan; the first red run pauses running meanwhile', () => {
    const one = adaptPlan(input([log('2026-12-08', 'run', 6)], '2026-12-09'));
    expect(one.stop).toBeNull();
    expect(one.changes.map((c) => c.kind)).toEqual(['run_pause', 'run_lower']);
    const thursday = one.plan.weeks[0]!.days[3]!;
    expect(thursday.items.map((i) => i.kind)).not.toContain('run');
    const two = adaptPlan(
      input([log('2026-12-08', 'run', 6), log('2026-12-13', 'run', 1, { limped: true })], '2026-12-14'),
    );
    expect(two.stop).toMatchObject({
      code: 'red_twice',
      on: '2026-12-13',
      because: ['2026-12-08', '2026-12-13'],
    });
  });

  it('logs after today are not counted; a withheld plan is returned as it is', () => {
    const later = adaptPlan(input([log('2026-12-12', 'run', 9, { newRedFlag: true })], '2026-12-11'));
    expect(later.stop).toBeNull();
    const withheld: Plan = { status: 'withheld', urgency: 'urgent', reason: 'x', notes: [], weeks: [] };
    expect(adaptPlan(input([], '2026-12-11', { plan: withheld })).plan).toBe(withheld);
  });
});
