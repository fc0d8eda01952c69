import { describe, expect, it } from 'vitest';
import { doseWords } from './dose-words';
import { EXERCISE_IDS } from './doses';

describe('doseWords', () => {
  it('says holds as sets of seconds', () => {
    expect(doseWords('plank')).toBe('2–3 sets of 30–60 s');
    expect(doseWords('hamstring_stretch')).toBe('2–3 sets of 20–30 s a side');
  });

  it('says reps, and reps a side', () => {
    expect(doseWords('glute_bridge')).toBe('2–3 sets of 12–15');
    expect(doseWords('clamshell')).toBe('2–3 sets of 12–15 a side');
    expect(doseWords('dead_bug')).toBe('2–3 sets of 8 a side');
  });

  it('says reps with a hold', () => {
    expect(doseWords('bird_dog')).toBe('2–3 sets of 6–8 a side, holding each 5–10 s');
  });

  it('drops the set count when there is only one, and says whole minutes in minutes', () => {
    expect(doseWords('leg_swings')).toBe('10 a side');
    expect(doseWords('roll_lower_back')).toBe('1–2 minutes');
    expect(doseWords('easy_walk')).toBe('20–30 minutes');
    expect(doseWords('high_knee_march')).toBe('2–3 sets of 20–30 s');
  });

  it('says a picked dose instead of the ranges', () => {
    expect(doseWords('side_plank', { sets: 3, holdS: 20 })).toBe('3 sets of 20 s a side');
    expect(doseWords('squat', { sets: 2, reps: 12 })).toBe('2 sets of 12');
    expect(doseWords('roll_glutes', { sets: 1, durationS: 60 })).toBe('1 minute');
    expect(doseWords('plank', { sets: 1, holdS: 90 })).toBe('90 s');
  });

  it('has words for every exercise', () => {
    for (const id of EXERCISE_IDS) expect(doseWords(id), id).toMatch(/\d/);
  });
});
