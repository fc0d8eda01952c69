/** Messages between the pipeline and its pose worker. */
import type { PoseModelName } from './models';

export interface RawKeypoint {
  name: string;
  x: number;
  y: number;
  score: number;
}

/** One person the model found, in the analysed frame's pixels. */
export interface RawPose {
  score: number;
  keypoints: RawKeypoint[];
}

export type ToWorker =
  /** `countPeople`: also load (and warm up) the multi-person model now, not at the first count. */
  | { type: 'load'; model: PoseModelName; base: string; countPeople: boolean }
  /**
   * `timeMs` feeds the model's smoothing across video frames (null for a still); `countPeople` also runs the
   * multi-person model on this frame.
   */
  | { type: 'pose'; id: number; bitmap: ImageBitmap; timeMs: number | null; countPeople: boolean };

export type FromWorker =
  | { type: 'loaded'; backend: string }
  /** `people`: the multi-person model's count when asked for, else null. */
  | { type: 'pose'; id: number; poses: RawPose[]; people: number | null; ms: number }
  | { type: 'error'; id: number | null; message: string };
