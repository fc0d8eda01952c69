/**
 * A synthetic side-view runner for tests (and the e2e, which can feed it to the page's analysis): 2D keypoints
 * with known cadence, overstride, shin angle at contact, trunk lean and vertical oscillation, on a treadmill or
 * travelling across the frame, with optional Gaussian jitter, left/right label swaps and a camera turned away
 * from side-on. Pure: randomness comes in as a function.
 *
 * The legs are two-segment chains (thigh 0.52, shin 0.48 leg lengths) whose segment angles from vertical swing
 * as cosines of the stride phase, so each foot's lead ahead of the hips peaks exactly at its contact with the
 * requested overstride and shin angle, and the legs cross halfway between contacts.
 */
import type { ClipFacts, FormJoint, Keypoint, PoseFrame } from './types';
import { gaussian, seededRandom } from '../random';

export { gaussian, seededRandom };

export interface SyntheticRunnerOptions {
  /** Uniform random numbers in [0, 1), e.g. `seededRandom(1)`. */
  random: () => number;
  fps?: number;
  durationS?: number;
  cadenceSpm?: number;
  /** Ankle ahead of the hips at contact, leg lengths. */
  overstrideLegs?: number;
  /** Shin from vertical at contact, degrees, positive with the ankle ahead of the knee. */
  shinAngleDeg?: number;
  /** Hip-to-shoulder line from vertical, degrees, positive forward. */
  trunkLeanDeg?: number;
  /** Hips' peak-to-trough per step, leg lengths. */
  verticalOscillationLegs?: number;
  facing?: 'left' | 'right';
  /** Hips' drift across the frame, pixels a second (0 on a treadmill or with a phone panning along). */
  travelPxPerS?: number;
  /** Leg length in pixels. */
  legPx?: number;
  /** Standard deviation of Gaussian noise added to every coordinate, pixels. */
  jitterPx?: number;
  /** Share of frames whose left and right labels are swapped. */
  swapShare?: number;
  /** Which joints a swap exchanges (default all): models sometimes swap only the ankles, or only the knees. */
  swapParts?: readonly ('shoulder' | 'hip' | 'knee' | 'ankle' | 'heel' | 'foot_index')[];
  /** Camera turned away from side-on by this much, degrees. */
  yawDeg?: number;
  /** Time of the first contact, seconds (default: random within the first step). */
  firstContactS?: number;
  widthPx?: number;
  heightPx?: number;
}

export interface SyntheticRunner {
  frames: PoseFrame[];
  clip: ClipFacts;
  /** True contact times (each foot's furthest reach), seconds. */
  contactTimesS: number[];
}

const RAD = Math.PI / 180;
const THIGH = 0.52;
const SHIN = 0.48;
const TORSO = 0.6;
/** Thigh and shin angles at their furthest back, degrees. */
const THIGH_BACK_DEG = -22;
const SHIN_BACK_DEG = -55;
/** Half the widths across the body, leg lengths: what a turned camera sees of them. */
const HALF_WIDTH = { shoulder: 0.22, hip: 0.16, knee: 0.1, ankle: 0.1, heel: 0.1, foot_index: 0.1 } as const;

/** @example syntheticRunner({ random: seededRandom(1), cadenceSpm: 170 }).frames.length // 480 (8 s at 60 fps) */
export function syntheticRunner(o: SyntheticRunnerOptions): SyntheticRunner {
  const fps = o.fps ?? 60;
  const durationS = o.durationS ?? 8;
  const stepS = 60 / (o.cadenceSpm ?? 170);
  const overstride = o.overstrideLegs ?? 0.2;
  const shinC = (o.shinAngleDeg ?? 6) * RAD;
  const lean = (o.trunkLeanDeg ?? 6) * RAD;
  const vo = o.verticalOscillationLegs ?? 0.08;
  const d = o.facing === 'left' ? -1 : 1;
  const legPx = o.legPx ?? 200;
  const widthPx = o.widthPx ?? 1280;
  const heightPx = o.heightPx ?? 720;
  const travel = o.travelPxPerS ?? 0;
  const yaw = (o.yawDeg ?? 0) * RAD;
  const t0 = o.firstContactS ?? o.random() * stepS;

  const thighC = Math.asin((overstride - SHIN * Math.sin(shinC)) / THIGH);
  const thighBack = THIGH_BACK_DEG * RAD;
  const shinBack = SHIN_BACK_DEG * RAD;

  const frames: PoseFrame[] = [];
  const n = Math.round(durationS * fps);
  for (let i = 0; i < n; i++) {
    const t = i / fps;
    const hipX = widthPx / 2 + d * travel * (t - durationS / 2);
    const hipY = heightPx / 2 + (vo / 2) * legPx * Math.sin((2 * Math.PI * (t - t0)) / stepS);
    // Sagittal offsets from the hips in leg lengths (forward, down), and which side of the body.
    const body: [FormJoint, number, number][] = [];
    const shoulder: [number, number] = [TORSO * Math.sin(lean), -TORSO * Math.cos(lean)];
    body.push(['left_shoulder', ...shoulder], ['right_shoulder', ...shoulder]);
    body.push(['nose', shoulder[0] + 0.12, shoulder[1] - 0.2]);
    body.push(['left_hip', 0, 0], ['right_hip', 0, 0]);
    (['left', 'right'] as const).forEach((side, leg) => {
      const c = Math.cos((Math.PI * (t - t0 - leg * stepS)) / stepS);
      const a = (thighC + thighBack) / 2 + ((thighC - thighBack) / 2) * c;
      const b = (shinC + shinBack) / 2 + ((shinC - shinBack) / 2) * c;
      const knee: [number, number] = [THIGH * Math.sin(a), THIGH * Math.cos(a)];
      const ankle: [number, number] = [knee[0] + SHIN * Math.sin(b), knee[1] + SHIN * Math.cos(b)];
      body.push([`${side}_knee`, ...knee], [`${side}_ankle`, ...ankle]);
      body.push([`${side}_heel`, ankle[0] - 0.06, ankle[1] + 0.04]);
      body.push([`${side}_foot_index`, ankle[0] + 0.2, ankle[1] + 0.06]);
    });

    const swap = o.random() < (o.swapShare ?? 0);
    const joints: Partial<Record<FormJoint, Keypoint>> = {};
    for (const [joint, fwd, down] of body) {
      const side = joint.startsWith('left_') ? 1 : joint.startsWith('right_') ? -1 : 0;
      const part = joint.replace(/^(left|right)_/, '') as keyof typeof HALF_WIDTH;
      const across = side * (HALF_WIDTH[part] ?? 0) * Math.sin(yaw);
      const jitter = (): number => (o.jitterPx ? o.jitterPx * gaussian(o.random) : 0);
      const label =
        swap && side !== 0 && (!o.swapParts || o.swapParts.includes(part))
          ? (joint.replace(/^(left|right)_/, side > 0 ? 'right_' : 'left_') as FormJoint)
          : joint;
      joints[label] = {
        x: hipX + d * (fwd * Math.cos(yaw) + across) * legPx + jitter(),
        y: hipY + down * legPx + jitter(),
        score: side < 0 ? 0.7 : 0.9,
      };
    }
    frames.push({ timeS: t, people: 1, joints });
  }

  const contactTimesS: number[] = [];
  for (let t = t0; t < durationS; t += stepS) contactTimesS.push(t);
  return {
    frames,
    clip: { widthPx, heightPx, durationS, frameTimesS: frames.map((f) => f.timeS) },
    contactTimesS,
  };
}
