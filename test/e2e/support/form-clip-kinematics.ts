/**
 * A kinematic side-view runner for the form check's end-to-end tests (issue 14). No permissively licensed
 * side-view running clip exists, so the tests draw one whose answers are known: contact times, cadence, trunk
 * lean, overstride and shin angle at contact follow from the parameters. The ankle's path relative to the hip is
 * set directly (so the overstride is exact) and the knee comes from two-link inverse kinematics, which gives the
 * swing's knee flexion. Pure: no I/O, no DOM, so the same joints can be drawn in Chromium and checked in Node.
 *
 * World units are metres with x forward along the runner's travel and y up from the ground; the returned joints
 * are in frame pixels (x right, y down), like the pose model's.
 */

export type Facing = 'left' | 'right';
export type Motion = 'crossing' | 'treadmill' | 'standing';

export interface RunnerParams {
  cadenceSpm: number;
  /** Ankle ahead of the hip at foot contact, metres. */
  overstrideM: number;
  /** Hip-to-shoulder line from vertical, degrees, positive leaning forward. */
  trunkLeanDeg: number;
  /** Peak-to-peak up-and-down travel of the hips within each step, metres. */
  verticalOscillationM: number;
  facing: Facing;
  /** crossing: the camera pans but the runner drifts across the frame; treadmill: in place; standing: still. */
  motion: Motion;
  heightM?: number;
  speedMps?: number;
  /** Stance time over stride time. */
  dutyFactor?: number;
  /** Stride phase of the near leg at t = 0 (0 is its foot contact). */
  startPhase?: number;
  /** Hip position across the frame as a fraction of its width: at the start, and at the end (crossing only). */
  xStartFrac?: number;
  xEndFrac?: number;
  /** Standing height over frame height. */
  heightFrac?: number;
}

export interface ClipParams {
  widthPx: number;
  heightPx: number;
  fps: number;
  durationS: number;
  runners: RunnerParams[];
}

export const SIDE_JOINTS = ['shoulder', 'elbow', 'wrist', 'hip', 'knee', 'ankle', 'heel', 'toe'] as const;
export type SideJoint = (typeof SIDE_JOINTS)[number];
export interface Point {
  x: number;
  y: number;
}

/** One runner in one frame, in pixels. Near is the side facing the camera. */
export interface RunnerPose {
  head: Point;
  /** Radius of the head, pixels. */
  headR: number;
  nose: Point;
  neck: Point;
  near: Record<SideJoint, Point>;
  far: Record<SideJoint, Point>;
  /** Which anatomical side is near the camera: facing right the camera sees the runner's left. */
  nearSide: 'left' | 'right';
  facing: Facing;
  /** Pixels per metre, for limb thickness. */
  scale: number;
}

export interface FramePoses {
  index: number;
  timeS: number;
  runners: RunnerPose[];
  /** Screen x of the world's x = 0 on the ground, for a background that moves with the ground. */
  groundShiftPx: number;
  groundYPx: number;
}

export interface ContactTruth {
  timeS: number;
  /** The frame closest to the contact. */
  frame: number;
  side: 'left' | 'right';
  overstridePx: number;
  overstrideLegs: number;
  /** Shin from vertical, positive when the ankle is ahead of the knee. */
  shinAngleDeg: number;
}

export interface RunnerTruth {
  facing: Facing;
  cadenceSpm: number;
  trunkLeanDeg: number;
  overstrideM: number;
  /** Thigh plus shank, pixels. */
  legLengthPx: number;
  /** Median hip-to-ankle distance over all frames and both legs, pixels (how the core scales). */
  medianHipAnklePx: number;
  overstrideLegs: number;
  verticalOscillationLegs: number;
  shinAngleAtContactDeg: number;
  contacts: ContactTruth[];
}

export interface ClipTruth {
  params: ClipParams;
  frames: FramePoses[];
  runners: RunnerTruth[];
}

const DEG = Math.PI / 180;
const frac = (v: number): number => v - Math.floor(v);
const ease = (s: number): number => (1 - Math.cos(Math.PI * s)) / 2;
const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

interface Body {
  h: number;
  thigh: number;
  shank: number;
  leg: number;
  trunk: number;
  upperArm: number;
  forearm: number;
  ankleY: number;
  v: number;
  duty: number;
  stride: number;
  hipY0: number;
  scale: number;
}

function body(r: RunnerParams, clip: ClipParams): Body {
  const h = r.heightM ?? 1.78;
  const k = h / 1.78;
  const thigh = 0.44 * k;
  const shank = 0.44 * k;
  const leg = thigh + shank;
  const duty = r.dutyFactor ?? 0.32;
  const stride = 120 / r.cadenceSpm;
  const ankleY = 0.085 * k;
  // The hip sits so that the leg is 97 % extended at contact, the lowest hip of the step being at mid-stance.
  const atContact = Math.sqrt((0.97 * leg) ** 2 - r.overstrideM ** 2);
  const oscAtContact = -(r.verticalOscillationM / 2) * Math.cos(2 * Math.PI * -duty);
  const hipY0 = r.motion === 'standing' ? ankleY + 0.995 * leg : ankleY + atContact - oscAtContact;
  return {
    h,
    thigh,
    shank,
    leg,
    trunk: 0.52 * k,
    upperArm: 0.3 * k,
    forearm: 0.26 * k,
    ankleY,
    v: r.motion === 'standing' ? 0 : (r.speedMps ?? 3.2),
    duty,
    stride,
    hipY0,
    scale: ((r.heightFrac ?? 0.66) * clip.heightPx) / h,
  };
}

/** The near leg's stride phase at time t. */
function phaseAt(r: RunnerParams, b: Body, t: number): number {
  return frac(t / b.stride + (r.startPhase ?? 0));
}

function hipHeight(r: RunnerParams, b: Body, phase: number): number {
  if (r.motion === 'standing') return b.hipY0;
  return b.hipY0 - (r.verticalOscillationM / 2) * Math.cos(2 * Math.PI * (2 * phase - b.duty));
}

/** Ankle relative to the hip (x forward, metres) and its height above the ground, for one leg at `phase`. */
function ankleAt(r: RunnerParams, b: Body, phase: number, hipY: number): Point {
  if (r.motion === 'standing') return { x: phase < 0.5 ? 0.04 : -0.04, y: b.ankleY };
  const reach = 0.985 * b.leg;
  const fit = (x: number, y: number, hy: number): Point => {
    // Late in stance the heel lifts: raise the ankle until the leg can reach it.
    const dx = Math.min(Math.abs(x), reach * 0.999);
    return { x, y: Math.max(y, hy - Math.sqrt(reach ** 2 - dx ** 2)) };
  };
  const xc = r.overstrideM;
  if (phase < b.duty) return fit(xc - b.v * phase * b.stride, b.ankleY, hipY);
  const off = fit(xc - b.v * b.duty * b.stride, b.ankleY, hipHeight(r, b, b.duty));
  const yOff = off.y;
  const s = (phase - b.duty) / (1 - b.duty);
  const lift = 0.4 * (b.h / 1.78);
  const x = off.x + (xc - off.x) * ease(s) - 0.12 * Math.sin(Math.PI * s) * (1 - s) ** 2;
  const y = yOff + (b.ankleY - yOff) * s + lift * Math.sin(Math.PI * s ** 0.75);
  const d = Math.hypot(x, hipY - y);
  if (d <= reach) return { x, y };
  const k = reach / d;
  return { x: x * k, y: hipY - (hipY - y) * k };
}

/** Knee by two-link inverse kinematics, bending forward. */
function kneeAt(b: Body, hip: Point, ankle: Point): Point {
  const dx = ankle.x - hip.x;
  const dy = ankle.y - hip.y;
  const d = Math.min(Math.hypot(dx, dy), b.thigh + b.shank - 1e-6);
  const cosA = (b.thigh ** 2 + d ** 2 - b.shank ** 2) / (2 * b.thigh * d);
  const a = Math.acos(Math.max(-1, Math.min(1, cosA)));
  const ux = dx / Math.hypot(dx, dy);
  const uy = dy / Math.hypot(dx, dy);
  // Counter-clockwise with y up turns a downward leg forward (+x).
  return {
    x: hip.x + b.thigh * (ux * Math.cos(a) - uy * Math.sin(a)),
    y: hip.y + b.thigh * (ux * Math.sin(a) + uy * Math.cos(a)),
  };
}

/** Foot pitch, degrees, positive toe up: heel strike, flat, push-off, then back through the swing. */
function footPitch(r: RunnerParams, b: Body, phase: number): number {
  if (r.motion === 'standing') return 0;
  const strike = Math.min(20, 4 + 40 * Math.max(0, r.overstrideM));
  if (phase < b.duty) {
    const p = phase / b.duty;
    if (p < 0.3) return strike * (1 - ease(p / 0.3));
    if (p < 0.6) return 0;
    return -40 * ease((p - 0.6) / 0.4);
  }
  return -40 + (40 + strike) * ease((phase - b.duty) / (1 - b.duty));
}

const rot = (p: Point, deg: number): Point => {
  const c = Math.cos(deg * DEG);
  const s = Math.sin(deg * DEG);
  return { x: p.x * c - p.y * s, y: p.x * s + p.y * c };
};
const add = (a: Point, b: Point): Point => ({ x: a.x + b.x, y: a.y + b.y });
const scaleP = (p: Point, k: number): Point => ({ x: p.x * k, y: p.y * k });

/** One side's leg and arm in world metres relative to the mid-hip on the ground's height scale. */
function side(
  r: RunnerParams,
  b: Body,
  phase: number,
  hip: Point,
  shoulder: Point,
): Record<SideJoint, Point> {
  const a = ankleAt(r, b, phase, hip.y);
  const ankle = { x: hip.x + a.x, y: a.y };
  const knee = kneeAt(b, hip, ankle);
  const pitch = footPitch(r, b, phase);
  const k = b.h / 1.78;
  const heel = add(ankle, rot({ x: -0.085 * k, y: -0.055 * k }, pitch));
  const toe = add(ankle, rot({ x: 0.19 * k, y: -0.065 * k }, pitch));
  // The arm swings against the same side's leg: furthest back as that leg reaches forward to land.
  const running = r.motion !== 'standing';
  const armDeg = running ? -6 - 32 * Math.cos(2 * Math.PI * (phase - 0.97)) : 0;
  const elbowFlex = running ? 88 + 10 * Math.sin(2 * Math.PI * phase) : 8;
  const upper = rot({ x: 0, y: -b.upperArm }, armDeg);
  const elbow = add(shoulder, upper);
  const wrist = add(elbow, rot(scaleP(upper, b.forearm / b.upperArm), elbowFlex));
  return { shoulder, elbow, wrist, hip, knee, ankle, heel, toe };
}

function runnerScreenX(r: RunnerParams, clip: ClipParams, t: number): number {
  const x0 = (r.xStartFrac ?? 0.5) * clip.widthPx;
  if (r.motion !== 'crossing') return x0;
  const x1 = (r.xEndFrac ?? 0.5) * clip.widthPx;
  return x0 + (x1 - x0) * clamp01(t / clip.durationS);
}

/** The ground line's height in the frame. */
export const groundY = (clip: ClipParams): number => clip.heightPx * 0.9;

function poseAt(r: RunnerParams, clip: ClipParams, t: number): { pose: RunnerPose; world: WorldPose } {
  const b = body(r, clip);
  const phase = phaseAt(r, b, t);
  const hip = { x: 0, y: hipHeight(r, b, phase) };
  const lean = r.motion === 'standing' ? 0 : r.trunkLeanDeg;
  const shoulder = add(hip, rot({ x: 0, y: b.trunk }, -lean));
  const neck = add(hip, rot({ x: 0, y: b.trunk + 0.06 * (b.h / 1.78) }, -lean));
  const headR = 0.115 * (b.h / 1.78);
  const head = add(neck, { x: 0.02, y: headR + 0.05 });
  const nose = add(head, { x: headR * 1.05, y: -0.01 });
  const near = side(r, b, phase, hip, shoulder);
  const far = side(r, b, frac(phase + 0.5), hip, shoulder);
  const dir = r.facing === 'right' ? 1 : -1;
  const sx = runnerScreenX(r, clip, t);
  const gy = groundY(clip);
  const px = (p: Point): Point => ({ x: sx + dir * p.x * b.scale, y: gy - p.y * b.scale });
  const toPx = (s: Record<SideJoint, Point>): Record<SideJoint, Point> =>
    Object.fromEntries(SIDE_JOINTS.map((j) => [j, px(s[j])])) as Record<SideJoint, Point>;
  return {
    pose: {
      head: px(head),
      headR: headR * b.scale,
      nose: px(nose),
      neck: px(neck),
      near: toPx(near),
      far: toPx(far),
      nearSide: r.facing === 'right' ? 'left' : 'right',
      facing: r.facing,
      scale: b.scale,
    },
    world: { phase, near, far },
  };
}

interface WorldPose {
  phase: number;
  near: Record<SideJoint, Point>;
  far: Record<SideJoint, Point>;
}

/** Every frame's joints for every runner. */
export function runningClip(clip: ClipParams): ClipTruth {
  const count = Math.round(clip.durationS * clip.fps);
  const frames: FramePoses[] = [];
  const lead = clip.runners[0];
  for (let i = 0; i < count; i += 1) {
    const t = i / clip.fps;
    let groundShiftPx = 0;
    if (lead && lead.motion === 'crossing') {
      const b = body(lead, clip);
      const dir = lead.facing === 'right' ? 1 : -1;
      groundShiftPx = runnerScreenX(lead, clip, t) - dir * b.v * t * b.scale;
    }
    frames.push({
      index: i,
      timeS: t,
      runners: clip.runners.map((r) => poseAt(r, clip, t).pose),
      groundShiftPx,
      groundYPx: groundY(clip),
    });
  }
  return { params: clip, frames, runners: clip.runners.map((r, n) => truthFor(r, n, clip, frames)) };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function truthFor(r: RunnerParams, n: number, clip: ClipParams, frames: FramePoses[]): RunnerTruth {
  const b = body(r, clip);
  const hipAnkle: number[] = [];
  for (const f of frames) {
    const p = f.runners[n];
    if (!p) continue;
    for (const s of [p.near, p.far]) hipAnkle.push(Math.hypot(s.ankle.x - s.hip.x, s.ankle.y - s.hip.y));
  }
  const medianHipAnklePx = median(hipAnkle);
  const contacts: ContactTruth[] = [];
  const running = r.motion !== 'standing';
  const start = r.startPhase ?? 0;
  for (let k = -1; running && k < (clip.durationS / b.stride) * 2 + 2; k += 1) {
    // The near foot lands at phase 0, the far one half a stride later.
    const timeS = (k / 2 - start) * b.stride;
    if (timeS < 0 || timeS >= clip.durationS) continue;
    const { world } = poseAt(r, clip, timeS);
    const leg = k % 2 === 0 ? world.near : world.far;
    const nearSide = r.facing === 'right' ? 'left' : 'right';
    const farSide = nearSide === 'left' ? 'right' : 'left';
    const overstridePx = (leg.ankle.x - leg.hip.x) * b.scale;
    const shin = Math.atan2(leg.ankle.x - leg.knee.x, leg.knee.y - leg.ankle.y) / DEG;
    contacts.push({
      timeS,
      frame: Math.round(timeS * clip.fps),
      side: k % 2 === 0 ? nearSide : farSide,
      overstridePx,
      overstrideLegs: overstridePx / medianHipAnklePx,
      shinAngleDeg: shin,
    });
  }
  const legLengthPx = b.leg * b.scale;
  return {
    facing: r.facing,
    cadenceSpm: running ? r.cadenceSpm : 0,
    trunkLeanDeg: running ? r.trunkLeanDeg : 0,
    overstrideM: running ? r.overstrideM : 0,
    legLengthPx,
    medianHipAnklePx,
    overstrideLegs: running ? (r.overstrideM * b.scale) / medianHipAnklePx : 0,
    verticalOscillationLegs: running ? (r.verticalOscillationM * b.scale) / medianHipAnklePx : 0,
    shinAngleAtContactDeg: contacts[0]?.shinAngleDeg ?? 0,
    contacts,
  };
}
