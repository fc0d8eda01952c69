import { describe, expect, it } from 'vitest';
import {
  clockWords,
  overrunMs,
  pauseCountdown,
  remainingMs,
  resumeCountdown,
  shownSeconds,
  startCountdown,
} from './countdown';

describe('countdown', () => {
  it('counts down from the clock and stops at zero', () => {
    const c = startCountdown(30_000, 1_000);
    expect(remainingMs(c, 1_000)).toBe(30_000);
    expect(remainingMs(c, 13_500)).toBe(17_500);
    expect(remainingMs(c, 40_000)).toBe(0);
    expect(overrunMs(c, 40_000)).toBe(9_000);
    expect(overrunMs(c, 20_000)).toBe(0);
  });

  it('holds still while paused and carries on after', () => {
    let c = startCountdown(30_000, 0);
    c = pauseCountdown(c, 10_000);
    expect(remainingMs(c, 50_000)).toBe(20_000);
    expect(pauseCountdown(c, 60_000)).toBe(c);
    c = resumeCountdown(c, 60_000);
    expect(remainingMs(c, 65_000)).toBe(15_000);
    expect(resumeCountdown(c, 70_000)).toBe(c);
  });

  it('shows whole seconds rounded up and minutes past a minute', () => {
    expect(shownSeconds(29_200)).toBe(30);
    expect(shownSeconds(0)).toBe(0);
    expect(shownSeconds(1)).toBe(1);
    expect(clockWords(45)).toBe('45');
    expect(clockWords(90)).toBe('1:30');
    expect(clockWords(1200)).toBe('20:00');
  });
});
