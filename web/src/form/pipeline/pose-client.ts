/**
 * The page's side of the pose worker: loads a model in it and sends it frames, one answer per frame, in order.
 */
import type { PoseModelName } from './models';
import type { FromWorker, RawPose, ToWorker } from './protocol';

/** Where the build put the pose models and WASM runtime (web/form-models-plugin.ts), ending in a slash. */
declare const __FORM_MODELS_BASE__: string;

export interface PoseResult {
  poses: RawPose[];
  /** People counted by the multi-person model, when asked for. */
  people: number | null;
  /** Time the worker spent on this frame, milliseconds. */
  ms: number;
}

export class PoseWorker {
  private readonly worker: Worker;
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (r: PoseResult) => void; reject: (e: Error) => void }
  >();
  private loaded: Promise<string>;

  private constructor(model: PoseModelName, countPeople: boolean) {
    this.worker = new Worker(new URL('./pose.worker.ts', import.meta.url), { type: 'module' });
    this.loaded = new Promise((resolve, reject) => {
      this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === 'loaded') return resolve(message.backend);
        if (message.id === null)
          return reject(new Error(message.type === 'error' ? message.message : 'load'));
        const entry = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (message.type === 'pose')
          entry?.resolve({ poses: message.poses, people: message.people, ms: message.ms });
        else entry?.reject(new Error(message.message));
      };
      this.worker.onerror = (event) => {
        const error = new Error(`The pose worker failed: ${event.message}`);
        reject(error);
        for (const entry of this.waiting.values()) entry.reject(error);
        this.waiting.clear();
      };
    });
    this.send({ type: 'load', model, base: __FORM_MODELS_BASE__, countPeople });
  }

  /** A worker with `model` (and the people counter if asked) loaded; resolves once weights and runtime are in. */
  static async start(model: PoseModelName, countPeople = true): Promise<PoseWorker> {
    const worker = new PoseWorker(model, countPeople);
    try {
      await worker.loaded;
    } catch (e) {
      worker.close();
      throw e;
    }
    return worker;
  }

  /** Finds poses in `bitmap`, which is transferred (and closed) to the worker; counts people if asked. */
  estimate(bitmap: ImageBitmap, timeMs: number | null, countPeople = false): Promise<PoseResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.send({ type: 'pose', id, bitmap, timeMs, countPeople }, [bitmap]);
    });
  }

  close(): void {
    this.worker.terminate();
    const error = new Error('The pose worker was stopped.');
    for (const entry of this.waiting.values()) entry.reject(error);
    this.waiting.clear();
  }

  private send(message: ToWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }
}
