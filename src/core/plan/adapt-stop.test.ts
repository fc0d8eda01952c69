import { describe, expect, it } from 'vitest';
import { addDays } from './adapt-logs';
import {
  findStop,
  meaningful,
  noImprovementStop,
  painRiseStop,
  redFlagStop,
  redTwiceStop,
  severePainStop,
  worseCheckinStop,
} from './adapt-stop';
import type { AdaptInput } from './adapt-types';
import type { PlanLog } from './plan-log';
import type { Plan } from './plan-types';

function log(
  date: string,
  painDuring: number,
  painNextMorning: number | null = null,
  over: Partial<PlanLog> = {},
): PlanLog {
  return {
    date,
    kind: 'strength',
    itemIndex: 0,
    painDuring,
    painNextMorning,
    exercises: [],
    painRoseDuring: false,
    limped: false,
    newRedFlag: false,
    loggedAt: `${date}T18:00:00Z`,
    ...over,
  };
}

const D0 = '2026-12-07';
const day = (n: number) => addDays(D0, n);
const plan = (urgency: Plan['urgency'], targetKm = 20): Plan => ({
  status: 'ok',
  urgency,
  notes: [],
  weeks: [{ weekStart: D0, targetKm, days: [] }],
});

describe('stop rules', () => {
  it('new_red_flag: the first log that says so', () => {
    expect(redFlagStop([log(day(0), 1), log(day(2), 1, null, { newRedFlag: true })])).toEqual({
      on: day(2),
      because: [day(2)],
    });
    expect(redFlagStop([log(day(0), 1)])).toBeNull();
  });

  it('worse_checkin: emergency or urgent, more urgent than the plan, or running stopped while the plan runs', () => {
    const at = `${day(3)}T09:00:00Z`;
    const stop = (urgency: Plan['urgency'], planUrgency: Plan['urgency'], stopRunning = false, km = 20) =>
      worseCheckinStop({
        plan: plan(planUrgency, km),
        laterCheckins: [{ at, urgency, stopRunning }],
        today: day(5),
      });
    expect(stop('urgent', 'self_manage')).toEqual({ on: day(3), because: [day(3)] });
    expect(stop('emergency', 'see_clinician')).not.toBeNull();
    expect(stop('see_clinician', 'self_manage')).not.toBeNull();
    expect(stop('see_clinician', 'see_clinician')).toBeNull();
    expect(stop('self_manage', 'self_manage')).toBeNull();
    expect(stop('self_manage', 'self_manage', true)).not.toBeNull();
    expect(stop('see_clinician', 'see_clinician', true, 0)).toBeNull();
    // A check-in after today is not counted yet.
    expect(
      worseCheckinStop({
        plan: plan('self_manage'),
        laterCheckins: [{ at, urgency: 'urgent', stopRunning: false }],
        today: day(2),
      }),
    ).toBeNull();
  });

  it('severe_pain: 7 during and 7 the next morning, or 7 on two different days', () => {
    expect(severePainStop([log(day(1), 7, 7)])).toEqual({ on: day(1), because: [day(1)] });
    expect(severePainStop([log(day(1), 7, 6)])).toBeNull();
    expect(severePainStop([log(day(1), 6, 7)])).toBeNull();
    expect(severePainStop([log(day(1), 7, null), log(day(1), 8, null)])).toBeNull();
    expect(severePainStop([log(day(1), 7, 3), log(day(9), 2, 7)])).toEqual({
      on: day(9),
      because: [day(1), day(9)],
    });
    expect(severePainStop([log(day(1), 6, 6), log(day(2), 6, 6)])).toBeNull();
  });

  it('red_twice: two run logs in a row in the red', () => {
    expect(
      redTwiceStop([
        { date: day(1), zone: 'red' },
        { date: day(3), zone: 'red' },
      ]),
    ).toEqual({
      on: day(3),
      because: [day(1), day(3)],
    });
    expect(
      redTwiceStop([
        { date: day(1), zone: 'red' },
        { date: day(3), zone: 'amber' },
        { date: day(5), zone: 'red' },
      ]),
    ).toBeNull();
  });

  it('pain_rise: every log at baseline + 2 or more over more than a week (8 days)', () => {
    const raised = (days: number[], pain = 5) => days.map((d) => log(day(d), pain));
    expect(painRiseStop(raised([0, 3, 7]), 3)).toBeNull();
    expect(painRiseStop(raised([0, 3, 8]), 3)).toEqual({ on: day(8), because: [day(0), day(3), day(8)] });
    expect(painRiseStop(raised([0, 3, 8], 4), 3)).toBeNull(); // only 1 point above
    expect(painRiseStop([...raised([0, 3]), log(day(5), 4), ...raised([8])], 3)).toBeNull();
    expect(painRiseStop(raised([0, 8]), null)).toBeNull();
    // The next-morning answer is the level when given.
    expect(painRiseStop([log(day(0), 5, 3), log(day(8), 5, 3)], 3)).toBeNull();
  });

  it('no_improvement: four weeks on, the last week must be down 2 points and 30 %', () => {
    expect(meaningful(3, 1)).toBe(true);
    expect(meaningful(3, 1.1)).toBe(false); // 30 % but not 2 points
    expect(meaningful(3, 2.1)).toBe(false);
    expect(meaningful(10, 7)).toBe(true); // 3 points, exactly 30 %
    expect(meaningful(10, 7.1)).toBe(false);
    expect(meaningful(8, 6)).toBe(false); // 2 points but 25 %
    expect(meaningful(8, 5.6)).toBe(true);
    const weeks = (lastPain: number) => [
      log(day(0), 5),
      log(day(14), 5),
      log(day(27), lastPain),
      log(day(28), lastPain),
    ];
    expect(noImprovementStop(weeks(4).slice(0, 3), 5)).toBeNull(); // not four weeks yet
    expect(noImprovementStop(weeks(4), 5)).toEqual({ on: day(28), because: [day(27), day(28)] });
    expect(noImprovementStop(weeks(3), 5)).toBeNull();
    expect(noImprovementStop(weeks(1), 1)).toBeNull(); // baseline under 2
    expect(noImprovementStop(weeks(4), null)).toBeNull();
  });

  it('findStop: the earliest wins, ties in rule order, with a message', () => {
    const input: AdaptInput = {
      plan: plan('self_manage'),
      baselinePain: 3,
      logs: [],
      laterCheckins: [],
      today: day(20),
    };
    const logs = [log(day(1), 7, 2), log(day(4), 8, null, { newRedFlag: true })];
    const stop = findStop(input, logs, []);
    expect(stop).toMatchObject({ code: 'new_red_flag', on: day(4), because: [day(4)] });
    expect(stop!.message).toMatch(/new check-in/);
    const earlier = findStop(
      { ...input, laterCheckins: [{ at: `${day(2)}T10:00:00Z`, urgency: 'urgent', stopRunning: true }] },
      logs,
      [],
    );
    expect(earlier).toMatchObject({ code: 'worse_checkin', on: day(2) });
    expect(findStop(input, [log(day(1), 1)], [])).toBeNull();
  });
});
