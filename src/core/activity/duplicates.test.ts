import { describe, expect, it } from 'vitest';
import { isSameActivity } from './duplicates';

const run = { startTime: '2020-02-02T11:19:33.000Z', sport: 'running', distanceM: 10_000 };

describe('isSameActivity', () => {
  it('same start within 60 s, same sport, distance within 1 %', () => {
    expect(isSameActivity(run, { ...run, startTime: '2020-02-02T11:20:30.000Z', distanceM: 10_090 })).toBe(
      true,
    );
  });
  it('differs on start, sport or distance', () => {
    expect(isSameActivity(run, { ...run, startTime: '2020-02-02T11:20:34.000Z' })).toBe(false);
    expect(isSameActivity(run, { ...run, sport: 'cycling' })).toBe(false);
    expect(isSameActivity(run, { ...run, distanceM: 10_200 })).toBe(false);
  });
  it('no distance on both sides compares equal; one-sided does not', () => {
    expect(isSameActivity({ ...run, distanceM: null }, { ...run, distanceM: 0 })).toBe(true);
    expect(isSameActivity({ ...run, distanceM: null }, run)).toBe(false);
  });
  it('unparseable start is never a duplicate', () => {
    expect(isSameActivity({ ...run, startTime: 'x' }, run)).toBe(false);
  });
});

describe('isSameActivity with a partly read copy', () => {
  const part = { ...run, distanceM: 900, partial: true };
  it('is the same as a complete copy that covers it, either way round', () => {
    expect(isSameActivity(part, run)).toBe(true);
    expect(isSameActivity(run, part)).toBe(true);
    expect(isSameActivity(part, { ...part, distanceM: 2000 })).toBe(true);
  });
  it('matches any sport when it could not read its own, but not another read sport', () => {
    expect(isSameActivity({ ...part, sport: 'generic' }, run)).toBe(true);
    expect(isSameActivity({ ...part, sport: 'cycling' }, run)).toBe(false);
    expect(isSameActivity({ ...run, sport: 'generic' }, run)).toBe(false);
  });
  it('is not the same as a shorter complete copy, nor one starting over a minute apart', () => {
    expect(isSameActivity({ ...part, distanceM: 12_000 }, run)).toBe(false);
    expect(isSameActivity({ ...part, startTime: '2020-02-02T11:20:34.000Z' }, run)).toBe(false);
  });
});
