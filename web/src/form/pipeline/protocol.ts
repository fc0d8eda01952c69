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
  | { type: 'load'; model: PoseModelName; base: string }
  /** `timeMs` feeds the model's smoothing across video frames; null for a still. */
  | { type: 'pose'; id: number; bitmap: ImageBitmap; timeMs: number | null };

export type FromWorker =
  | { type: 'loaded'; backend: string }
  | { type: 'pose'; id: number; poses: RawPose[]; ms: number }
  | { type: 'error'; id: number | null; message: string };
