/**
 * Keypoints as time series: one x and one y array per joint, NaN where the joint is missing, scored too low,
 * or the frame is unusable (nobody, or more than one person). And the stretch of frames worth analysing.
 */
import { FORM_JOINTS, type FormJoint, type PoseFrame } from './types';

export interface XY {
  x: Float64Array;
  y: Float64Array;
}

export type JointSeries = Record<FormJoint, XY>;

/** Whether a frame shows exactly one person with joints. */
export const isSolo = (f: PoseFrame): boolean => f.people === 1 && f.joints !== null;

/** Per-joint series over the frames; a joint counts only in solo frames and when scored at least `minScore`. */
export function jointSeries(frames: readonly PoseFrame[], minScore: number): JointSeries {
  const out = {} as JointSeries;
  for (const joint of FORM_JOINTS) {
    const x = new Float64Array(frames.length).fill(NaN);
    const y = new Float64Array(frames.length).fill(NaN);
    frames.forEach((f, i) => {
      const k = isSolo(f) ? f.joints?.[joint] : undefined;
      if (k && k.score >= minScore && Number.isFinite(k.x) && Number.isFinite(k.y)) {
        x[i] = k.x;
        y[i] = k.y;
      }
    });
    out[joint] = { x, y };
  }
  return out;
}

/** The middle of a left/right pair, or the one present when the other is missing. Indifferent to swapped labels. */
export function midpoint(a: XY, b: XY): XY {
  const mid = (p: number, q: number): number => (Number.isNaN(p) ? q : Number.isNaN(q) ? p : (p + q) / 2);
  return { x: a.x.map((v, i) => mid(v, b.x[i]!)), y: a.y.map((v, i) => mid(v, b.y[i]!)) };
}

/** A half-open range of frame indices. */
export interface Segment {
  start: number;
  end: number;
}

/**
 * The longest stretch (by time) of solo frames, tolerating interruptions of up to `maxGapFrames` frames with
 * nobody or several people (the model misses a frame or sees a passer-by for an instant); null when no solo
 * frame exists.
 * @example longestSoloSegment(frames, 3) // { start: 12, end: 540 }
 */
export function longestSoloSegment(frames: readonly PoseFrame[], maxGapFrames: number): Segment | null {
  let best: Segment | null = null;
  let start = -1;
  let lastSolo = -1;
  const close = (): void => {
    if (start < 0) return;
    const span = frames[lastSolo]!.timeS - frames[start]!.timeS;
    if (!best || span > frames[best.end - 1]!.timeS - frames[best.start]!.timeS) {
      best = { start, end: lastSolo + 1 };
    }
  };
  frames.forEach((f, i) => {
    if (!isSolo(f)) return;
    if (start >= 0 && i - lastSolo - 1 > maxGapFrames) {
      close();
      start = -1;
    }
    if (start < 0) start = i;
    lastSolo = i;
  });
  close();
  return best;
}
