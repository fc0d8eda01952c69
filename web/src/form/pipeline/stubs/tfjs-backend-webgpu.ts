/**
 * Stands in for `@tensorflow/tfjs-backend-webgpu`, which pose-detection imports for its GPU rendering helpers.
 * The form check runs on the WASM backend, so `backend() instanceof WebGPUBackend` is always false.
 */
export class WebGPUBackend {}
export const webgpu_util = {};
