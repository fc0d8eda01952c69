import { WHEN_WORDS } from '../pain/pain-entry';
import { describe, expect, it } from 'vitest';
import { painPoints, painSites, diaryPoints } from './pain-points';

const log = (over: object = {}) => ({
  date: '2026-12-02',
  kind: 'run' as const,
  painDuring: 3,
  painNextMorning: null as number | null,
  loggedAt: '2026-12-02T18:00:00.000Z',
  ...over,
});

describe('pain points', () => {
  it('places a check-in by its definite Yes answers only', () => {
    expect(
      painSites([
        { code: 'pain_central_lumbar', value: true },
        { code: 'pain_buttock_unilateral', value: 'unsure' },
        { code: 'pain_radiating_below_knee_unilateral', value: true },
        { code: 'pain_sacral', value: false },
      ]),
    ).toEqual(['central low back', 'down one leg, below the knee']);
  });

  it('joins check-ins, plan logs (during and next morning) and the diary, oldest first', () => {
    const points = painPoints({
      checkins: [
        { createdAt: '2026-12-03T08:00:00.000Z', painScore: 5, findings: [] },
        { createdAt: '2026-12-01T08:00:00.000Z', painScore: null, findings: [] },
      ],
      planLogs: [
        log({ painNextMorning: 2 }),
        log({ kind: 'strength', date: '2026-11-30', loggedAt: '2026-11-30T09:00:00.000Z', painDuring: 1 }),
      ],
      diary: [{ at: '2026-12-02T21:00:00.000Z', score: 6, where: ['left buttock'], source: 'diary' }],
    });
    expect(points.map((p) => [p.at.slice(0, 13), p.score, p.source, p.context ?? ''])).toEqual([
      ['2026-11-30T09', 1, 'plan', 'during a strength session'],
      ['2026-12-02T18', 3, 'plan', 'during a run'],
      ['2026-12-02T21', 6, 'diary', ''],
      ['2026-12-03T07', 2, 'plan', 'next morning, after a run'],
      ['2026-12-03T08', 5, 'checkin', ''],
    ]);
  });
});

describe('diaryPoints', () => {
  it('gives each diary entry its places in words, in body order, and when it hurt', () => {
    expect(
      diaryPoints([
        { at: '2026-12-01T20:00:00.000Z', score: 5, areas: ['thigh_left', 'buttock_left'], when: 'at_night' },
      ]),
    ).toEqual([
      {
        at: '2026-12-01T20:00:00.000Z',
        score: 5,
        where: ['left buttock', 'left thigh'],
        source: 'diary',
        context: WHEN_WORDS.at_night,
      },
    ]);
  });
});
