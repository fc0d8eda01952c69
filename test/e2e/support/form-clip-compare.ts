/**
 * How far a pose model's keypoints land from the synthetic runner's true joints. In side view the models often
 * swap left and right (the form check orders legs front/rear for that reason), so each left/right pair is
 * matched whichever way is closer, and errors are kept per joint for the near and far side.
 */
import type { ClipTruth, Point, SideJoint } from './form-clip-kinematics';

export interface ModelKeypoint {
  name: string;
  x: number;
  y: number;
  score: number;
}

export interface ModelFrame {
  timeS: number;
  keypoints: ModelKeypoint[];
}

/** Model names of the side joints (BlazePose calls the toe foot_index; MoveNet has no heel or toe). */
const MODEL_NAME: Partial<Record<SideJoint, string>> = {
  shoulder: 'shoulder',
  elbow: 'elbow',
  wrist: 'wrist',
  hip: 'hip',
  knee: 'knee',
  ankle: 'ankle',
  heel: 'heel',
  toe: 'foot_index',
};

export interface JointErrors {
  /** e.g. 'ankle.near' or 'nose'. */
  joint: string;
  count: number;
  medianPx: number;
  p90Px: number;
  maxPx: number;
  /** Share of frames within the tolerance. */
  within: number;
  /** Mean signed error, pixels: forward along the runner's travel, and down. */
  biasForwardPx: number;
  biasDownPx: number;
}

export interface Comparison {
  joints: JointErrors[];
  framesCompared: number;
  /** Share of left/right pairs the model labelled the other way round. */
  swappedShare: number;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

const dist = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/** Errors per joint of the detections of runner `runner` against the truth, with `tolerancePx` for `within`. */
export function compareToTruth(
  truth: ClipTruth,
  frames: ModelFrame[],
  tolerancePx: number,
  runner = 0,
): Comparison {
  const errors = new Map<string, { d: number; fx: number; dy: number }[]>();
  let dir = 1;
  const push = (k: string, found: Point, known: Point): void => {
    const e = { d: dist(found, known), fx: dir * (found.x - known.x), dy: found.y - known.y };
    errors.set(k, [...(errors.get(k) ?? []), e]);
  };
  let pairs = 0;
  let swapped = 0;
  let compared = 0;
  for (const f of frames) {
    const t = truth.frames[Math.round(f.timeS * truth.params.fps)]?.runners[runner];
    if (!t || f.keypoints.length === 0) continue;
    compared += 1;
    dir = t.facing === 'right' ? 1 : -1;
    const kp = new Map(f.keypoints.map((k) => [k.name, k]));
    const nose = kp.get('nose');
    if (nose) push('nose', nose, t.nose);
    const farSide = t.nearSide === 'left' ? 'right' : 'left';
    for (const [joint, model] of Object.entries(MODEL_NAME) as [SideJoint, string][]) {
      const near = kp.get(`${t.nearSide}_${model}`);
      const far = kp.get(`${farSide}_${model}`);
      if (!near || !far) continue;
      const direct = dist(near, t.near[joint]) + dist(far, t.far[joint]);
      const swap = dist(far, t.near[joint]) + dist(near, t.far[joint]);
      pairs += 1;
      const isSwapped = swap < direct;
      if (isSwapped) swapped += 1;
      push(`${joint}.near`, isSwapped ? far : near, t.near[joint]);
      push(`${joint}.far`, isSwapped ? near : far, t.far[joint]);
    }
  }
  const joints = [...errors.entries()].map(([joint, list]) => {
    const s = list.map((e) => e.d).sort((a, b) => a - b);
    const mean = (f: (e: { fx: number; dy: number }) => number): number =>
      list.reduce((sum, e) => sum + f(e), 0) / list.length;
    return {
      joint,
      count: s.length,
      medianPx: quantile(s, 0.5),
      p90Px: quantile(s, 0.9),
      maxPx: s[s.length - 1] ?? Number.NaN,
      within: s.filter((e) => e <= tolerancePx).length / s.length,
      biasForwardPx: mean((e) => e.fx),
      biasDownPx: mean((e) => e.dy),
    };
  });
  return { joints, framesCompared: compared, swappedShare: pairs ? swapped / pairs : 0 };
}
