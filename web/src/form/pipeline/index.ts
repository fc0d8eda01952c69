/**
 * The form check's in-browser pipeline: demux and decode a clip with WebCodecs, run the pose model in a worker,
 * and hand back one PoseFrame per analysed frame with the clip's facts. Nothing leaves the device.
 * (Interface first; the implementation lands with the pipeline work.)
 */
import type { ClipFacts, PoseFrame } from '../../../../src/core/form/types';

export type PoseModelName = 'movenet' | 'blazepose';

export interface PipelineProgress {
  stage: 'loading_model' | 'decoding' | 'analysing';
  done: number;
  total: number;
}

export interface ClipPoses {
  clip: ClipFacts;
  frames: PoseFrame[];
  model: PoseModelName;
}

/** Why a clip could not be read at all (before any form judgement). */
export type ClipErrorCode =
  'unsupported_container' | 'unsupported_codec' | 'no_video' | 'too_long' | 'no_webcodecs';

export class ClipError extends Error {
  constructor(
    readonly code: ClipErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface AnalyseOptions {
  model?: PoseModelName;
  signal?: AbortSignal;
  onProgress?: (p: PipelineProgress) => void;
}

/** Decodes every frame of `file` in order and finds the pose in each. Throws ClipError when it cannot read it. */
export async function analyseClipFile(file: Blob, options: AnalyseOptions = {}): Promise<ClipPoses> {
  void file;
  void options;
  throw new ClipError('no_webcodecs', 'The form check pipeline is not built yet.');
}

/** One decoded frame at (or just before) `timeS`, for drawing a still with lines over the runner. */
export async function grabFrame(file: Blob, timeS: number): Promise<ImageBitmap> {
  void file;
  void timeS;
  throw new ClipError('no_webcodecs', 'The form check pipeline is not built yet.');
}
