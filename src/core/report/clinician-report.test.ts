import { describe, expect, it } from 'vitest';
import { clinicianReport, type ClinicianReportInput } from './clinician-report';

const checkin = (createdAt: string, painScore: number, urgency: 'self_manage' | 'see_clinician') => ({
  createdAt,
  age: 38,
  sex: 'F' as const,
  complete: true,
  findings: [
    { code: 'pain_duration_days' as const, value: 20 },
    { code: 'fever' as const, value: false },
    { code: 'pain_unilateral_lumbar' as const, value: true },
  ],
  painScore,
  result: { urgency, rules: [], stopRunning: false },
});

const input: ClinicianReportInput = {
  now: new Date('2026-12-03T12:00:00.000Z'),
  today: '2026-12-03',
  timeZone: 'UTC',
  checkins: [
    checkin('2026-12-02T08:00:00.000Z', 3, 'self_manage'),
    checkin('2026-11-10T08:00:00.000Z', 6, 'see_clinician'),
  ],
  weeks: [
    { weekStart: '2026-11-23', km: 21.5, runs: 3, complete: true, increasePct: 10, spike: false },
    { weekStart: '2026-11-30', km: 5, runs: 1, complete: false, increasePct: null, spike: false },
  ],
  firstActivity: '2026-09-03T07:00:00.000Z',
  goal: 'Back to 40 km weeks by spring',
  shoes: [],
  surface: { treadmillPctLastTwoWeeks: 0, treadmillPctFourWeeksBefore: 0 },
  plan: null,
  diary: [{ at: '2026-11-20T20:00:00.000Z', score: 5, where: ['left buttock'], source: 'diary' }],
};

describe('the clinician report', () => {
  it('gathers every section from the records', () => {
    const report = clinicianReport(input);
    expect(report.summary).toEqual({
      age: 38,
      sex: 'F',
      weeksOfHistory: 13,
      typicalWeeklyKm: 21.5,
      runsPerWeek: 3,
      painDurationDays: 20,
      goal: 'Back to 40 km weeks by spring',
    });
    expect(report.triage).toMatchObject({ urgency: 'self_manage', at: '2026-12-02T08:00:00.000Z' });
    expect(report.redFlags.map((r) => [r.at, r.asked, r.positive.length])).toEqual([
      ['2026-12-02T08:00:00.000Z', 1, 0],
      ['2026-11-10T08:00:00.000Z', 1, 0],
    ]);
    expect(report.pain.points.map((p) => [p.score, p.source])).toEqual([
      [6, 'checkin'],
      [5, 'diary'],
      [3, 'checkin'],
    ]);
    expect(report.pain).toMatchObject({
      highest: 6,
      first: { score: 6 },
      latest: { score: 3, where: ['one side of the low back'] },
    });
    expect(report.tried).toBeNull();
    expect(report.changes).toEqual([
      { on: '2026-12-02', text: 'Check-in result eased from see a clinician to self-care.' },
    ]);
    expect(report.questions.at(-1)).toMatch(/usual running/);
  });
});
