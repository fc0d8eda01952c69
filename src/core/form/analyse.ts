/**
 * The form check's entry point: from the pose pipeline's frames and the clip's facts to the measures and the
 * cue that matters most, or a refusal saying why the clip can't be measured. Steps: find the longest stretch
 * with the runner alone; check timing, length and visibility; follow the two legs through label swaps; bridge
 * short gaps and smooth; find the direction of running and the contacts; measure.
 */
import { fail, ok } from '../result';
import { formAdvice } from './advice';
import { runningDirection } from './facing';
import { jointSeries, longestSoloSegment, midpoint, type JointSeries, type XY } from './keypoints';
import { mapLeg, trackLegs } from './legs';
import { legLengthPx, measureSteps } from './metrics';
import { FORM_METHOD, smoothWindowFrames } from './method';
import {
  checkDuration,
  checkLowerBody,
  checkPeople,
  checkSideOn,
  checkSteps,
  checkTiming,
  typicalInterval,
} from './quality';
import { fillGaps, median, rejectSpikes, savitzkyGolay } from './series';
import type { ClipFacts, FormRefusal, FormResult, PoseFrame } from './types';

/**
 * @example analyseForm(frames, clip) // { ok: true, value: { cadenceSpm: { value: 172, spread: 4, band: 1.2 }, ... } }
 * @example analyseForm([], clip) // { ok: false, error: { code: 'no_person', message: 'Nobody could be found…' } }
 */
export function analyseForm(frames: readonly PoseFrame[], clip: ClipFacts): FormResult {
  const allTimes = frames.map((f) => f.timeS);
  const frameS = typicalInterval(allTimes);
  const maxGapFrames = frameS > 0 ? Math.floor(FORM_METHOD.maxGapS / frameS) : 0;
  const segment = longestSoloSegment(frames, maxGapFrames);

  const early = checkPeople(frames, segment) ?? checkTiming(clip, frames) ?? checkDuration(frames, segment);
  if (early) return early;

  const part = frames.slice(segment!.start, segment!.end);
  const timesS = part.map((f) => f.timeS);
  const joints = jointSeries(part, FORM_METHOD.minKeypointScore);
  const lowerBody = checkLowerBody(joints);
  if (lowerBody) return lowerBody;

  const rawHip = midpoint(joints.left_hip, joints.right_hip);
  const rawShoulder = midpoint(joints.left_shoulder, joints.right_shoulder);
  const sideOn = checkSideOn(joints, rawHip, rawShoulder);
  if (sideOn) return sideOn;

  const window = smoothWindowFrames(frameS);
  const spike = FORM_METHOD.maxSpikeLegs * roughLegPx(joints, rawHip);
  const smooth = (v: Float64Array): Float64Array =>
    savitzkyGolay(fillGaps(rejectSpikes(v, FORM_METHOD.spikeWindowFrames, spike), maxGapFrames), window);
  const smoothXY = (p: XY): XY => ({ x: smooth(p.x), y: smooth(p.y) });
  const hip = smoothXY(rawHip);
  const shoulder = smoothXY(rawShoulder);
  const [legA, legB] = trackLegs(joints, rawHip, timesS);
  const legs = [mapLeg(legA, smooth), mapLeg(legB, smooth)] as const;

  const legPx = legLengthPx(hip, legs);
  if (!(legPx > 0)) {
    return fail<FormRefusal>(
      'low_confidence',
      'Your two legs could not be told apart and followed: one of them was hardly ever seen. Film directly side-on, in good light, with both legs and feet inside the picture.',
    );
  }
  const facing = runningDirection(joints, hip, shoulder, legPx);
  if (!facing) {
    return fail<FormRefusal>(
      'low_confidence',
      'Which way you were running could not be told: your face and feet were not clear enough. Film side-on in good light with your whole body in view.',
    );
  }

  const metrics = measureSteps({
    timesS,
    firstFrame: segment!.start,
    hip,
    shoulder,
    legs,
    direction: facing.direction,
    legLengthPx: legPx,
  });
  const steps = checkSteps(metrics.steps, metrics.cadenceSpm.value);
  if (steps) return steps;

  return ok({
    facing: facing.direction === 1 ? 'right' : 'left',
    ...metrics,
    advice: formAdvice(metrics),
  });
}

/** Hip-to-ankle distance over the raw frames: a scale, before the legs are known, for what counts as a glitch. */
function roughLegPx(joints: JointSeries, hip: XY): number {
  const lengths: number[] = [];
  for (const ankle of [joints.left_ankle, joints.right_ankle]) {
    for (let i = 0; i < hip.x.length; i++) {
      const l = Math.hypot(ankle.x[i]! - hip.x[i]!, ankle.y[i]! - hip.y[i]!);
      if (!Number.isNaN(l)) lengths.push(l);
    }
  }
  return median(lengths);
}
