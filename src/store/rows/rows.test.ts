import { describe, expect, it } from 'vitest';
import { manualRun, type Run } from '../../core/runs/run';
import { enumColumn, flag, nullableEnumColumn } from './columns';
import { RUN_COLUMNS, runEditsToRow, runFromRow, runToRow, type RunRow } from './runs';
import { checkinFromRow, checkinToRow, type CheckinRecord } from './checkins';
import { planFromRow, planToRow } from './plans';
import { planLogFromRow, planLogToRow } from './plan-logs';

const aRun = (over: Partial<Run> = {}): Run => ({
  ...manualRun(
    {
      startTime: '2026-11-20T07:00:00.000Z',
      distanceM: 8000,
      elapsedS: 2700,
      indoor: false,
      shoeId: 'shoe-1',
    },
    { id: 'r1', createdAt: '2026-11-20T09:00:00.000Z' },
  ),
  ...over,
});

describe('run rows', () => {
  it('give back every field of the run they were made from', () => {
    const run = aRun({
      utcOffsetS: 3600,
      avgCadenceSpm: 171.5,
      surface: 'trail',
      format: 'fit',
      recovered: 'file ends early',
      contentHash: 'ab12',
      laps: [{ startTime: '2026-11-20T07:00:00.000Z', elapsedS: 600, timerS: 590, distanceM: 2000 }],
    });
    const row = runToRow('u1', run, null);
    expect(row.user_id).toBe('u1');
    expect(row.indoor).toBe(0);
    const { series: _series, ...stored } = row;
    expect(runFromRow(stored as RunRow)).toEqual(run);
  });

  it('list every column a row has but the series', () => {
    const columns = Object.keys(runToRow('u1', aRun(), null)).filter((c) => c !== 'series');
    expect([...RUN_COLUMNS].sort()).toEqual(columns.sort());
  });

  it('change only the edited columns', () => {
    expect(runEditsToRow({ shoeId: null })).toEqual({ shoe_id: null });
    expect(runEditsToRow({})).toEqual({});
  });

  it('refuse a surface the product does not know', () => {
    const row = { ...runToRow('u1', aRun(), null), surface: 'lava' };
    expect(() => runFromRow(row as RunRow)).toThrow(/runs.surface holds "lava"/);
  });
});

describe('check-in rows', () => {
  it('give back the record they were made from', () => {
    const record = {
      id: 'c1',
      createdAt: '2026-11-20T09:00:00.000Z',
      age: 40,
      sex: 'M',
      complete: true,
      findings: [{ code: 'pain_score_0_10', value: 3 }],
      result: { urgency: 'self_manage', rules: [], factors: [], safetyNet: null, stopRunning: false },
      painScore: 3,
    } as unknown as CheckinRecord;
    const row = checkinToRow('u1', record);
    expect(row.urgency).toBe('self_manage');
    expect(checkinFromRow(row as Parameters<typeof checkinFromRow>[0])).toEqual(record);
  });
});

describe('columns', () => {
  it('read only known enum values', () => {
    const sex = enumColumn('checkins.sex', ['F', 'M']);
    expect(sex('M')).toBe('M');
    expect(() => sex('x')).toThrow('checkins.sex holds "x", which is none of F, M');
    expect(nullableEnumColumn('runs.format', ['fit'])(null)).toBeNull();
  });

  it('keep booleans as 0 and 1', () => {
    expect([flag.write(true), flag.write(false)]).toEqual([1, 0]);
    expect([flag.read(1), flag.read(0)]).toEqual([true, false]);
  });
});

describe('plan rows', () => {
  it('give back the plan, its input and a log as they were stored', () => {
    const plan = {
      id: 'p1',
      createdAt: '2026-11-26T08:00:00.000Z',
      checkinId: 'c1',
      input: {
        runsPerWeek: 3,
        weeks: 6,
        startDate: '2026-11-26',
        availableDays: ['tue' as const, 'sat' as const],
        weeklyKm: [10, 12.5],
        timeZone: 'Europe/Paris',
      },
      plan: { status: 'ok' as const, urgency: 'self_manage' as const, notes: [], weeks: [] },
      baselinePain: 4,
      urgency: 'self_manage' as const,
      status: 'active' as const,
      endedAt: null,
    };
    const row = planToRow('u1', plan);
    expect(row.user_id).toBe('u1');
    expect(planFromRow(row as Parameters<typeof planFromRow>[0])).toEqual(plan);
    expect(() => planFromRow({ ...row, status: 'paused' } as Parameters<typeof planFromRow>[0])).toThrow(
      /plans.status/,
    );
    const log = {
      id: 'l1',
      planId: 'p1',
      date: '2026-12-01',
      kind: 'strength' as const,
      itemIndex: 0,
      painDuring: 3,
      painNextMorning: null,
      exercises: [{ id: 'plank' as const, setsDone: 2, formOk: true }],
      painRoseDuring: false,
      limped: true,
      newRedFlag: false,
      loggedAt: '2026-12-01T18:00:00.000Z',
    };
    const logRow = planLogToRow('u1', log);
    expect(logRow.limped).toBe(1);
    expect(planLogFromRow(logRow as Parameters<typeof planLogFromRow>[0])).toEqual(log);
  });
});
