import { describe, expect, it } from 'vitest';
import { FACTOR_IDS } from '../checkin/factors';
import { EXERCISE_IDS } from './doses';
import { exerciseText, LIBRARY } from './library';

const strings = (id: (typeof EXERCISE_IDS)[number]): string[] => {
  const t = LIBRARY[id];
  return [
    t.name,
    t.summary,
    ...t.steps,
    ...t.cues,
    ...t.mistakes,
    ...(t.safety === undefined ? [] : [t.safety]),
  ];
};

describe('exercise library', () => {
  it('has words for every exercise id and no others, each under its own id', () => {
    expect(Object.keys(LIBRARY).sort()).toEqual([...EXERCISE_IDS].sort());
    for (const id of EXERCISE_IDS) expect(exerciseText(id).id).toBe(id);
  });

  it('gives every exercise at least 3 steps, a cue, a mistake and a known factor', () => {
    for (const id of EXERCISE_IDS) {
      const t = LIBRARY[id];
      expect(t.steps.length, id).toBeGreaterThanOrEqual(3);
      expect(t.cues.length, id).toBeGreaterThanOrEqual(1);
      expect(t.mistakes.length, id).toBeGreaterThanOrEqual(1);
      expect(t.factors.length, id).toBeGreaterThanOrEqual(1);
      for (const f of t.factors) expect(FACTOR_IDS, id).toContain(f);
    }
  });

  it('has no empty or untrimmed text and one line per summary', () => {
    for (const id of EXERCISE_IDS) {
      for (const s of strings(id)) {
        expect(s.trim(), id).not.toBe('');
        expect(s, id).toBe(s.trim());
      }
      expect(LIBRARY[id].summary, id).not.toContain('\n');
    }
  });

  it('gives every exercise its own name', () => {
    const names = EXERCISE_IDS.map((id) => LIBRARY[id].name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps foam rolling off the spine and says to skip it if it hurts', () => {
    const safety = LIBRARY.roll_lower_back.safety ?? '';
    expect(safety).toMatch(/beside your spine/);
    expect(safety).toMatch(/never the spine itself/);
    expect(safety).toMatch(/hurts, skip it/);
  });

  it('says plainly that stretching has weak evidence for back pain', () => {
    for (const id of [
      'hamstring_stretch',
      'hip_flexor_stretch',
      'glute_stretch',
      'childs_pose',
      'spinal_twist',
    ] as const) {
      expect(LIBRARY[id].safety, id).toMatch(/not shown it eases back pain/);
    }
  });
});
