/**
 * Which way the runner runs across the picture. When the hips travel clearly across the frame, that is the
 * direction; on a treadmill or with a phone panning along, the hips stay put and the face tells it (the nose
 * sits ahead of the shoulders), and failing that the feet (toes ahead of heels, BlazePose only). The nose is
 * compared with the shoulders rather than the hips so that a runner leaning back still faces forward.
 */
import type { JointSeries, XY } from './keypoints';
import { FORM_METHOD } from './method';
import { median } from './series';

export interface Facing {
  /** +1 when running to the right of the picture (x growing), −1 to the left. */
  direction: 1 | -1;
  source: 'travel' | 'face' | 'feet';
}

/**
 * @example runningDirection(joints, hip, shoulder, 180) // { direction: 1, source: 'face' } on a treadmill
 */
export function runningDirection(
  joints: JointSeries,
  hip: XY,
  shoulder: XY,
  legLengthPx: number,
): Facing | null {
  const xs = Array.from(hip.x).filter((v) => !Number.isNaN(v));
  const fifth = Math.max(1, Math.floor(xs.length / 5));
  const travel = median(xs.slice(-fifth)) - median(xs.slice(0, fifth));
  if (Math.abs(travel) >= FORM_METHOD.minTravelLegs * legLengthPx) {
    return { direction: travel > 0 ? 1 : -1, source: 'travel' };
  }

  const noseLead = median(Array.from(joints.nose.x, (x, i) => x - shoulder.x[i]!));
  if (Math.abs(noseLead) >= FORM_METHOD.minNoseLeadLegs * legLengthPx) {
    return { direction: noseLead > 0 ? 1 : -1, source: 'face' };
  }

  const toeLead = median(
    (['left', 'right'] as const).flatMap((side) =>
      Array.from(joints[`${side}_foot_index`].x, (x, i) => x - joints[`${side}_heel`].x[i]!),
    ),
  );
  if (Math.abs(toeLead) >= FORM_METHOD.minNoseLeadLegs * legLengthPx) {
    return { direction: toeLead > 0 ? 1 : -1, source: 'feet' };
  }
  return null;
}
