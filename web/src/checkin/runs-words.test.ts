import { describe, expect, it } from 'vitest';
import { isRunsValue, runsValueText } from './runs-words';

describe('runsValueText', () => {
  it('shows each measured value as its question does, in the runner’s units', () => {
    expect(runsValueText({ code: 'recent_mileage_increase_pct', value: 36 }, 'km')).toBe('36%');
    expect(runsValueText({ code: 'shoe_km', value: 412 }, 'km')).toBe('412 km');
    expect(runsValueText({ code: 'shoe_km', value: 412 }, 'mi')).toBe('256 mi');
    expect(runsValueText({ code: 'cadence_spm', value: 158 }, 'mi')).toBe('158 steps/min');
    expect(runsValueText({ code: 'surface_change', value: false }, 'km')).toBe('No');
    expect(runsValueText({ code: 'surface_change', value: true }, 'km')).toBe('Yes');
  });
});

describe('isRunsValue', () => {
  it('is true only while the answer is the measured one', () => {
    expect(isRunsValue(36, { value: 36 })).toBe(true);
    expect(isRunsValue(40, { value: 36 })).toBe(false);
    expect(isRunsValue(undefined, { value: 36 })).toBe(false);
    expect(isRunsValue('unsure', { value: false })).toBe(false);
  });
});
