import { describe, expect, it } from 'vitest';
import { EXERCISE_GROUPS, EXERCISE_IDS, EXERCISES, idsOf, type ExerciseDose } from './doses';

const entry = (id: string): ExerciseDose => (EXERCISES as Record<string, ExerciseDose>)[id]!;

describe('exercise doses', () => {
  it('links every ladder step to a known exercise of the same group, both ways', () => {
    for (const id of EXERCISE_IDS) {
      const e = entry(id);
      if (e.progression) {
        expect(EXERCISE_IDS, `${id} → ${e.progression}`).toContain(e.progression);
        expect(entry(e.progression).regression, `${e.progression} ← ${id}`).toBe(id);
        expect(entry(e.progression).group).toBe(e.group);
      }
      if (e.regression) {
        expect(EXERCISE_IDS, `${id} ← ${e.regression}`).toContain(e.regression);
        expect(entry(e.regression).progression, `${e.regression} → ${id}`).toBe(id);
      }
    }
  });

  it('keeps the article’s doses: core 2–3 sets, plank 30–60 s, side plank 20–40 s, glutes 12–15, stretches 20–30 s', () => {
    expect(EXERCISES.plank.dose).toMatchObject({ sets: [2, 3], holdS: [30, 60] });
    expect(EXERCISES.side_plank.dose).toMatchObject({ sets: [2, 3], holdS: [20, 40], perSide: true });
    expect(EXERCISES.bird_dog.dose.holdS[0]).toBe(5);
    for (const id of ['glute_bridge', 'hip_thrust', 'squat', 'lunge', 'clamshell'] as const) {
      expect(EXERCISES[id].dose, id).toMatchObject({ sets: [2, 3], reps: [12, 15] });
    }
    for (const id of idsOf('static_stretch')) {
      expect(entry(id).dose, id).toMatchObject({ sets: [2, 3], holdS: [20, 30] });
    }
    for (const id of idsOf('foam_rolling')) expect(entry(id).dose.durationS, id).toEqual([60, 120]);
  });

  it('has a starting exercise in every group, and every range low to high', () => {
    for (const group of EXERCISE_GROUPS) {
      expect(
        idsOf(group).some((id) => entry(id).start),
        group,
      ).toBe(true);
    }
    for (const id of EXERCISE_IDS) {
      const { sets, reps, holdS, durationS } = entry(id).dose;
      for (const range of [sets, reps, holdS, durationS]) {
        if (range) expect(range[0], id).toBeLessThanOrEqual(range[1]);
      }
    }
  });
});
