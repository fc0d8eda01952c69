import { describe, expect, it } from 'vitest';
import { answersFromRuns, fillFromRuns, type MeasuredValue } from './from-runs';
import { triage } from './triage';

const measured = (code: string, value: number | boolean): MeasuredValue => ({
  code,
  value,
  from: '2026-10-19',
  to: '2026-11-29',
  basis: 'From the weeks of 16 and 23 Nov.',
});

describe('answersFromRuns', () => {
  it('rounds down, so a rule judges the answer as it judged the measurement', () => {
    const got = answersFromRuns([
      measured('recent_mileage_increase_pct', 29.9),
      measured('long_run_increase_pct', -12.5),
      measured('shoe_km', 499.9),
      measured('cadence_spm', 159.5),
      measured('surface_change', true),
    ]);
    expect(got.map((a) => [a.code, a.value])).toEqual([
      ['recent_mileage_increase_pct', 29],
      ['long_run_increase_pct', -13],
      ['shoe_km', 499],
      ['cadence_spm', 159],
      ['surface_change', true],
    ]);
    expect(got[0]).toMatchObject({
      from: '2026-10-19',
      to: '2026-11-29',
      basis: 'From the weeks of 16 and 23 Nov.',
    });
    const factors = (value: number) =>
      triage({ age: 30, sex: 'M', findings: [{ code: 'recent_mileage_increase_pct', value }] }).factors.map(
        (f) => f.id,
      );
    expect(factors(29)).not.toContain('load_spike');
    expect(factors(30)).toContain('load_spike');
  });

  it('keeps a number within the question’s range', () => {
    const got = answersFromRuns([
      measured('recent_mileage_increase_pct', 4_250),
      measured('shoe_km', 25_000),
    ]);
    expect(got.map((a) => a.value)).toEqual([1_000, 20_000]);
  });

  it('drops unknown codes, wrong types and anything that is not a causes question', () => {
    const got = answersFromRuns([
      measured('no_such_code', 3),
      measured('cadence_spm', true),
      measured('surface_change', 1),
      measured('saddle_numbness', false),
      measured('pain_score_0_10', 2),
      measured('shoe_km', Number.NaN),
    ]);
    expect(got).toEqual([]);
  });
});

describe('fillFromRuns', () => {
  it('fills only what the runner has not answered', () => {
    const fromRuns = answersFromRuns([
      measured('cadence_spm', 158),
      measured('shoe_km', 412),
      measured('surface_change', false),
    ]);
    expect(fillFromRuns({ cadence_spm: 170, surface_change: true }, fromRuns)).toEqual({ shoe_km: 412 });
    expect(fillFromRuns({}, fromRuns)).toEqual({ cadence_spm: 158, shoe_km: 412, surface_change: false });
  });
});
