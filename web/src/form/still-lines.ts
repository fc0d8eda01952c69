/**
 * The lines drawn over a contact frame: the front leg (hip, knee, ankle), the trunk (hip to shoulder), a
 * vertical through the hip, and the overstride (hip to ankle, horizontally). Geometry only, for the canvas.
 */
import type { FormJoint, Keypoint, PoseFrame } from '../../../src/core/form/types';

export interface Point {
  x: number;
  y: number;
}

export interface StillLines {
  leg: [Point, Point, Point];
  hip: Point;
  shoulder: Point;
  /** Where the overstride is measured: from the hip's x to the ankle's x, at the ankle's height. */
  overstride: [Point, Point];
}

const MIN_SCORE = 0.2;

const seen = (joints: PoseFrame['joints'], name: FormJoint): Keypoint | null => {
  const k = joints?.[name];
  return k && k.score >= MIN_SCORE ? k : null;
};

const mid = (a: Point | null, b: Point | null): Point | null =>
  a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : (a ?? b);

/**
 * The lines of one frame, or null when the joints needed are not seen. The front leg is the one whose ankle
 * is furthest in the running direction (the models swap left and right in side view, so labels are not used).
 * @example stillLines(frame, 'right')?.overstride // [{ x: 300, y: 410 }, { x: 352, y: 410 }]
 */
export function stillLines(frame: PoseFrame, facing: 'left' | 'right'): StillLines | null {
  const j = frame.joints;
  const legs = (['left', 'right'] as const)
    .map((side) => ({
      hip: seen(j, `${side}_hip`),
      knee: seen(j, `${side}_knee`),
      ankle: seen(j, `${side}_ankle`),
    }))
    .filter((l): l is { hip: Keypoint; knee: Keypoint; ankle: Keypoint } => !!(l.hip && l.knee && l.ankle));
  if (legs.length === 0) return null;
  const ahead = (p: Point) => (facing === 'right' ? p.x : -p.x);
  const front = legs.reduce((a, b) => (ahead(b.ankle) > ahead(a.ankle) ? b : a));
  const hip = mid(seen(j, 'left_hip'), seen(j, 'right_hip')) ?? front.hip;
  const shoulder = mid(seen(j, 'left_shoulder'), seen(j, 'right_shoulder'));
  if (!shoulder) return null;
  return {
    leg: [front.hip, front.knee, front.ankle],
    hip,
    shoulder,
    overstride: [
      { x: hip.x, y: front.ankle.y },
      { x: front.ankle.x, y: front.ankle.y },
    ],
  };
}
