import type { ExerciseId } from './doses';
import { CORE_TEXT } from './library/core';
import { DRILL_TEXT } from './library/drills';
import { GLUTE_HIP_TEXT } from './library/glute-hip';
import { ACTIVE_RECOVERY_TEXT, FOAM_ROLLING_TEXT } from './library/recovery';
import { STRETCH_TEXT } from './library/stretches';
import type { ExerciseText } from './library/types';
import { WARMUP_TEXT } from './library/warmup';

export type { ExerciseText } from './library/types';
export { STRETCH_EVIDENCE } from './library/stretches';

/** Typed as every id, so a group file that misses one fails the typecheck. */
const WORDS: Record<ExerciseId, Omit<ExerciseText, 'id'>> = {
  ...CORE_TEXT,
  ...GLUTE_HIP_TEXT,
  ...WARMUP_TEXT,
  ...STRETCH_TEXT,
  ...DRILL_TEXT,
  ...FOAM_ROLLING_TEXT,
  ...ACTIVE_RECOVERY_TEXT,
};

/**
 * The exercise library: every exercise of `EXERCISES` with its words (steps, cues, mistakes), the factors it
 * serves and a safety note where one matters. Doses come from `doses.ts`, in words from `doseWords`.
 */
export const LIBRARY: Record<ExerciseId, ExerciseText> = Object.fromEntries(
  Object.entries(WORDS).map(([id, text]) => [id, { id, ...text }]),
) as Record<ExerciseId, ExerciseText>;

/** The words of one exercise. */
export const exerciseText = (id: ExerciseId): ExerciseText => LIBRARY[id];
