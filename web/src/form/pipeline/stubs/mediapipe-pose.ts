/**
 * Stands in for `@mediapipe/pose`, which pose-detection imports for its MediaPipe runtime. The form check uses
 * the tfjs runtime only; the real package would load its WASM and models from a CDN.
 */
export class Pose {
  constructor() {
    throw new Error('The MediaPipe runtime is not shipped; use runtime "tfjs".');
  }
}
