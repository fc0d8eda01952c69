import { describe, expect, it } from 'vitest';
import { createSlidingWindow, decide } from './sliding-window';

describe('sliding window', () => {
  it('has room until the limit, then says how long until the oldest hit ages out', () => {
    const w = createSlidingWindow(60_000);
    expect(w.wait('k', 2, 0)).toBe(0);
    w.hit('k', 0);
    w.hit('k', 10_000);
    expect(w.wait('k', 2, 20_000)).toBe(40);
    expect(w.wait('k', 3, 20_000)).toBe(0);
    expect(w.wait('k', 2, 60_000)).toBe(0);
  });

  it('keeps keys apart, clears one, and prunes old ones to bound memory', () => {
    const w = createSlidingWindow(1_000);
    w.hit('a', 0);
    w.hit('b', 900);
    w.clear('b');
    expect(w.wait('b', 1, 901)).toBe(0);
    w.hit('c', 950);
    expect(w.size).toBe(2);
    w.prune(1_500);
    expect(w.size).toBe(1);
    expect(w.wait('c', 1, 1_500)).toBe(1);
  });

  it('turns a wait into a decision', () => {
    expect(decide(0)).toEqual({ allowed: true });
    expect(decide(7)).toEqual({ allowed: false, retryAfterS: 7 });
  });
});
