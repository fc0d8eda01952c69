/**
 * The form measures from smoothed keypoints: contacts, cadence, overstride and shin angle at contact, trunk
 * lean and the hips' vertical oscillation, each as a median over steps with the spread between steps and the
 * method's error band (derivations in the comments and in FORM_METHOD).
 */
import { at, findPeaks } from './contacts';
import type { XY } from './keypoints';
import { ankleLead, type Leg } from './legs';
import { FORM_METHOD } from './method';
import { iqr, median } from './series';
import type { FootContact, FormMetrics, Measure } from './types';

/** Smoothed keypoints of the analysed stretch, with what is already known about the runner. */
export interface Kinematics {
  timesS: readonly number[];
  /** Index of the stretch's first frame among the frames given to the analysis. */
  firstFrame: number;
  hip: XY;
  shoulder: XY;
  legs: readonly [Leg, Leg];
  direction: 1 | -1;
  legLengthPx: number;
}

const DEG = 180 / Math.PI;
const dist = (ax: number, ay: number, bx: number, by: number): number => Math.hypot(ax - bx, ay - by);

/**
 * Leg length in pixels: the median over frames and both legs of hip→knee plus knee→ankle. The sum of the two
 * segments does not depend on how bent the knee is, so every frame counts, and it equals the straight hip-to-
 * ankle length without having to find the frames where the leg is straight (few, and brief, in running).
 */
export function legLengthPx(hip: XY, legs: readonly [Leg, Leg]): number {
  const lengths: number[] = [];
  for (const leg of legs) {
    for (let i = 0; i < hip.x.length; i++) {
      const thigh = dist(hip.x[i]!, hip.y[i]!, leg.knee.x[i]!, leg.knee.y[i]!);
      const shin = dist(leg.knee.x[i]!, leg.knee.y[i]!, leg.ankle.x[i]!, leg.ankle.y[i]!);
      if (!Number.isNaN(thigh + shin)) lengths.push(thigh + shin);
    }
  }
  return median(lengths);
}

/** Angle of the line from `a` (lower) to `b` (upper) away from vertical, positive towards the direction. */
const fromVertical = (ax: number, ay: number, bx: number, by: number, direction: 1 | -1): number =>
  Math.atan2((bx - ax) * direction, ay - by) * DEG;

/** One error value in pixels for any keypoint (FORM_METHOD.keypointErrorLegs, floored in pixels). */
const keypointErrorPx = (legPx: number): number =>
  Math.max(FORM_METHOD.keypointErrorLegs * legPx, FORM_METHOD.keypointErrorMinPx);

/** The literature's 2D angle error, or the error two keypoints' placement makes on a short segment if larger. */
const angleBand = (segmentPx: number, legPx: number): number =>
  Math.max(FORM_METHOD.angleErrorDeg, Math.atan((Math.SQRT2 * keypointErrorPx(legPx)) / segmentPx) * DEG);

const measure = (values: readonly number[], band: number, value = median(values)): Measure => ({
  value,
  spread: values.length > 1 ? iqr(values) : 0,
  band,
});

export type StepMetrics = Omit<FormMetrics, 'facing'>;

/** Contacts and measures; `steps` is the number of contacts. */
export function measureSteps(k: Kinematics): StepMetrics {
  const L = k.legLengthPx;
  const [leadA, leadB, front] = ankleLead(k.legs, k.hip, k.direction);
  const frameS = median(k.timesS.slice(1).map((t, i) => t - k.timesS[i]!));
  const peaks = findPeaks(front!, {
    minDistance: Math.ceil(FORM_METHOD.minStepIntervalS / frameS - 1e-9),
    minProminence: FORM_METHOD.minContactProminenceLegs * L,
  });

  const shinLengths: number[] = [];
  /** How fast the shin turns at each contact, degrees a second: landing's timing error becomes angle error. */
  const shinRates: number[] = [];
  const contacts: FootContact[] = peaks.map((p) => {
    const leg = k.legs[leadA![p.index]! >= leadB![p.index]! ? 0 : 1];
    const frame = Math.round(p.centre);
    // The shin leans back from ankle to knee when the ankle is ahead: the negative of the knee's lean.
    const shin = (i: number): number =>
      -fromVertical(leg.ankle.x[i]!, leg.ankle.y[i]!, leg.knee.x[i]!, leg.knee.y[i]!, k.direction);
    const below = Math.floor(p.centre);
    const before = Math.max(0, below - 1);
    const after = Math.min(k.timesS.length - 1, below + 2);
    const span = k.timesS[after]! - k.timesS[before]!;
    if (span > 0) shinRates.push(Math.abs(shin(after) - shin(before)) / span);
    shinLengths.push(dist(leg.knee.x[frame]!, leg.knee.y[frame]!, leg.ankle.x[frame]!, leg.ankle.y[frame]!));
    return {
      frame: k.firstFrame + frame,
      timeS: at(k.timesS, p.centre),
      overstrideLegs: p.value / L,
      shinAngleDeg: at([shin(below), shin(below + 1)], p.centre - below),
      points: {
        hip: pointAt(k.hip, frame),
        shoulder: pointAt(k.shoulder, frame),
        knee: pointAt(leg.knee, frame),
        ankle: pointAt(leg.ankle, frame),
      },
    };
  });

  const times = contacts.map((c) => c.timeS);
  const cadence = cadenceFrom(times, frameS);
  const steps = cadence.singleSteps;

  const leanPerFrame = Array.from(k.hip.x, (hx, i) =>
    fromVertical(hx, k.hip.y[i]!, k.shoulder.x[i]!, k.shoulder.y[i]!, k.direction),
  );
  const leanPerStep = steps.map(([a, b]) => median(leanPerFrame.slice(peaks[a]!.index, peaks[b]!.index)));
  const oscillation = steps.map(([a, b]) => peakToTrough(k.hip.y, peaks[a]!.index, peaks[b]!.index) / L);
  const torsoPx = median(
    Array.from(k.hip.x, (hx, i) => dist(hx, k.hip.y[i]!, k.shoulder.x[i]!, k.shoulder.y[i]!)),
  );
  const errorLegs = keypointErrorPx(L) / L;

  return {
    steps: contacts.length,
    cadenceSpm: cadence.measure,
    // The lead is the difference of two keypoints' x: their errors add in quadrature.
    overstrideLegs: measure(
      contacts.map((c) => c.overstrideLegs),
      Math.SQRT2 * errorLegs,
    ),
    // Around landing the shin swings fast (on a drawn runner about 5° a frame at 60 fps), so the contact's
    // timing error (stepTimingErrorS) adds to the keypoints' angle error.
    shinAngleDeg: measure(
      contacts.map((c) => c.shinAngleDeg),
      Math.hypot(
        angleBand(median(shinLengths), L),
        (shinRates.length ? median(shinRates) : 0) * FORM_METHOD.stepTimingErrorS,
      ),
    ),
    trunkLeanDeg: measure(leanPerStep, angleBand(torsoPx, L), median(leanPerFrame)),
    // Peak-to-trough of one joint: only the frame-to-frame jitter of two readings counts.
    verticalOscillationLegs: measure(oscillation, Math.SQRT2 * FORM_METHOD.keypointJitterShare * errorLegs),
    legLengthPx: L,
    contacts,
  };
}

const pointAt = (p: XY, i: number): { x: number; y: number } => ({ x: p.x[i]!, y: p.y[i]! });

/** Peak-to-trough of y between two frames, after removing the straight line between its ends (camera tilt, drift). */
function peakToTrough(y: Float64Array, from: number, to: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = from; i <= to; i++) {
    const v = y[i]! - (y[from]! + ((y[to]! - y[from]!) * (i - from)) / (to - from));
    if (Number.isNaN(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return hi - lo;
}

/**
 * Cadence from contact times. Each interval counts as a whole number of steps (a missed contact makes one
 * interval two steps: rounding against the median interval), then a least-squares line of time against step
 * number gives the step period: it uses every contact and is far less sensitive to one contact's timing than a
 * median of intervals quantised to whole frames. The spread is over single-step intervals; the band is twice
 * the slope's standard error from the step-timing error and the frame interval's rounding (1/√12 of a frame).
 */
export function cadenceFrom(
  timesS: readonly number[],
  frameS: number,
): { measure: Measure; singleSteps: [number, number][] } {
  if (timesS.length < 2) return { measure: { value: NaN, spread: 0, band: NaN }, singleSteps: [] };
  const intervals = timesS.slice(1).map((t, i) => t - timesS[i]!);
  const typical = median(intervals);
  const stepNumbers = [0];
  const singleSteps: [number, number][] = [];
  intervals.forEach((d, i) => {
    const count = Math.max(1, Math.round(d / typical));
    stepNumbers.push(stepNumbers[i]! + count);
    if (count === 1) singleSteps.push([i, i + 1]);
  });
  const n = timesS.length;
  const meanK = stepNumbers.reduce((s, v) => s + v, 0) / n;
  const meanT = timesS.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let sxy = 0;
  stepNumbers.forEach((kk, i) => {
    sxx += (kk - meanK) ** 2;
    sxy += (kk - meanK) * (timesS[i]! - meanT);
  });
  const period = sxy / sxx;
  const sigma = Math.hypot(FORM_METHOD.stepTimingErrorS, frameS / Math.sqrt(12));
  const periodError = sigma / Math.sqrt(sxx);
  return {
    measure: {
      value: 60 / period,
      spread: singleSteps.length > 1 ? iqr(singleSteps.map(([a]) => 60 / intervals[a]!)) : 0,
      band: (2 * 60 * periodError) / period ** 2,
    },
    singleSteps,
  };
}
