import { describe, expect, it } from 'vitest';
import { NOW, runAgo, weeksOfKm } from '../../../test/support/load-runs';
import { loadReport } from './load-report';
import { placeRuns } from './report-window';

describe('placeRuns: running only', () => {
  it('leaves out activities of unknown sport, walks and rides', () => {
    const placed = placeRuns(
      [
        runAgo(0, { sport: 'running' }),
        runAgo(0, { sport: 'trail_running' }),
        runAgo(0, { sport: 'generic' }),
        runAgo(1, { sport: 'generic' }),
        runAgo(0, { sport: 'walking' }),
        runAgo(0, { sport: 'cycling' }),
      ],
      NOW,
      'UTC',
    );
    expect(placed.runs.map((p) => [p.run.sport, p.weeksAgo])).toEqual([
      ['running', 0],
      ['trail_running', 0],
    ]);
  });

  it('judges the load without an unclassified activity, and with it once it is called a run', () => {
    const steady = weeksOfKm([10, 10, 10, 10, 10, 10], { avgCadenceSpm: 170 });
    const unknown = runAgo(0, { sport: 'generic', distanceM: 30_000, avgCadenceSpm: 120 });
    const before = loadReport({ runs: [...steady, unknown], now: NOW, timeZone: 'UTC', weeks: 2 });
    expect(before.weeks[0]).toMatchObject({ distanceM: 10_000, runs: 1 });
    expect(before.alerts).toEqual([]);
    expect(before.factors.cadence_spm).toBe(170);

    const after = loadReport({
      runs: [...steady, { ...unknown, sport: 'running' }],
      now: NOW,
      timeZone: 'UTC',
      weeks: 2,
    });
    expect(after.weeks[0]).toMatchObject({ distanceM: 40_000, runs: 2 });
    expect(after.alerts.map((a) => a.code)).toContain('spike');
  });
});
