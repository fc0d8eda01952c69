import { describe, expect, it } from 'vitest';
import { NOW, runAgo } from '../../../test/support/load-runs';
import { cadenceTrend } from './cadence-trend';

describe('cadenceTrend: the median cadence of each week', () => {
  it('takes each week’s median, leaving out runs without cadence, walks and rides', () => {
    const weeks = cadenceTrend({
      activities: [
        runAgo(1, { avgCadenceSpm: 150 }),
        runAgo(1, { avgCadenceSpm: 170 }),
        runAgo(0, { avgCadenceSpm: 160 }),
        runAgo(0, { avgCadenceSpm: 171 }),
        runAgo(0, { avgCadenceSpm: 158 }),
        runAgo(0, { avgCadenceSpm: null }),
        runAgo(0, { sport: 'walking', avgCadenceSpm: 110 }),
        runAgo(-1, { avgCadenceSpm: 0 }),
        runAgo(5, { avgCadenceSpm: 165 }), // before the weeks asked for
      ],
      now: NOW,
      timeZone: 'UTC',
      weeks: 3,
    });
    expect(weeks).toEqual([
      { weekStart: '2026-11-16', medianSpm: 160, runs: 2 },
      { weekStart: '2026-11-23', medianSpm: 160, runs: 3 },
      { weekStart: '2026-11-30', medianSpm: null, runs: 0 },
    ]);
  });

  it('ends at `endAt` when asked (an old export)', () => {
    const weeks = cadenceTrend({
      activities: [runAgo(0, { startTime: '2019-05-08T07:00:00.000Z', avgCadenceSpm: 172.25 })],
      now: NOW,
      endAt: new Date('2019-05-08T07:00:00.000Z'),
      timeZone: 'UTC',
      weeks: 2,
    });
    expect(weeks.at(-1)).toEqual({ weekStart: '2019-05-06', medianSpm: 172.3, runs: 1 });
  });
});
