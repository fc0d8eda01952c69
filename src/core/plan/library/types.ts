import type { FactorId } from '../../checkin/factors';
import type { EXERCISES } from '../doses';
import { type ExerciseGroup, type ExerciseId } from '../doses';

/** What the runner reads about one exercise: the product's own words, facts and doses from the spec only. */
export interface ExerciseText {
  id: ExerciseId;
  name: string;
  /** One line: what it is and what it is for. */
  summary: string;
  /** How to do it, in order. */
  steps: string[];
  /** What to think about while doing it. */
  cues: string[];
  /** What commonly goes wrong. */
  mistakes: string[];
  /** The contributing factors (checkin-rules §1) this exercise serves. */
  factors: FactorId[];
  /** Shown before the steps when there is something to keep the runner safe or honest about the evidence. */
  safety?: string;
}

/** The ids of one group, as a type: a group file that misses one fails the typecheck. */
export type IdsOf<G extends ExerciseGroup> = {
  [K in ExerciseId]: (typeof EXERCISES)[K]['group'] extends G ? K : never;
}[ExerciseId];

/** One group's words; the id is added by `library.ts` so it can never disagree with its key. */
export type GroupText<G extends ExerciseGroup> = Record<IdsOf<G>, Omit<ExerciseText, 'id'>>;
