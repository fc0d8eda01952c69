/**
 * The clips the form check's end-to-end tests use, with the answers they are built to give.
 * Frames are 640×360: the app downscales phone video before the pose model anyway, and small frames keep
 * each clip's generation well under 20 s on a shared 2-core machine.
 */
import type { ClipParams, RunnerParams } from './form-clip-kinematics';

const runner: RunnerParams = {
  cadenceSpm: 164,
  overstrideM: 0.26,
  trunkLeanDeg: 6,
  verticalOscillationM: 0.09,
  facing: 'right',
  motion: 'crossing',
  xStartFrac: 0.3,
  xEndFrac: 0.7,
};

const frame = { widthPx: 640, heightPx: 360 };

export const FORM_CLIPS = {
  /** (a) One runner crossing the frame, 60 fps, 8 s, 164 spm with a clear overstride. */
  crossing: { ...frame, fps: 60, durationS: 8, runners: [runner] },
  /** (b) One runner in place on a treadmill, facing left, 30 fps. */
  treadmill: {
    ...frame,
    fps: 30,
    durationS: 8,
    runners: [
      {
        ...runner,
        cadenceSpm: 172,
        overstrideM: 0.12,
        trunkLeanDeg: 9,
        facing: 'left',
        motion: 'treadmill',
        xStartFrac: 0.5,
        startPhase: 0.3,
      },
    ],
  },
  /** (c) Two runners side by side: refused, several people. */
  twoRunners: {
    ...frame,
    fps: 30,
    durationS: 6,
    runners: [
      { ...runner, motion: 'treadmill', xStartFrac: 0.28 },
      { ...runner, motion: 'treadmill', xStartFrac: 0.72, cadenceSpm: 176, startPhase: 0.4, heightM: 1.68 },
    ],
  },
  /** (d) A runner standing still: refused, too few steps. */
  standing: {
    ...frame,
    fps: 30,
    durationS: 4,
    runners: [{ ...runner, motion: 'standing', xStartFrac: 0.5 }],
  },
  /** (d') Running, but only 2 s: refused, too short. */
  short: { ...frame, fps: 60, durationS: 2, runners: [runner] },
} satisfies Record<string, ClipParams>;
