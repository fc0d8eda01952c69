/**
 * The pose model, off the page's thread: tfjs on its WASM backend, weights and runtime from backstride itself.
 * Takes one frame at a time (an ImageBitmap, transferred) and answers with the poses found.
 */
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as poseDetection from '@tensorflow-models/pose-detection';
import { PERSON_SCORE } from './keypoints';
import type { PoseModelName } from './models';
import type { FromWorker, RawPose, ToWorker } from './protocol';

let detector: poseDetection.PoseDetector | null = null;
let counter: Promise<poseDetection.PoseDetector> | null = null;
let modelsBase = '';
let canvas: OffscreenCanvas | null = null;
let queue: Promise<void> = Promise.resolve();

function post(message: FromWorker): void {
  self.postMessage(message);
}

async function load(model: PoseModelName, base: string, countPeople: boolean): Promise<string> {
  // A folder, not a map of files: a map must name the threaded build too, which is not shipped.
  setWasmPaths(base);
  modelsBase = base;
  // Threads would need a cross-origin isolated page and a blob: worker; one thread here, the decoder another.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await tf.setBackend('wasm');
  await tf.ready();
  detector =
    model === 'movenet'
      ? await poseDetection.createDetector(poseDetection.SupportedModels.MoveNet, {
          modelType: poseDetection.movenet.modelType.SINGLEPOSE_LIGHTNING,
          modelUrl: `${base}movenet-lightning.json`,
        })
      : await poseDetection.createDetector(poseDetection.SupportedModels.BlazePose, {
          runtime: 'tfjs',
          modelType: 'full',
          detectorModelUrl: `${base}blazepose-detector.json`,
          landmarkModelUrl: `${base}blazepose-full.json`,
        });
  // The first frame through a model is several times slower (buffers, kernels): take it now, on a blank frame,
  // so the runner's first frame and the progress shown do not pay for it; then forget its smoothing state.
  await detector.estimatePoses(new ImageData(192, 192), { flipHorizontal: false }, 0);
  detector.reset();
  if (countPeople) await (await peopleCounter()).estimatePoses(new ImageData(192, 192), { maxPoses: 6 });
  return tf.getBackend();
}

/** The frame's pixels as ImageData, which tfjs reads without a DOM. */
function pixels(bitmap: ImageBitmap): ImageData {
  if (canvas === null || canvas.width !== bitmap.width || canvas.height !== bitmap.height)
    canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (context === null) throw new Error('No 2D canvas in this worker.');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** The multi-person model, loaded the first time people are counted. */
function peopleCounter(): Promise<poseDetection.PoseDetector> {
  counter ??= poseDetection.createDetector(poseDetection.SupportedModels.MoveNet, {
    modelType: poseDetection.movenet.modelType.MULTIPOSE_LIGHTNING,
    modelUrl: `${modelsBase}movenet-multipose.json`,
    enableSmoothing: false,
    enableTracking: false,
    minPoseScore: PERSON_SCORE,
  });
  return counter;
}

async function pose(
  bitmap: ImageBitmap,
  timeMs: number | null,
  countPeople: boolean,
): Promise<{ poses: RawPose[]; people: number | null }> {
  if (detector === null) throw new Error('The pose model is not loaded.');
  const image = pixels(bitmap);
  const poses = await detector.estimatePoses(image, { flipHorizontal: false }, timeMs ?? undefined);
  const people = countPeople
    ? (await (await peopleCounter()).estimatePoses(image, { maxPoses: 6, flipHorizontal: false })).filter(
        (p) => (p.score ?? 0) >= PERSON_SCORE,
      ).length
    : null;
  return {
    people,
    poses: poses.map((p) => ({
      score: p.score ?? Math.max(0, ...p.keypoints.map((k) => k.score ?? 0)),
      keypoints: p.keypoints.map((k) => ({ name: k.name ?? '', x: k.x, y: k.y, score: k.score ?? 0 })),
    })),
  };
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    load(message.model, message.base, message.countPeople).then(
      (backend) => post({ type: 'loaded', backend }),
      (e: unknown) => post({ type: 'error', id: null, message: String(e) }),
    );
    return;
  }
  // One frame at a time, in order: the models' smoothing and BlazePose's tracking carry over between frames.
  queue = queue.then(async () => {
    const started = performance.now();
    try {
      const { poses, people } = await pose(message.bitmap, message.timeMs, message.countPeople);
      post({ type: 'pose', id: message.id, poses, people, ms: performance.now() - started });
    } catch (e) {
      post({ type: 'error', id: message.id, message: String(e) });
    }
  });
};
