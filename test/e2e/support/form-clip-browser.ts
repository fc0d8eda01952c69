/**
 * The browser half of the synthetic form-check clips, bundled by form-clip.ts and run in Chromium: draws each
 * frame on a canvas, encodes it with WebCodecs into an MP4 through mediabunny, and (for the detection proof)
 * decodes an MP4 back with WebCodecs and runs the pose model on every n-th frame. Nothing here uses the network:
 * weights and the WASM runtime come from the harness's routed origin.
 */
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import * as poseDetection from '@tensorflow-models/pose-detection';
import {
  ALL_FORMATS,
  BufferSource,
  BufferTarget,
  CanvasSource,
  Input,
  Mp4OutputFormat,
  Output,
  VideoSampleSink,
  canEncodeVideo,
} from 'mediabunny';
import { runningClip, type ClipParams } from './form-clip-kinematics';
import { LOOKS, drawRunner, drawScene } from './form-clip-draw';

export type ClipCodec = 'avc' | 'vp9';

export interface RenderResult {
  base64: string;
  codec: ClipCodec;
  codecString: string;
  frames: number;
  drawMs: number;
  totalMs: number;
}

export interface DetectedKeypoint {
  name: string;
  x: number;
  y: number;
  score: number;
}

export interface DetectedFrame {
  timeS: number;
  people: number;
  keypoints: DetectedKeypoint[];
}

export interface DetectResult {
  frames: DetectedFrame[];
  decodedFrames: number;
  /** Presentation time of every decoded frame, seconds. */
  frameTimesS: number[];
  widthPx: number;
  heightPx: number;
  codec: string | null;
  decodeMs: number;
  poseMs: number;
  backend: string;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

async function pickCodec(width: number, height: number, prefer?: ClipCodec): Promise<ClipCodec> {
  const order: ClipCodec[] = prefer ? [prefer] : ['avc', 'vp9'];
  for (const c of order) if (await canEncodeVideo(c, { width, height })) return c;
  throw new Error(`Chromium here cannot encode ${order.join(' or ')} at ${width}×${height}`);
}

async function render(clip: ClipParams, prefer?: ClipCodec): Promise<RenderResult> {
  const t0 = performance.now();
  const truth = runningClip(clip);
  const canvas = document.createElement('canvas');
  canvas.width = clip.widthPx;
  canvas.height = clip.heightPx;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  const codec = await pickCodec(clip.widthPx, clip.heightPx, prefer);
  let codecString = '';
  const output = new Output({
    format: new Mp4OutputFormat({ fastStart: 'in-memory' }),
    target: new BufferTarget(),
  });
  const source = new CanvasSource(canvas, {
    codec,
    bitrate: 2_500_000 * ((clip.widthPx * clip.heightPx) / (1280 * 720)) + 500_000,
    keyFrameInterval: 2,
    onEncoderConfig: (c) => {
      codecString = c.codec;
    },
  });
  output.addVideoTrack(source, { frameRate: clip.fps });
  await output.start();
  const treadmills = clip.runners
    .filter((r) => r.motion === 'treadmill')
    .map((r) => (r.xStartFrac ?? 0.5) * clip.widthPx);
  let drawMs = 0;
  for (const f of truth.frames) {
    const d0 = performance.now();
    drawScene(ctx, f, clip.widthPx, clip.heightPx, treadmills);
    f.runners.forEach((p, n) => drawRunner(ctx, p, LOOKS[n % LOOKS.length] ?? LOOKS[0]!));
    drawMs += performance.now() - d0;
    await source.add(f.timeS, 1 / clip.fps);
  }
  await output.finalize();
  const buffer = output.target.buffer;
  if (!buffer) throw new Error('mediabunny wrote no bytes');
  return {
    base64: toBase64(new Uint8Array(buffer)),
    codec,
    codecString,
    frames: truth.frames.length,
    drawMs,
    totalMs: performance.now() - t0,
  };
}

let detector: { name: string; d: poseDetection.PoseDetector } | null = null;

export type ModelName = 'movenet' | 'blazepose' | 'movenet-multipose';

async function loadModel(base: string, model: ModelName): Promise<poseDetection.PoseDetector> {
  if (detector?.name === model) return detector.d;
  setWasmPaths(`${base}/wasm/`);
  await tf.setBackend('wasm');
  await tf.ready();
  const d =
    model === 'blazepose'
      ? await poseDetection.createDetector(poseDetection.SupportedModels.BlazePose, {
          runtime: 'tfjs',
          modelType: 'full',
          enableSmoothing: false,
          detectorModelUrl: `${base}/models/blazepose-detector.json`,
          landmarkModelUrl: `${base}/models/blazepose-full.json`,
        })
      : await poseDetection.createDetector(poseDetection.SupportedModels.MoveNet, {
          modelType:
            model === 'movenet'
              ? poseDetection.movenet.modelType.SINGLEPOSE_LIGHTNING
              : poseDetection.movenet.modelType.MULTIPOSE_LIGHTNING,
          modelUrl: `${base}/models/${model === 'movenet' ? 'movenet-lightning' : 'movenet-multipose'}.json`,
          enableSmoothing: false,
          minPoseScore: 0.25,
        });
  detector = { name: model, d };
  return d;
}

async function detect(
  base: string,
  clipUrl: string,
  options: { every: number; model: ModelName },
): Promise<DetectResult> {
  const pose = await loadModel(base, options.model);
  const bytes = await (await fetch(clipUrl)).arrayBuffer();
  const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
  const track = await input.getPrimaryVideoTrack();
  if (!track) throw new Error('No video track');
  const canvas = document.createElement('canvas');
  canvas.width = track.displayWidth;
  canvas.height = track.displayHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  const frames: DetectedFrame[] = [];
  const frameTimesS: number[] = [];
  let decodeMs = 0;
  let poseMs = 0;
  let n = 0;
  let t = performance.now();
  for await (const sample of new VideoSampleSink(track).samples()) {
    const take = n % options.every === 0;
    n += 1;
    if (take) sample.draw(ctx, 0, 0);
    const timeS = sample.timestamp;
    frameTimesS.push(timeS);
    sample.close();
    decodeMs += performance.now() - t;
    if (take) {
      const p0 = performance.now();
      const poses = await pose.estimatePoses(canvas, {
        maxPoses: options.model === 'movenet-multipose' ? 6 : 1,
      });
      poseMs += performance.now() - p0;
      const best = [...poses].sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0];
      frames.push({
        timeS,
        people: poses.length,
        keypoints: (best?.keypoints ?? []).map((k) => ({
          name: k.name ?? '',
          x: k.x,
          y: k.y,
          score: k.score ?? 0,
        })),
      });
    }
    t = performance.now();
  }
  return {
    frames,
    decodedFrames: n,
    frameTimesS,
    widthPx: track.displayWidth,
    heightPx: track.displayHeight,
    codec: await track.getCodecParameterString(),
    decodeMs,
    poseMs,
    backend: tf.getBackend(),
  };
}

export interface Mark {
  x: number;
  y: number;
  colour: string;
}

/** One frame drawn on a visible canvas, to look at as a screenshot, with optional dots (truth, detections). */
function still(clip: ClipParams, frame: number, marks: Mark[] = []): void {
  const truth = runningClip(clip);
  const canvas = document.createElement('canvas');
  canvas.width = clip.widthPx;
  canvas.height = clip.heightPx;
  document.body.replaceChildren(canvas);
  const ctx = canvas.getContext('2d');
  const f = truth.frames[frame];
  if (!ctx || !f) return;
  const treadmills = clip.runners
    .filter((r) => r.motion === 'treadmill')
    .map((r) => (r.xStartFrac ?? 0.5) * clip.widthPx);
  drawScene(ctx, f, clip.widthPx, clip.heightPx, treadmills);
  f.runners.forEach((p, n) => drawRunner(ctx, p, LOOKS[n % LOOKS.length] ?? LOOKS[0]!));
  for (const m of marks) {
    ctx.fillStyle = m.colour;
    ctx.beginPath();
    ctx.arc(m.x, m.y, 2.5, 0, Math.PI * 2);
    ctx.fill();
  }
}

const api = { render, detect, still };
export type FormClipApi = typeof api;
(globalThis as unknown as { formClip: FormClipApi }).formClip = api;
