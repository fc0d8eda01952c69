/**
 * The one place the page meets the pipeline and the core: read the clip's poses on the device, hand them to
 * the core's analysis, and give back the result or why there is none. Nothing here leaves the phone.
 */
import { analyseForm } from '../../../src/core/form/analyse';
import type { FormAnalysis, FormRefusal } from '../../../src/core/form/types';
import {
  analyseClipFile,
  ClipError,
  type ClipErrorCode,
  type ClipPoses,
  type PipelineProgress,
} from './pipeline';

/** Why there is no result: the file is not a video (checked here), the pipeline could not read it, or the core refused it. */
export type NoResultCode = 'not_video' | 'failed' | ClipErrorCode | FormRefusal;

export type ClipOutcome =
  | { kind: 'result'; analysis: FormAnalysis; poses: ClipPoses }
  | { kind: 'no_result'; code: NoResultCode; detail: string }
  | { kind: 'cancelled' };

/** A file the phone labels as something other than a video; an unlabelled one is left to the decoder. */
export const isNotVideo = (file: Blob): boolean => file.type !== '' && !file.type.startsWith('video/');

/**
 * Analyses one clip on the device.
 * @example const outcome = await analyseClip(file, { onProgress: setProgress, signal: controller.signal });
 */
export async function analyseClip(
  file: Blob,
  options: { onProgress?: (p: PipelineProgress) => void; signal?: AbortSignal } = {},
): Promise<ClipOutcome> {
  if (isNotVideo(file)) return { kind: 'no_result', code: 'not_video', detail: `The file is ${file.type}.` };
  let poses: ClipPoses;
  try {
    poses = await analyseClipFile(file, options);
  } catch (error) {
    if (options.signal?.aborted) return { kind: 'cancelled' };
    if (error instanceof ClipError) return { kind: 'no_result', code: error.code, detail: error.message };
    throw error;
  }
  if (options.signal?.aborted) return { kind: 'cancelled' };
  const result = analyseForm(poses.frames, poses.clip);
  if (!result.ok) return { kind: 'no_result', code: result.error.code, detail: result.error.message };
  return { kind: 'result', analysis: result.value, poses };
}
