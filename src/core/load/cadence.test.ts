import { describe, expect, it } from 'vitest';
import { NOW, runAgo } from '../../../test/support/load-runs';
import { cadenceReport } from './cadence';
import { placeRuns, type ReportRun } from './report-window';

const report = (runs: ReportRun[]) => cadenceReport(placeRuns(runs, NOW, 'UTC'));
const withCadence = (spm: (number | null)[]) => spm.map((c, i) => runAgo(i % 4, { avgCadenceSpm: c }));

describe('cadenceReport', () => {
  it('takes the median over the last four complete weeks, leaving out runs without cadence', () => {
    expect(report(withCadence([156, 171, 158, null])).cadenceSpm).toBe(158);
    expect(report(withCadence([150, 170, null, 164, 160])).cadenceSpm).toBe(162);
    // Older runs and this week's do not count.
    expect(
      report([...withCadence([170]), runAgo(4, { avgCadenceSpm: 120 }), runAgo(-1, { avgCadenceSpm: 120 })])
        .cadenceSpm,
    ).toBe(170);
  });

  it('alerts below 160 with a cue of about 5 % more, not at 160', () => {
    expect(report(withCadence([160])).alerts).toEqual([]);
    const low = report(withCadence([159.9]));
    expect(low.alerts).toEqual([
      expect.objectContaining({ code: 'low_cadence', cadenceSpm: 159.9, targetSpm: 168 }),
    ]);
    expect(low.alerts[0]?.message).toMatch(/168, 5 % more, built up over a few weeks/);
  });

  it('is not measured when no run recorded cadence', () => {
    expect(report(withCadence([null, null]))).toEqual({ cadenceSpm: null, runs: 0, alerts: [] });
    expect(report([])).toEqual({ cadenceSpm: null, runs: 0, alerts: [] });
  });
});
