/**
 * The quality gate: each check says, in plain words, why a clip can't be measured and what to do instead.
 * `analyseForm` runs them in the order that makes the most useful reason win: who is in the clip first, then
 * whether its timing can be trusted, then how long and how visible the running is, then the steps themselves.
 */
import { fail, type Failure } from '../result';
import { type JointSeries, type Segment, type XY } from './keypoints';
import { FORM_METHOD as M } from './method';
import { median } from './series';
import type { ClipFacts, FormRefusal, PoseFrame } from './types';

type Refusal = { ok: false; error: Failure<FormRefusal> };

const seconds = (s: number): string => `${s.toFixed(1)} s`;
const percent = (share: number): string => `${Math.round(share * 100)}%`;
const spanS = (frames: readonly PoseFrame[], seg: Segment | null): number =>
  seg ? frames[seg.end - 1]!.timeS - frames[seg.start]!.timeS : 0;

/** Nobody found, or too many frames with someone else in them to find a stretch with the runner alone. */
export function checkPeople(frames: readonly PoseFrame[], segment: Segment | null): Refusal | null {
  const frameS = typicalInterval(frames.map((f) => f.timeS)) || 1 / 30;
  const withPerson = frames.filter((f) => f.people >= 1 && f.joints !== null).length;
  if (withPerson * frameS < M.minPersonS) {
    return fail<FormRefusal>(
      'no_person',
      'Nobody could be found in this clip. Film from the side, 3 to 5 metres away, with your whole body in view from head to feet, in good light.',
    );
  }
  const crowded = frames.filter((f) => f.people > 1).length / frames.length;
  if (crowded >= M.severalPeopleShare && spanS(frames, segment) < M.minDurationS) {
    return fail<FormRefusal>(
      'several_people',
      `Someone else is in view for ${percent(crowded)} of the clip, and the check can follow only one runner. Film where nobody else passes through the picture, or trim the clip to the part where you run alone.`,
      { share: crowded },
    );
  }
  return null;
}

/** Slow motion written in the container, or frame timing too irregular or too sparse to time steps with. */
export function checkTiming(clip: ClipFacts, frames: readonly PoseFrame[]): Refusal | null {
  const frameS = typicalInterval(clip.frameTimesS);
  const playbackFps = 1 / frameS;
  if (clip.captureFps !== undefined && clip.captureFps > playbackFps * M.maxCaptureToPlaybackRatio) {
    return fail<FormRefusal>(
      'slow_motion',
      `This clip was filmed in slow motion (${Math.round(clip.captureFps)} frames a second, played back at ${Math.round(playbackFps)}), so your steps look slower than they were. Record at normal speed, at 60 frames a second if your phone offers it.`,
      { captureFps: clip.captureFps, playbackFps },
    );
  }
  for (const times of [clip.frameTimesS, frames.map((f) => f.timeS)]) {
    const refusal = timingRefusal(times);
    if (refusal) return refusal;
  }
  return null;
}

function timingRefusal(times: readonly number[]): Refusal | null {
  const frameS = typicalInterval(times);
  if (!(frameS > 0) || 1 / frameS < M.minFps) {
    const fps = frameS > 0 ? Math.round(1 / frameS) : 0;
    return fail<FormRefusal>(
      'uneven_frames',
      `This clip has only ${fps} frames a second, too few to time steps. Record at 30, or better 60, frames a second.`,
      { fps },
    );
  }
  const intervals = times.slice(1).map((t, i) => t - times[i]!);
  const irregular =
    intervals.filter((d) => d < frameS * M.irregularIntervalLow || d > frameS * M.irregularIntervalHigh)
      .length / Math.max(1, intervals.length);
  const longest = Math.max(0, ...intervals);
  if (irregular > M.maxIrregularShare || longest > M.maxFrameGapS) {
    return fail<FormRefusal>(
      'uneven_frames',
      `The frames of this clip are unevenly spaced in time (${percent(irregular)} arrive early, late or twice; the longest gap is ${seconds(longest)}), so steps can't be timed. This happens with some edited, converted or screen-recorded clips: record straight from the phone's camera app.`,
      { irregularShare: irregular, longestGapS: longest },
    );
  }
  return null;
}

/** Too little running with the runner alone in view. */
export function checkDuration(frames: readonly PoseFrame[], segment: Segment | null): Refusal | null {
  const span = spanS(frames, segment);
  if (span >= M.minDurationS) return null;
  return fail<FormRefusal>(
    'too_short',
    `There are only ${seconds(span)} of running with you in view; the check needs at least ${M.minDurationS} s. Record 5 to 10 seconds of steady running, side-on, keeping your whole body in the picture.`,
    { durationS: span },
  );
}

/** Hips, knees and ankles must be seen with confidence in most frames. */
export function checkLowerBody(joints: JointSeries): Refusal | null {
  const n = joints.left_hip.x.length;
  const seen = (a: XY, b: XY, i: number): boolean => !Number.isNaN(a.x[i]!) || !Number.isNaN(b.x[i]!);
  let clear = 0;
  for (let i = 0; i < n; i++) {
    if (
      seen(joints.left_hip, joints.right_hip, i) &&
      seen(joints.left_knee, joints.right_knee, i) &&
      seen(joints.left_ankle, joints.right_ankle, i)
    ) {
      clear++;
    }
  }
  const share = clear / Math.max(1, n);
  if (share >= M.minLowerBodyShare) return null;
  return fail<FormRefusal>(
    'low_confidence',
    `Your hips, knees and feet were clearly visible in only ${percent(share)} of the clip. Keep your whole body, feet included, inside the picture, film in good light, and avoid baggy clothes or a busy background if you can.`,
    { share },
  );
}

/**
 * Side-on when the near and far shoulders (and hips) line up horizontally: their horizontal distance apart,
 * over torso length, is small (FORM_METHOD.maxSideOnWidthTorso says why 0.3).
 */
export function checkSideOn(joints: JointSeries, hip: XY, shoulder: XY): Refusal | null {
  const ratios: number[] = [];
  for (let i = 0; i < hip.x.length; i++) {
    const torso = Math.hypot(shoulder.x[i]! - hip.x[i]!, shoulder.y[i]! - hip.y[i]!);
    const shoulders = Math.abs(joints.left_shoulder.x[i]! - joints.right_shoulder.x[i]!);
    const hips = Math.abs(joints.left_hip.x[i]! - joints.right_hip.x[i]!);
    const r = (shoulders + hips) / 2 / torso;
    if (Number.isFinite(r)) ratios.push(r);
  }
  const width = median(ratios);
  if (!(width > M.maxSideOnWidthTorso)) return null;
  return fail<FormRefusal>(
    'not_side_on',
    'The camera sees you from the front or at an angle rather than from the side, which shortens your stride in the picture. Stand the phone level at hip height, directly side-on to where you run, so your near and far shoulders line up.',
    { widthOverTorso: width },
  );
}

/**
 * Enough contacts, at a rate that is running. Slow steps come first: a clip slowed four times shows only a few
 * steps, and "too few steps" would send the runner to film longer instead of at normal speed.
 */
export function checkSteps(contacts: number, cadenceSpm: number): Refusal | null {
  if (contacts >= 3 && cadenceSpm < M.minRunningCadenceSpm) {
    return fail<FormRefusal>(
      'slow_motion',
      `The steps in this clip come at ${Math.round(cadenceSpm)} a minute, slower than running. If the clip is in slow motion, record again at normal speed; if you were walking, film a few seconds of steady running.`,
      { cadenceSpm },
    );
  }
  if (contacts < M.minContacts) {
    return fail<FormRefusal>(
      'too_few_steps',
      `Only ${contacts} steps could be found, and the check needs at least ${M.minContacts}. Record 5 to 10 seconds of steady running, side-on, with your feet in view the whole time.`,
      { contacts },
    );
  }
  return null;
}

/** The median interval between ascending times, seconds; NaN with fewer than two. */
export function typicalInterval(times: readonly number[]): number {
  return median(times.slice(1).map((t, i) => t - times[i]!));
}
