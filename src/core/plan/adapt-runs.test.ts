import { describe, expect, it } from 'vitest';
import { completeFindings } from '../../../test/support/checkin-builders';
import { sortLogs } from './adapt-logs';
import { adaptRunWeeks, resplitWeek } from './adapt-run-weeks';
import { runDecisions, runZone } from './adapt-runs';
import { buildPlan } from './plan';
import type { PlanLog } from './plan-log';
import type { Plan, PlanDay } from './plan-types';

function calmPlan(weeks = 4): Plan {
  const result = buildPlan({
    checkin: { age: 35, sex: 'M', findings: completeFindings(35, 'M') },
    weeklyKm: [20, 20, 20, 20, 20],
    runsPerWeek: 3,
    startDate: '2026-12-07',
    weeks,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
const plan = calmPlan();
// Targets 22, 24.2, 26.6, 28 km; runs on Tuesday, Thursday and the long run on Sunday.

function runLog(date: string, painDuring: number, over: Partial<PlanLog> = {}): PlanLog {
  return {
    date,
    kind: 'run',
    itemIndex: 0,
    painDuring,
    painNextMorning: null,
    exercises: [],
    painRoseDuring: false,
    limped: false,
    newRedFlag: false,
    loggedAt: `${date}T07:00:00Z`,
    ...over,
  };
}

const runs = (day: PlanDay) => day.items.filter((i) => i.kind === 'run').map((i) => i.km);
const kinds = (day: PlanDay) => day.items.map((i) => i.kind);

describe('runZone', () => {
  it('pain during 0–3 green, 4–5 amber, above 5 red', () => {
    expect([0, 3, 4, 5, 6].map((p) => runZone(runLog('2026-12-08', p), 2))).toEqual([
      'green',
      'green',
      'amber',
      'amber',
      'red',
    ]);
  });

  it('pain rising during the run, a limp, or a worse next morning is red', () => {
    expect(runZone(runLog('2026-12-08', 1, { painRoseDuring: true }), 2)).toBe('red');
    expect(runZone(runLog('2026-12-08', 1, { limped: true }), 2)).toBe('red');
    expect(runZone(runLog('2026-12-08', 1, { painNextMorning: 3 }), 2)).toBe('red');
    expect(runZone(runLog('2026-12-08', 1, { painNextMorning: 2 }), 2)).toBe('green');
    expect(runZone(runLog('2026-12-08', 4, { painNextMorning: 2 }), 2)).toBe('amber');
    // Without a baseline, the morning is compared with the pain during.
    expect(runZone(runLog('2026-12-08', 4, { painNextMorning: 4 }), null)).toBe('amber');
    expect(runZone(runLog('2026-12-08', 4, { painNextMorning: 5 }), null)).toBe('red');
  });
});

describe('runDecisions', () => {
  it('the worst light of a week decides the next week; a red run pauses the two days after it', () => {
    const d = runDecisions(
      plan,
      sortLogs([
        runLog('2026-12-08', 1),
        runLog('2026-12-10', 4),
        runLog('2026-12-15', 1),
        runLog('2026-12-20', 7),
      ]),
      2,
    );
    expect(d.rules).toEqual(['as_planned', 'hold', 'lower', 'as_planned']);
    expect([...d.pauses]).toEqual(['2026-12-21', '2026-12-22']);
    expect(d.changes.map((c) => [c.kind, c.from, c.because])).toEqual([
      ['run_pause', '2026-12-21', ['2026-12-20']],
      ['run_hold', '2026-12-14', ['2026-12-08', '2026-12-10']],
      ['run_lower', '2026-12-21', ['2026-12-15', '2026-12-20']],
    ]);
    expect(d.changes[0]!.message).toBe(
      'No running for the next 2 days: your run hurt 7 out of 10. An easy walk, bike or swim instead, only if it does not hurt.',
    );
  });

  it('a green week keeps the plan and says so; the last week decides nothing', () => {
    const d = runDecisions(plan, sortLogs([runLog('2026-12-08', 0), runLog('2027-01-03', 9)]), 2);
    expect(d.rules).toEqual(['as_planned', 'as_planned', 'as_planned', 'as_planned']);
    expect(d.changes.map((c) => c.kind)).toEqual(['run_pause', 'run_progress']);
  });
});

describe('adaptRunWeeks', () => {
  const km = (p: Plan) => p.weeks.map((w) => w.targetKm);

  it('amber holds next week at this week, and the weeks after build 10 % a week from there', () => {
    const out = adaptRunWeeks({
      plan,
      rules: ['as_planned', 'hold'],
      pauses: new Set(),
      today: '2026-12-07',
    });
    expect(km(out)).toEqual([22, 22, 24.2, 26.6]);
    expect(runs(out.weeks[1]!.days[6]!)).toEqual([8.8]);
  });

  it('red lowers next week by 20 %', () => {
    const out = adaptRunWeeks({
      plan,
      rules: ['as_planned', 'lower'],
      pauses: new Set(),
      today: '2026-12-07',
    });
    expect(km(out)).toEqual([22, 17.6, 19.3, 21.2]);
  });

  it('a pause takes the runs of its days away without moving them; next week is capped at + 10 % of what is left', () => {
    const out = adaptRunWeeks({
      plan,
      rules: ['as_planned', 'lower'],
      pauses: new Set(['2026-12-14', '2026-12-15']),
      today: '2026-12-07',
    });
    const tuesday = out.weeks[1]!.days[1]!;
    expect(kinds(tuesday)).not.toContain('run');
    expect(kinds(tuesday)).not.toContain('warmup');
    expect(kinds(tuesday)).toContain('active_recovery');
    // 17.6 km split 7.1 / 5.3 / 5.2 (long first); Tuesday's 5.3 goes.
    expect(out.weeks[1]!.targetKm).toBe(12.3);
    expect(out.weeks[2]!.targetKm).toBe(13.5);
  });

  it('never changes a day before today, and fits the rest of a week around what is past', () => {
    const out = adaptRunWeeks({
      plan,
      rules: ['as_planned', 'lower'],
      pauses: new Set(['2026-12-15']),
      today: '2026-12-16',
    });
    expect(out.weeks[0]).toEqual(plan.weeks[0]);
    expect(out.weeks[1]!.days.slice(0, 2)).toEqual(plan.weeks[1]!.days.slice(0, 2));
    // Week 2: 17.6 km, of which Tuesday's 7.3 km is past: 10.3 km left for Thursday and Sunday.
    expect(runs(out.weeks[1]!.days[3]!)).toEqual([4.6]);
    expect(runs(out.weeks[1]!.days[6]!)).toEqual([5.7]);
    expect(out.weeks[1]!.targetKm).toBe(17.6);
  });

  it('the spike rule holds over the runner history given', () => {
    const out = adaptRunWeeks({
      plan: calmPlan(8),
      rules: ['as_planned', 'lower', 'as_planned', 'as_planned', 'as_planned', 'as_planned', 'as_planned'],
      pauses: new Set(),
      today: '2026-12-07',
      historyKm: [20, 20, 20, 20, 20],
    });
    // Week 7: + 10 % on 25.6 km would be 28.1; over the mean of 17.6, 19.3, 21.2 and 23.3 km (20.35) the
    // spike cap is 26.4 km.
    expect(km(out)).toEqual([22, 17.6, 19.3, 21.2, 23.3, 25.6, 26.4, 29]);
  });

  it('resplitWeek: a week too small for its run days drops the shorter runs for active recovery', () => {
    const week = resplitWeek(plan.weeks[0]!, 1_500, '2026-12-07', new Set());
    expect(week.days.flatMap(runs)).toEqual([1.5]);
    expect(runs(week.days[6]!)).toEqual([1.5]);
    expect(kinds(week.days[1]!)).toEqual(['active_recovery']);
    expect(resplitWeek(plan.weeks[0]!, 900, '2026-12-07', new Set()).targetKm).toBe(0);
    expect(resplitWeek(plan.weeks[0]!, 22_000, '2026-12-07', new Set())).toBe(plan.weeks[0]);
  });
});
