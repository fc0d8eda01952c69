/**
 * From the model's poses (in the analysed, downscaled frame) to the form check's joints in the original frame.
 */
import { FORM_JOINTS, type FormJoint, type Keypoint, type PoseFrame } from '../../../../src/core/form/types';
import type { RawPose } from './protocol';

/** A pose counts as a person at or above this score (MoveNet's own default for its multi-person model). */
export const PERSON_SCORE = 0.25;

export interface Scale {
  x: number;
  y: number;
}

const JOINT_NAMES: ReadonlySet<string> = new Set(FORM_JOINTS);

/**
 * One frame's answer: the joints are the best-scoring pose's, scaled by `scale` (original pixels per analysed
 * pixel, across and down). `people` is `counted` (the multi-person model's latest count) when given, else the
 * number of poses scoring at least PERSON_SCORE (MoveNet-Lightning and BlazePose report at most one).
 */
export function toPoseFrame(
  timeS: number,
  poses: readonly RawPose[],
  scale: Scale,
  counted: number | null = null,
): PoseFrame {
  const people = poses.filter((p) => p.score >= PERSON_SCORE);
  const best = [...people].sort((a, b) => b.score - a.score)[0];
  if (best === undefined) return { timeS, people: counted ?? 0, joints: null };
  const joints: Partial<Record<FormJoint, Keypoint>> = {};
  for (const k of best.keypoints) {
    if (JOINT_NAMES.has(k.name))
      joints[k.name as FormJoint] = { x: k.x * scale.x, y: k.y * scale.y, score: k.score };
  }
  return { timeS, people: counted ?? people.length, joints };
}

/** Every keypoint of the best pose as [x, y] in original pixels, in the model's order (for regression tests). */
export function allKeypoints(poses: readonly RawPose[], scale: Scale): Array<[number, number]> {
  const best = [...poses].sort((a, b) => b.score - a.score)[0];
  return best === undefined ? [] : best.keypoints.map((k) => [k.x * scale.x, k.y * scale.y]);
}
