/** What the form check says to the runner: why a clip gave no result and what to do, and each number's meaning. */
import type { FormCheckView } from '../../../src/contract/form';
import type { FormMetricKey } from '../../../src/core/form/saved-check';
import type { NoResultCode } from './analyse-clip';

export interface NoResultWords {
  /** What happened, in one sentence. */
  title: string;
  /** What to do about it. */
  todo: string;
}

export const NO_RESULT_WORDS: Record<NoResultCode, NoResultWords> = {
  not_video: {
    title: 'That file is not a video.',
    todo: 'Choose a video clip from your phone, or record a new one.',
  },
  failed: {
    title: 'Something went wrong while analysing the clip.',
    todo: 'Try again; if it keeps happening, try a shorter clip or another browser.',
  },
  unsupported_container: {
    title: 'This video’s file type cannot be read here.',
    todo: 'Record a new clip with the phone’s own camera app (MP4 or MOV), or try another browser.',
  },
  unsupported_codec: {
    title: 'This browser cannot decode this video.',
    todo: 'Record at a standard setting (not HDR or “high efficiency”), or try another browser such as Chrome.',
  },
  no_video: {
    title: 'This file holds no video picture.',
    todo: 'Choose the clip itself, not a sound recording or a photo.',
  },
  too_long: {
    title: 'This clip is too long to analyse on the phone.',
    todo: 'Trim it to 5–10 seconds of steady running and try again.',
  },
  no_webcodecs: {
    title: 'This browser cannot analyse videos on the device.',
    todo: 'Open backstride in a recent Chrome, Edge or Safari and try again.',
  },
  no_person: {
    title: 'No runner could be found in the clip.',
    todo: 'Film from 3–5 m away so your whole body, head to feet, is in the picture, in good light.',
  },
  several_people: {
    title: 'More than one person is in the clip.',
    todo: 'Film when only you are in the picture, so the measurements are yours.',
  },
  too_short: {
    title: 'The clip is too short.',
    todo: 'Record 5–10 seconds of steady running.',
  },
  too_few_steps: {
    title: 'There are too few steps to measure.',
    todo: 'Record at least 5 seconds of steady running, staying in the picture the whole time (a treadmill is ideal).',
  },
  not_side_on: {
    title: 'The clip is not filmed from the side.',
    todo: 'Stand to the side of your path so you run across the picture, with the phone at hip height.',
  },
  slow_motion: {
    title: 'This looks like a slow-motion clip.',
    todo: 'Record at normal speed; 60 frames a second is best if your phone offers it.',
  },
  uneven_frames: {
    title: 'The clip’s frames are unevenly spaced, so steps cannot be timed.',
    todo: 'Record a new clip with the camera app directly, not a screen recording or an edited clip.',
  },
  low_confidence: {
    title: 'The runner could not be seen clearly enough.',
    todo: 'Film in good light, with the phone still and level, and clothes that show your knees and ankles.',
  },
};

export interface MetricWords {
  label: string;
  /** The plain meaning, one sentence. */
  meaning: string;
  /** The value with its unit as a runner would say it. */
  format(value: number): string;
  /** The error band in the same unit. */
  band(band: number): string;
}

const fixed = (n: number, digits: number) => (Math.abs(n) < 10 ** -digits / 2 ? 0 : n).toFixed(digits);

export const METRIC_WORDS: Record<FormMetricKey, MetricWords> = {
  cadenceSpm: {
    label: 'Cadence',
    meaning: 'Steps a minute, counting both feet.',
    format: (v) => `${Math.round(v)} steps a minute`,
    band: (b) => `${Math.max(1, Math.round(b))}`,
  },
  overstrideLegs: {
    label: 'Foot landing ahead of the hips',
    meaning:
      'How far in front of your hips your foot lands, in leg lengths. The further ahead, the more each step brakes.',
    format: (v) => `${fixed(v, 2)} leg lengths`,
    band: (b) => fixed(b, 2),
  },
  shinAngleDeg: {
    label: 'Shin angle at landing',
    meaning: 'How far the shin tilts from upright as the foot lands; a foot reaching out tilts it more.',
    format: (v) => `${Math.round(v)}°`,
    band: (b) => `${Math.max(1, Math.round(b))}°`,
  },
  trunkLeanDeg: {
    label: 'Trunk lean',
    meaning: 'How far your body tips forward from upright, hip to shoulder.',
    format: (v) =>
      Math.abs(v) < 0.5 ? '0°, upright' : `${Math.abs(Math.round(v))}° ${v < 0 ? 'backward' : 'forward'}`,
    band: (b) => `${Math.max(1, Math.round(b))}°`,
  },
  verticalOscillationLegs: {
    label: 'Bounce',
    meaning: 'How far your hips rise and fall with each step, in leg lengths.',
    format: (v) => `${fixed(v, 2)} leg lengths`,
    band: (b) => fixed(b, 2),
  },
};

/** A day as a runner reads it, in their own locale: "1 Nov 2026". */
export function dayWords(isoDay: string): string {
  return new Date(`${isoDay}T12:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The day a check stands for: the day filmed when the runner gave it, or the day it was saved. */
export const checkDay = (c: Pick<FormCheckView, 'recordedOn' | 'createdAt'>): string =>
  c.recordedOn ?? c.createdAt.slice(0, 10);
