/**
 * Shapes shared by the form check: what the browser's pose pipeline hands the core (frames of 2D keypoints and
 * the clip's facts), and what the core's analysis gives back (metrics with spreads and error bands, or a refusal
 * with a reason). Pixels are in the analysed frame's coordinates, x to the right, y down.
 */
import type { Result } from '../result';
import type { FormCueId } from '../plan/form-cues';

/** The joints the form check reads. Both MoveNet and BlazePose name them this way; heel and toe only BlazePose. */
export const FORM_JOINTS = [
  'nose',
  'left_shoulder',
  'right_shoulder',
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
  'left_heel',
  'right_heel',
  'left_foot_index',
  'right_foot_index',
] as const;
export type FormJoint = (typeof FORM_JOINTS)[number];

export interface Keypoint {
  x: number;
  y: number;
  /** The model's confidence, 0–1. */
  score: number;
}

/** One analysed frame: the most prominent person's joints, and how many people the model saw. */
export interface PoseFrame {
  /** Presentation time from the start of the clip, seconds. */
  timeS: number;
  /** People detected in this frame (0 when none). */
  people: number;
  /** The most prominent person's joints, or null when nobody was found. */
  joints: Partial<Record<FormJoint, Keypoint>> | null;
}

/** What the demuxer and decoder know about the clip, independent of any pose. */
export interface ClipFacts {
  widthPx: number;
  heightPx: number;
  durationS: number;
  /** Presentation times of every decoded frame, seconds, ascending. */
  frameTimesS: readonly number[];
  /** Capture rate written by the phone when it differs from playback (slow motion), when the container says. */
  captureFps?: number;
}

/** A number measured over the steps: the median, the spread between steps, and the method's error band. */
export interface Measure {
  value: number;
  /** Interquartile range over the steps (0 with one step). */
  spread: number;
  /** ± error band of the method itself (keypoint error, frame timing), in the same unit. */
  band: number;
}

export interface FootContact {
  /** Index into the frames analysed. */
  frame: number;
  timeS: number;
  /** Overstride at this contact, leg lengths (ankle ahead of hip; negative means behind). */
  overstrideLegs: number;
  shinAngleDeg: number;
  /**
   * The smoothed points this contact's measures were read from, in frame pixels at `frame`, with the front
   * leg's knee and ankle whatever the model labelled them: for drawing the lines over a still of the frame.
   */
  points?: ContactPoints;
}

export interface ContactPoints {
  hip: { x: number; y: number };
  shoulder: { x: number; y: number };
  knee: { x: number; y: number };
  ankle: { x: number; y: number };
}

export interface FormMetrics {
  /** Which way the runner moves across the frame. */
  facing: 'left' | 'right';
  steps: number;
  cadenceSpm: Measure;
  overstrideLegs: Measure;
  /** Shin from vertical at contact; positive when the ankle is ahead of the knee. */
  shinAngleDeg: Measure;
  /** Hip-to-shoulder line from vertical; positive leaning forward. */
  trunkLeanDeg: Measure;
  /** Up-and-down travel of the hips per step, leg lengths. */
  verticalOscillationLegs: Measure;
  /** Leg length used to scale, pixels (hip to ankle, median). */
  legLengthPx: number;
  contacts: FootContact[];
}

/** The one thing to work on first, tied to the plan's running-form cues and their drills. */
export interface FormAdvice {
  /** The cue that matters most, or null when nothing stands out. */
  cue: FormCueId | null;
  /** Why this cue, in the runner's terms, from the numbers. */
  reason: string;
  /** A cadence to try when quicker steps would help: about +5 %. */
  cadenceTargetSpm: number | null;
}

export interface FormAnalysis extends FormMetrics {
  advice: FormAdvice;
}

export const FORM_REFUSALS = [
  'no_person',
  'several_people',
  'too_short',
  'too_few_steps',
  'not_side_on',
  'slow_motion',
  'uneven_frames',
  'low_confidence',
] as const;
export type FormRefusal = (typeof FORM_REFUSALS)[number];

export type FormResult = Result<FormAnalysis, FormRefusal>;
