import { describe, expect, it } from 'vitest';
import {
  countedTotal,
  countFile,
  emptyCounts,
  filesAdded,
  outcomeOf,
  type FileOutcome,
  type FileRead,
} from './import-counts';

describe('outcomeOf: one outcome per file', () => {
  const cases: [FileRead, string][] = [
    [{ read: 'failed' }, 'failed'],
    [{ read: 'no_activity' }, 'skipped'],
    [{ read: 'ok', damaged: false, held: 1, added: 1 }, 'imported'],
    [{ read: 'ok', damaged: true, held: 1, added: 1 }, 'recovered'],
    [{ read: 'ok', damaged: false, held: 1, added: 0 }, 'duplicate'],
    // A damaged file whose run is already here is a duplicate, not a partly read file.
    [{ read: 'ok', damaged: true, held: 1, added: 0 }, 'duplicate'],
    // A multisport file with one new leg of four is a file that added something.
    [{ read: 'ok', damaged: false, held: 4, added: 1 }, 'imported'],
    // Only transitions: nothing worth storing.
    [{ read: 'ok', damaged: false, held: 0, added: 0 }, 'skipped'],
  ];
  for (const [read, outcome] of cases) {
    it(`${JSON.stringify(read)} → ${outcome}`, () => expect(outcomeOf(read)).toBe(outcome));
  }
});

describe('countFile', () => {
  it('counts a damaged file once, as partly read, with its one activity', () => {
    const c = emptyCounts();
    countFile(c, outcomeOf({ read: 'ok', damaged: true, held: 1, added: 1 }), 1);
    expect(c).toEqual({ ...emptyCounts(), recovered: 1, activities: 1 });
    expect(countedTotal(c)).toBe(1);
    expect(filesAdded(c)).toBe(1);
  });

  it('counts a multisport file as one file with several activities', () => {
    const c = emptyCounts();
    countFile(c, 'imported', 4);
    expect(countedTotal(c)).toBe(1);
    expect(c.activities).toBe(4);
  });

  it('keeps the parts summing to the files whatever the mix, and takes an outcome back exactly', () => {
    const c = emptyCounts();
    const outcomes = ['imported', 'recovered', 'duplicate', 'skipped', 'failed', 'imported', 'duplicate'];
    for (const o of outcomes) countFile(c, o as FileOutcome, o === 'imported' ? 2 : 0);
    countFile(c, 'imported', 1, { entry: true });
    expect(countedTotal(c)).toBe(outcomes.length + 1);
    expect(c).toMatchObject({ imported: 3, duplicates: 2, entries: 1, activities: 5 });
    countFile(c, 'imported', 2, { delta: -1 });
    countFile(c, 'duplicate', 0, { delta: 1 });
    expect(countedTotal(c)).toBe(outcomes.length + 1);
    expect(c).toMatchObject({ imported: 2, duplicates: 3, activities: 3 });
  });
});
