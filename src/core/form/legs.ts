/**
 * The two legs as continuous tracks. Pose models swap left and right labels in side view (the legs overlap),
 * so a leg is followed by continuity, not by its label: in each frame the labelled knee+ankle pairs go to the
 * tracks they continue best, predicted at constant velocity relative to the hips (so travel across the frame
 * or a panning phone does not matter). Which leg is in front is then decided per frame by position.
 */
import type { JointSeries, XY } from './keypoints';
import { FORM_METHOD } from './method';
import { median } from './series';

export interface Leg {
  knee: XY;
  ankle: XY;
}

type Side = 'left' | 'right';
const PARTS = ['knee', 'ankle'] as const;
type Part = (typeof PARTS)[number];

interface PartState {
  x: number;
  y: number;
  vx: number;
  vy: number;
  t: number;
}

const emptyLeg = (n: number): Leg => ({
  knee: { x: new Float64Array(n).fill(NaN), y: new Float64Array(n).fill(NaN) },
  ankle: { x: new Float64Array(n).fill(NaN), y: new Float64Array(n).fill(NaN) },
});

/**
 * Splits the labelled knees and ankles into two legs that stay the same leg from frame to frame, whatever the
 * labels did (all of a side, or the knees or ankles alone). Positions are returned in frame coordinates; NaN where unseen.
 */
export function trackLegs(joints: JointSeries, hip: XY, timesS: readonly number[]): [Leg, Leg] {
  const n = timesS.length;
  const legs: [Leg, Leg] = [emptyLeg(n), emptyLeg(n)];
  const state: [Partial<Record<Part, PartState>>, Partial<Record<Part, PartState>>] = [{}, {}];
  let started = false;

  const observed = (side: Side, part: Part, i: number): [number, number] | null => {
    const p = joints[`${side}_${part}`];
    const x = p.x[i]! - hip.x[i]!;
    const y = p.y[i]! - hip.y[i]!;
    return Number.isNaN(x) || Number.isNaN(y) ? null : [x, y];
  };

  for (let i = 0; i < n; i++) {
    if (Number.isNaN(hip.x[i]!)) continue;
    const t = timesS[i]!;
    const obs: Record<Side, Partial<Record<Part, [number, number]>>> = { left: {}, right: {} };
    for (const side of ['left', 'right'] as const) {
      for (const part of PARTS) {
        const o = observed(side, part, i);
        if (o) obs[side][part] = o;
      }
    }
    if (!started) {
      // Start once both ankles are seen, so each track begins on a different leg.
      if (!obs.left.ankle || !obs.right.ankle) continue;
      started = true;
    }
    const cost = (side: Side, track: 0 | 1, part: Part): number => {
      const o = obs[side][part];
      const st = state[track][part];
      if (!o || !st) return 0;
      const dt = Math.min(t - st.t, FORM_METHOD.maxPredictS);
      return Math.hypot(o[0] - (st.x + st.vx * dt), o[1] - (st.y + st.vy * dt));
    };
    // How much better keeping the labels fits than swapping them, per joint (positive: keep).
    const margin = (part: Part): number =>
      cost('left', 1, part) + cost('right', 0, part) - cost('left', 0, part) - cost('right', 1, part);
    const knee = margin('knee');
    const ankle = margin('ankle');
    // Each joint decides for itself, since models also swap knees or ankles alone; where its own evidence is
    // weak (the two knees, or the two ankles, passing each other) the other joint of the leg tips it.
    const swaps: Record<Part, boolean> = {
      knee: knee + FORM_METHOD.otherJointWeight * ankle < 0,
      ankle: ankle + FORM_METHOD.otherJointWeight * knee < 0,
    };
    for (const track of [0, 1] as const) {
      for (const part of PARTS) {
        const o = obs[(swaps[part] ? ['right', 'left'] : ['left', 'right'])[track] as Side][part];
        if (!o) continue;
        const prev = state[track][part];
        const dt = prev ? t - prev.t : 0;
        const fresh = prev !== undefined && dt > 0 && dt <= FORM_METHOD.maxPredictS;
        state[track][part] = {
          x: o[0],
          y: o[1],
          vx: fresh ? (o[0] - prev.x) / dt : 0,
          vy: fresh ? (o[1] - prev.y) / dt : 0,
          t,
        };
        legs[track][part].x[i] = o[0] + hip.x[i]!;
        legs[track][part].y[i] = o[1] + hip.y[i]!;
      }
    }
  }
  return pairKneesWithAnkles(legs);
}

/**
 * Knees and ankles are followed separately, so which knee goes with which ankle is decided afterwards: the
 * pairing whose shin length stays the steadier over the clip (a shin does not stretch; a knee paired with the
 * other leg's ankle makes a "shin" that grows and shrinks with every stride). This also undoes a swap in the
 * first frame, which the tracking takes as the truth.
 */
function pairKneesWithAnkles(legs: [Leg, Leg]): [Leg, Leg] {
  const wobble = (a: Leg, b: Leg): number => {
    const lengths: number[] = [];
    for (const [knee, ankle] of [
      [a.knee, a.ankle],
      [b.knee, b.ankle],
    ] as const) {
      for (let i = 0; i < knee.x.length; i++) {
        const l = Math.hypot(knee.x[i]! - ankle.x[i]!, knee.y[i]! - ankle.y[i]!);
        if (!Number.isNaN(l)) lengths.push(l);
      }
    }
    const mid = median(lengths);
    return median(lengths.map((l) => Math.abs(l - mid)));
  };
  const [a, b] = legs;
  const crossed: [Leg, Leg] = [
    { knee: a.knee, ankle: b.ankle },
    { knee: b.knee, ankle: a.ankle },
  ];
  return wobble(...crossed) < wobble(a, b) ? crossed : legs;
}

/** Applies a series transform (gap filling, smoothing) to every coordinate of a leg. */
export function mapLeg(leg: Leg, f: (v: Float64Array) => Float64Array): Leg {
  return {
    knee: { x: f(leg.knee.x), y: f(leg.knee.y) },
    ankle: { x: f(leg.ankle.x), y: f(leg.ankle.y) },
  };
}

/**
 * How far each leg's ankle is ahead of the hips along the direction of travel, per frame, and the larger of
 * the two (the front foot's lead, indifferent to which leg is which).
 */
export function ankleLead(legs: readonly [Leg, Leg], hip: XY, direction: 1 | -1): Float64Array[] {
  const lead = legs.map((leg) => leg.ankle.x.map((x, i) => (x - hip.x[i]!) * direction));
  const front = lead[0]!.map((a, i) => {
    const b = lead[1]![i]!;
    return Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b);
  });
  return [lead[0]!, lead[1]!, front];
}
