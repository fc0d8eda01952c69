import { describe, expect, it } from 'vitest';
import { NOW, runAgo } from '../../../test/support/load-runs';
import { placeRuns, type ReportRun } from './report-window';
import { surfaceReport } from './surface';

const report = (runs: ReportRun[]) => surfaceReport(placeRuns(runs, NOW, 'UTC'));
const outside = [2, 3, 4, 5].map((w) => runAgo(w, { distanceM: 10_000 }));

describe('surfaceReport', () => {
  it('flags a move from outside to the treadmill, by distance', () => {
    const r = report([
      ...outside,
      runAgo(0, { treadmill: true, distanceM: 6_000 }),
      runAgo(1, { distanceM: 5_000 }),
    ]);
    expect(r.lastTwoWeeks).toEqual({ treadmillPct: 54.5, dominant: 'treadmill' });
    expect(r.fourWeeksBefore).toEqual({ treadmillPct: 0, dominant: 'outdoor' });
    expect(r.surfaceChange).toBe(true);
    expect(r.alerts).toEqual([
      expect.objectContaining({ code: 'surface_change', from: 'outdoor', to: 'treadmill' }),
    ]);
  });

  it('does not flag a minority of treadmill running, nor the same surface', () => {
    const r = report([
      ...outside,
      runAgo(0, { treadmill: true, distanceM: 4_000 }),
      runAgo(1, { distanceM: 5_000 }),
    ]);
    expect(r).toMatchObject({ surfaceChange: false, alerts: [] });
    expect(r.lastTwoWeeks.treadmillPct).toBe(44.4);
  });

  it('is not measured with an even split or without running in either span', () => {
    expect(
      report([...outside, runAgo(0, { treadmill: true, distanceM: 5_000 }), runAgo(1, { distanceM: 5_000 })])
        .surfaceChange,
    ).toBeNull();
    expect(report(outside).surfaceChange).toBeNull();
    expect(report([runAgo(0, { treadmill: true })]).surfaceChange).toBeNull();
  });
});
