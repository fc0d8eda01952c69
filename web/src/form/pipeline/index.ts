/**
 * The form check's in-browser pipeline: demux and decode a clip with WebCodecs (through mediabunny), scale each
 * frame down, find the pose in a Web Worker (tfjs WASM, weights served by backstride), and hand back one
 * PoseFrame per frame with the clip's facts. Nothing leaves the device.
 */
import { CanvasSink } from 'mediabunny';
import type { ClipFacts, PoseFrame } from '../../../../src/core/form/types';
import { ClipError } from './clip-error';
import { openClip } from './demux';
import { allKeypoints, toPoseFrame, type Scale } from './keypoints';
import { ANALYSIS_LONG_SIDE_PX, type PoseModelName } from './models';
import { PoseWorker } from './pose-client';

export { ClipError, type ClipErrorCode } from './clip-error';
export { MAX_CLIP_S } from './demux';
export type { PoseModelName } from './models';

export interface PipelineProgress {
  stage: 'loading_model' | 'decoding' | 'analysing';
  done: number;
  total: number;
}

export interface ClipPoses {
  clip: ClipFacts;
  frames: PoseFrame[];
  model: PoseModelName;
  /** Every keypoint of the model per frame, original pixels: only with `keepAllKeypoints` (added). */
  allKeypoints?: Array<Array<[number, number]>>;
  /** How long it took (added): wall time from first frame to last, and the worker's time on the model. */
  timing: { wallMs: number; poseMs: number };
}

export interface AnalyseOptions {
  model?: PoseModelName;
  signal?: AbortSignal;
  onProgress?: (p: PipelineProgress) => void;
  /** Longest clip accepted, seconds (added; default MAX_CLIP_S). */
  maxDurationS?: number;
  /** Long side the frames are scaled to for the model (added; default per model). */
  longSidePx?: number;
  /** Also return every keypoint the model gives, for regression tests (added). */
  keepAllKeypoints?: boolean;
  /**
   * Tell the models' smoothing the frames are this many milliseconds apart instead of the clip's own timing
   * (added; the regression test replays upstream's method, which fed a 5 fps clip as if at 30 fps).
   */
  smoothingFrameMs?: number;
  /**
   * How often to count the people in view with the multi-person model, seconds of clip (added; default 0.5;
   * 0 for never, when `people` is only 0 or 1). Each frame's `people` is the latest count.
   */
  countPeopleEveryS?: number;
}

const COUNT_PEOPLE_EVERY_S = 0.5;

/** Frames decoded ahead of the model at most: decoding runs on while the worker works, memory stays flat. */
const MAX_IN_FLIGHT = 3;

/** Decodes every frame of `file` in order and finds the pose in each. Throws ClipError when it cannot read it. */
export async function analyseClipFile(file: Blob, options: AnalyseOptions = {}): Promise<ClipPoses> {
  const model = options.model ?? 'movenet';
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const clip = await openClip(file, options.maxDurationS);
  let worker: PoseWorker | null = null;
  try {
    onProgress?.({ stage: 'loading_model', done: 0, total: 1 });
    const countEvery = options.countPeopleEveryS ?? COUNT_PEOPLE_EVERY_S;
    worker = await abortable(PoseWorker.start(model, countEvery > 0), signal);
    onProgress?.({ stage: 'loading_model', done: 1, total: 1 });
    const { sink, scale } = scaledSink(clip, options.longSidePx ?? ANALYSIS_LONG_SIDE_PX[model]);
    const frames: PoseFrame[] = [];
    const everyKeypoint: Array<Array<[number, number]>> = [];
    const inFlight: Array<Promise<void>> = [];
    let poseMs = 0;
    let lastCountAt: number | null = null;
    let lastCount: number | null = null;
    const started = performance.now();
    onProgress?.({ stage: 'analysing', done: 0, total: clip.frameCount });
    for await (const frame of sink.canvases()) {
      signal?.throwIfAborted();
      const index = frames.length;
      const timeS = frame.timestamp;
      frames.push({ timeS, people: 0, joints: null });
      const bitmap = await createImageBitmap(frame.canvas);
      const clockMs =
        options.smoothingFrameMs === undefined ? timeS * 1000 : index * options.smoothingFrameMs;
      const countNow = countEvery > 0 && (lastCountAt === null || timeS - lastCountAt >= countEvery - 1e-6);
      if (countNow) lastCountAt = timeS;
      // Answers come back in frame order, so the latest count is carried forward correctly.
      const running = worker.estimate(bitmap, clockMs, countNow).then((result) => {
        poseMs += result.ms;
        if (result.people !== null) lastCount = result.people;
        frames[index] = toPoseFrame(timeS, result.poses, scale, lastCount);
        if (options.keepAllKeypoints === true) everyKeypoint[index] = allKeypoints(result.poses, scale);
        onProgress?.({ stage: 'analysing', done: index + 1, total: Math.max(clip.frameCount, index + 1) });
      });
      // Awaited below; this only keeps a frame left behind by an abort from reporting an unhandled rejection.
      running.catch(() => undefined);
      inFlight.push(running);
      if (inFlight.length >= MAX_IN_FLIGHT) await abortable(inFlight.shift() as Promise<void>, signal);
    }
    await abortable(Promise.all(inFlight), signal);
    const facts: ClipFacts = {
      widthPx: clip.widthPx,
      heightPx: clip.heightPx,
      durationS: clip.durationS,
      frameTimesS: frames.map((f) => f.timeS),
      ...(clip.captureFps === undefined ? {} : { captureFps: clip.captureFps }),
    };
    return {
      clip: facts,
      frames,
      model,
      ...(options.keepAllKeypoints === true ? { allKeypoints: everyKeypoint } : {}),
      timing: { wallMs: performance.now() - started, poseMs },
    };
  } finally {
    worker?.close();
    clip.input.dispose();
  }
}

/** Decodes and scales every frame as analyseClipFile does, with no model: the baseline speed (benchmark). */
export async function decodeClipFile(
  file: Blob,
  longSidePx = ANALYSIS_LONG_SIDE_PX.movenet,
): Promise<{ frames: number; wallMs: number }> {
  const clip = await openClip(file);
  try {
    const { sink } = scaledSink(clip, longSidePx);
    const started = performance.now();
    let frames = 0;
    for await (const frame of sink.canvases()) {
      (await createImageBitmap(frame.canvas)).close();
      frames++;
    }
    return { frames, wallMs: performance.now() - started };
  } finally {
    clip.input.dispose();
  }
}

/** The pose in one still image (the model regression's photo), original pixels. */
export async function analyseImageFile(
  file: Blob,
  model: PoseModelName = 'movenet',
): Promise<{ frame: PoseFrame; allKeypoints: Array<[number, number]> }> {
  const image = await createImageBitmap(file);
  const long = Math.max(image.width, image.height);
  const factor = Math.min(1, ANALYSIS_LONG_SIDE_PX[model] / long);
  const width = Math.round(image.width * factor);
  const height = Math.round(image.height * factor);
  const scale = { x: image.width / width, y: image.height / height };
  const scaled = await createImageBitmap(image, {
    resizeWidth: width,
    resizeHeight: height,
    resizeQuality: 'high',
  });
  image.close();
  const worker = await PoseWorker.start(model);
  try {
    const { poses, people } = await worker.estimate(scaled, null, true);
    return { frame: toPoseFrame(0, poses, scale, people), allKeypoints: allKeypoints(poses, scale) };
  } finally {
    worker.close();
  }
}

/** One decoded frame at (or just before) `timeS`, full size, for drawing a still with lines over the runner. */
export async function grabFrame(file: Blob, timeS: number): Promise<ImageBitmap> {
  const clip = await openClip(file, Number.POSITIVE_INFINITY);
  try {
    // mediabunny decodes from the key frame before `timeS` up to it; no <video> seeking.
    const sink = new CanvasSink(clip.track, { poolSize: 0 });
    const first = await clip.track.getFirstTimestamp();
    const frame = await sink.getCanvas(Math.max(timeS, first));
    if (frame === null) throw new ClipError('no_video', 'This clip has no frame at that time.');
    return await createImageBitmap(frame.canvas);
  } finally {
    clip.input.dispose();
  }
}

function scaledSink(
  clip: Awaited<ReturnType<typeof openClip>>,
  longSidePx: number,
): { sink: CanvasSink; scale: Scale } {
  const factor = Math.min(1, longSidePx / Math.max(clip.widthPx, clip.heightPx));
  const width = Math.max(1, Math.round(clip.widthPx * factor));
  const height = Math.max(1, Math.round(clip.heightPx * factor));
  // Rotation from the phone's metadata is applied by the sink, so the model sees the runner upright.
  const sink = new CanvasSink(clip.track, { width, height, fit: 'fill', poolSize: 2 });
  return { sink, scale: { x: clip.widthPx / width, y: clip.heightPx / height } };
}

/** `promise`, or the signal's reason as soon as it aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
