/**
 * The synthetic clip's true joints in the shapes the browser pipeline hands the core (src/core/form/types), so a
 * test can feed the core's analysis the exact answer, or the pose model's, and compare both with the known values.
 */
import type { ClipFacts, FormJoint, Keypoint, PoseFrame } from '../../../src/core/form/types';
import type { ClipTruth, SideJoint } from './form-clip-kinematics';

const SIDE_NAMES: [SideJoint, string][] = [
  ['shoulder', 'shoulder'],
  ['hip', 'hip'],
  ['knee', 'knee'],
  ['ankle', 'ankle'],
  ['heel', 'heel'],
  ['toe', 'foot_index'],
];

/** One PoseFrame per frame of the clip, with the first runner's true joints (score 1) and everyone counted. */
export function truthPoseFrames(truth: ClipTruth, runner = 0): PoseFrame[] {
  return truth.frames.map((f) => {
    const p = f.runners[runner];
    if (!p) return { timeS: f.timeS, people: f.runners.length, joints: null };
    const far = p.nearSide === 'left' ? 'right' : 'left';
    const joints: Partial<Record<FormJoint, Keypoint>> = { nose: { ...p.nose, score: 1 } };
    for (const [joint, name] of SIDE_NAMES) {
      joints[`${p.nearSide}_${name}` as FormJoint] = { ...p.near[joint], score: 1 };
      joints[`${far}_${name}` as FormJoint] = { ...p.far[joint], score: 1 };
    }
    return { timeS: f.timeS, people: f.runners.length, joints };
  });
}

/** What the demuxer would report for the clip: size, duration and evenly spaced frame times. */
export function truthClipFacts(truth: ClipTruth): ClipFacts {
  const { widthPx, heightPx, durationS } = truth.params;
  return { widthPx, heightPx, durationS, frameTimesS: truth.frames.map((f) => f.timeS) };
}
