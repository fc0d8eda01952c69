import { describe, expect, it } from 'vitest';
import { blockingHit, blockingHits, decide, decideChecks, waitFor, windowWait } from './sliding-window';

describe('sliding window', () => {
  it('has room until the limit, then says how long until the oldest blocking hit ages out', () => {
    expect(windowWait([], 2, 60_000, 0)).toBe(0);
    expect(windowWait([10_000, 0], 2, 60_000, 20_000)).toBe(40);
    expect(windowWait([0, 10_000], 3, 60_000, 20_000)).toBe(0);
    expect(windowWait([0, 10_000], 2, 60_000, 60_000)).toBe(0);
    expect(windowWait([0, 10_000], 2, 60_000, 59_999)).toBe(1);
  });

  it('ignores hits outside the window, and counts hits ahead of this clock for one window at most', () => {
    expect(windowWait([0, 1, 2], 3, 1_000, 1_000)).toBe(0);
    expect(windowWait([5_000, 6_000], 1, 60_000, 1_000)).toBe(60);
    expect(windowWait([5_000, 6_000], 3, 60_000, 1_000)).toBe(0);
  });

  it('finds the one hit that blocks: the limit-th newest inside the window', () => {
    expect(blockingHit([0, 10_000, 20_000], 2, 60_000, 30_000)).toBe(10_000);
    expect(blockingHit([20_000, 0, 10_000], 3, 60_000, 30_000)).toBe(0);
    expect(blockingHit([0, 10_000, 20_000], 4, 60_000, 30_000)).toBeNull();
    expect(blockingHit([0, 10_000, 20_000], 3, 60_000, 60_000)).toBeNull();
    expect(waitFor(null, 60_000, 0)).toBe(0);
    expect(waitFor(0, 60_000, 60_000)).toBe(0);
    expect(waitFor(0, 60_000, 20_000)).toBe(40);
    // A hit from another instance whose clock runs ahead counts, for one window at most.
    expect(waitFor(90_000, 60_000, 20_000)).toBe(60);
    const rules = [{ key: 'k', limit: 2, windowMs: 60_000 }];
    expect(blockingHits(rules, new Map([['k', [0, 5_000, 9_000]]]), 10_000)).toEqual(new Map([['k', 5_000]]));
  });

  it('turns a wait into a decision', () => {
    expect(decide(0)).toEqual({ allowed: true });
    expect(decide(7)).toEqual({ allowed: false, retryAfterS: 7 });
  });

  it('refuses with the longest wait of the full windows, labelled by the first check that needs it', () => {
    const checks = [
      { key: 'a', limit: 1, windowMs: 60_000, label: 'first' },
      { key: 'b', limit: 1, windowMs: 120_000, label: 'second' },
      { key: 'c', limit: 1, windowMs: 120_000, label: 'third' },
    ];
    const none = new Map<string, number | null>();
    expect(decideChecks(checks, none, 0)).toEqual({ allowed: true });
    const hits = new Map([
      ['a', 0],
      ['b', 0],
      ['c', 0],
    ]);
    expect(decideChecks(checks, hits, 30_000)).toEqual({ allowed: false, retryAfterS: 90, label: 'second' });
    expect(decideChecks(checks, new Map([['a', null]]), 30_000)).toEqual({ allowed: true });
    expect(decideChecks(checks.slice(0, 1), hits, 30_000)).toEqual({
      allowed: false,
      retryAfterS: 30,
      label: 'first',
    });
  });
});
