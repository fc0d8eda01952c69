import { describe, expect, it } from 'vitest';
import { activityKey, DuplicateIndex, isDuplicateOfAny, type ActivityKey } from './batch-duplicates';

const run = (startTime: string, distanceM: number | null, sport = 'running'): ActivityKey => ({
  startTime,
  sport,
  distanceM,
});

describe('DuplicateIndex', () => {
  it('finds a known activity within 60 s and 1 %, across a minute boundary', () => {
    const known = { ...run('2020-02-02T11:19:59.000Z', 10_000), id: 7 };
    const index = new DuplicateIndex([known]);
    expect(index.findDuplicate(run('2020-02-02T11:20:30.000Z', 10_050))).toBe(known);
    expect(index.findDuplicate(run('2020-02-02T11:19:00.000Z', 9_950))).toBe(known);
  });
  it('tells different activities apart', () => {
    const index = new DuplicateIndex([run('2020-02-02T11:19:33.000Z', 10_000)]);
    expect(index.findDuplicate(run('2020-02-02T11:21:00.000Z', 10_000))).toBeNull();
    expect(index.findDuplicate(run('2020-02-02T11:19:33.000Z', 11_000))).toBeNull();
    expect(index.findDuplicate(run('2020-02-02T11:19:33.000Z', 10_000, 'cycling'))).toBeNull();
    expect(index.findDuplicate(run('not a date', 10_000))).toBeNull();
  });
  it('addUnlessDuplicate keeps the first of a pair', () => {
    const index = new DuplicateIndex();
    expect(index.addUnlessDuplicate(run('2021-01-01T00:00:00.000Z', null))).toBeNull();
    expect(index.addUnlessDuplicate(run('2021-01-01T00:00:10.000Z', null))).not.toBeNull();
  });
  it('isDuplicateOfAny checks a plain list', () => {
    expect(
      isDuplicateOfAny([run('2021-01-01T00:00:00.000Z', 5000)], run('2021-01-01T00:00:20.000Z', 5020)),
    ).toBe(true);
    expect(isDuplicateOfAny([], run('2021-01-01T00:00:20.000Z', 5020))).toBe(false);
  });
});

describe('DuplicateIndex with partly read copies', () => {
  it('marks a key partial from `recovered`, finds the complete copy, and forgets a removed key', () => {
    const partial = {
      ...activityKey({ ...run('2020-02-02T11:19:33.000Z', 900), recovered: 'cut off' }),
      id: 1,
    };
    expect(partial.partial).toBe(true);
    expect(activityKey({ ...run('2020-02-02T11:19:33.000Z', 900), recovered: null }).partial).toBe(false);
    const index = new DuplicateIndex([partial]);
    const whole = run('2020-02-02T11:19:40.000Z', 11_000);
    expect(index.findDuplicate(whole)).toBe(partial);
    index.remove(partial);
    expect(index.findDuplicate(whole)).toBeNull();
  });
});
