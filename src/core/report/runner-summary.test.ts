import { describe, expect, it } from 'vitest';
import { redFlagScreens, runnerSummary, triageSummary, type ReportCheckin } from './runner-summary';

const checkin = (over: Partial<ReportCheckin> = {}): ReportCheckin => ({
  createdAt: '2026-12-01T08:00:00.000Z',
  age: 41,
  sex: 'M',
  complete: true,
  findings: [
    { code: 'pain_duration_days', value: 30 },
    { code: 'fever', value: false },
    { code: 'saddle_numbness', value: 'unsure' },
    { code: 'night_sweats', value: true },
    { code: 'pain_central_lumbar', value: true },
  ],
  painScore: 4,
  result: {
    urgency: 'see_clinician',
    rules: [{ title: 'See a clinician soon' }, { title: 'Other' }],
    stopRunning: false,
  },
  ...over,
});

const week = (weekStart: string, km: number, runs: number, complete = true) => ({
  weekStart,
  km,
  runs,
  complete,
  increasePct: null,
  spike: false,
});

describe('runner summary', () => {
  it('takes age, sex and pain duration from the latest check-in and the running from complete weeks with runs', () => {
    const summary = runnerSummary({
      latest: checkin(),
      weeks: [
        week('2026-11-02', 0, 0),
        week('2026-11-09', 20, 3),
        week('2026-11-16', 30, 4),
        week('2026-11-23', 24, 3),
        week('2026-11-30', 50, 5, false),
      ],
      firstActivity: '2026-09-01T07:00:00.000Z',
      now: new Date('2026-12-03T12:00:00.000Z'),
      goal: 'A spring 10K',
    });
    expect(summary).toEqual({
      age: 41,
      sex: 'M',
      weeksOfHistory: 13,
      typicalWeeklyKm: 24,
      runsPerWeek: 3.3,
      painDurationDays: 30,
      goal: 'A spring 10K',
    });
  });

  it('says nothing it does not know', () => {
    expect(runnerSummary({ latest: undefined, weeks: [], firstActivity: null, now: new Date(0) })).toEqual({
      age: null,
      sex: null,
      weeksOfHistory: null,
      typicalWeeklyKm: null,
      runsPerWeek: null,
      painDurationDays: null,
      goal: null,
    });
  });

  it('heads the triage with the deciding rule', () => {
    expect(triageSummary(checkin())).toMatchObject({
      urgency: 'see_clinician',
      headline: 'See a clinician soon',
      rules: ['See a clinician soon', 'Other'],
    });
    expect(
      triageSummary(checkin({ result: { urgency: 'self_manage', rules: [], stopRunning: false } }))?.headline,
    ).toMatch(/no warning sign/i);
    expect(triageSummary(undefined)).toBeNull();
  });

  it('lists the red-flag answers that were not No, and counts only red-flag questions', () => {
    expect(redFlagScreens([checkin()])).toEqual([
      {
        at: '2026-12-01T08:00:00.000Z',
        asked: 3,
        complete: true,
        positive: [
          { code: 'saddle_numbness', label: 'Saddle numbness', answer: 'not sure' },
          { code: 'night_sweats', label: 'Night sweats', answer: 'yes' },
        ],
      },
    ]);
  });
});
