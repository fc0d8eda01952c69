/** Checks the plan's property tests share: the generator's (plan.property.test.ts) and adaptation's. */
import { expect } from 'vitest';
import { EXERCISES, type Dose } from '../../src/core/plan/doses';
import type { PlanDay, PlanExercise } from '../../src/core/plan/plan-types';

export const kinds = (day: PlanDay) => day.items.map((i) => i.kind);

/** A full rest day: rest, and nothing else to do but a task. */
export const isRestDay = (day: PlanDay) =>
  kinds(day).includes('rest') && kinds(day).every((k) => k === 'rest' || k === 'task');

const within = (value: number | undefined, range: readonly [number, number] | undefined) =>
  range === undefined ? value === undefined : value !== undefined && value >= range[0] && value <= range[1];

/** Every field of an exercise's dose within the ranges of doses.ts, and only the fields its dose has. */
export function expectDoseInRange(e: PlanExercise): void {
  const dose: Dose = EXERCISES[e.id].dose;
  expect(within(e.sets, dose.sets), `${e.id} sets`).toBe(true);
  expect(within(e.reps, dose.reps), `${e.id} reps`).toBe(true);
  expect(within(e.holdS, dose.holdS), `${e.id} holdS`).toBe(true);
  expect(within(e.durationS, dose.durationS), `${e.id} durationS`).toBe(true);
  expect(e.perSide === true).toBe(dose.perSide === true);
}

/** A run has a warm-up before it and stretches straight after; a day without a run has neither warm-up nor drills. */
export function expectRunFramed(day: PlanDay): void {
  const k = kinds(day);
  const run = k.indexOf('run');
  if (run >= 0) {
    expect(k.slice(0, run)).toContain('warmup');
    expect(k[run + 1]).toBe('cooldown_stretch');
    expect(day.items[run]!.km).toBeGreaterThan(0);
  } else {
    expect(k).not.toContain('warmup');
    expect(k).not.toContain('drills');
  }
}
