import { describe, expect, it } from 'vitest';
import { clinicianQuestions, MAX_QUESTIONS } from './clinician-questions';

const LAST = 'When can I go back to my usual running, and what should make me stop?';
const empty = {
  summary: {
    age: 40,
    sex: 'F' as const,
    weeksOfHistory: 10,
    typicalWeeklyKm: 20,
    runsPerWeek: 3,
    painDurationDays: 10,
    goal: null,
  },
  redFlags: [],
  pain: { points: [], first: null, latest: null, highest: null },
  weeks: [],
  shoes: [],
  tried: null,
};
const tried = (pct: number, first: number, last: number) => ({
  startedAt: 'x',
  status: 'active',
  weeks: 6,
  planned: 10,
  logged: pct / 10,
  pct,
  byKind: [],
  painFirstWeek: first,
  painLastWeek: last,
});

describe('questions for the clinician', () => {
  it('always asks about returning to running', () => {
    expect(clinicianQuestions(empty)).toEqual([LAST]);
  });

  it('asks from the data, most pressing first, and stops at the limit', () => {
    const questions = clinicianQuestions({
      ...empty,
      summary: { ...empty.summary, painDurationDays: 50 },
      redFlags: [
        {
          at: 'x',
          asked: 31,
          complete: true,
          positive: [{ code: 'night_sweats', label: 'Night sweats', answer: 'yes' as const }],
        },
      ],
      pain: {
        ...empty.pain,
        points: [
          { at: 'x', score: 5, where: ['down one leg, below the knee'], source: 'checkin' as const },
          { at: 'y', score: 3, where: [], source: 'plan' as const },
        ],
      },
      tried: tried(80, 3, 4),
      weeks: [{ weekStart: '2026-11-09', km: 40, runs: 4, complete: true, increasePct: 45, spike: true }],
      shoes: [
        { name: 'Pegasus', distanceKm: 850, retireKm: 800, retired: false, inUse: true, addedAt: null },
      ],
    });
    expect(questions).toHaveLength(MAX_QUESTIONS);
    expect(questions).toEqual([
      'I answered yes or not sure to: night sweats. Does that need checking or tests?',
      'My pain goes below the knee: is a nerve involved, and what should I watch for?',
      'The pain has lasted 50 days: should anything change in how it is managed?',
      'I did 80% of my plan and my pain did not ease (3 to 4 out of 10): what should I do differently?',
      LAST,
    ]);
  });

  it('asks about a spike and worn shoes, and about priorities when little of the plan was done', () => {
    expect(
      clinicianQuestions({
        ...empty,
        tried: tried(40, 5, 3),
        weeks: [{ weekStart: '2026-11-09', km: 40, runs: 4, complete: true, increasePct: 45, spike: true }],
        shoes: [
          { name: 'Pegasus', distanceKm: 800, retireKm: 800, retired: false, inUse: true, addedAt: null },
        ],
      }),
    ).toEqual([
      'I managed 4 of 10 planned sessions: which exercises matter most?',
      'My running rose to 40 km in the week of 9 Nov 2026, 45% above the weeks before: how fast can I build up again?',
      'My shoes (Pegasus) have 800 km on them: could they play a part?',
      LAST,
    ]);
    // Neither high nor low adherence, pain eased, shoes under their limit: nothing to ask about them.
    expect(
      clinicianQuestions({
        ...empty,
        tried: tried(60, 5, 3),
        shoes: [
          { name: 'Pegasus', distanceKm: 799, retireKm: 800, retired: false, inUse: true, addedAt: null },
        ],
      }),
    ).toEqual([LAST]);
  });
});
