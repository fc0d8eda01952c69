import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { failedFile, type DecodeRequest, type Decoder } from './decode-event';
import type { DecodeStarted, DecodeTask } from './decode-worker';
import type { FileEvent } from './import-events';

/** Files handed to one thread at once: the one it decodes and the next. */
export const TASKS_PER_THREAD = 2;

/**
 * V8's young generation of each decode thread, MB. Decoding makes many short-lived objects, and V8's
 * default lets each thread's young generation grow to 48 MB of resident memory before it is collected;
 * 16 keeps a 2,000-activity import with two threads under 300 MB (npm run bench:import) for a few
 * per cent more CPU spent collecting.
 */
const YOUNG_GENERATION_MB = 16;

/** Files up to this size are copied to a worker (and can be sent again); bigger ones are moved. */
const RETRY_MAX_BYTES = 4 * 1024 * 1024;

/** Budgets of the decode pool; see `DEFAULT_DECODE_POOL` and the README's configuration table. */
export interface DecodePoolOptions {
  /** Worker threads decoding at once. */
  threads: number;
  /**
   * V8 heap (old generation) of each worker, MB. A worker that needs more dies alone and is replaced;
   * its file is `decode_out_of_memory`. Decoding any one file within the decode limits takes at most
   * 64 MB of heap (hostile-memory.medium.test.ts), so the default 256 leaves four times that. Typed
   * arrays (samples, gunzipped bytes) live outside this heap; the decode limits bound them.
   */
  memoryMb: number;
  /** Longest time one file may take to decode, ms, from when a worker starts it. */
  fileTimeoutMs: number;
  /** Another worker entry (a `.ts` one runs under tsx): for tests of what the pool does when a worker fails. */
  workerUrl?: URL;
}

/**
 * A pool of worker threads that decode files (decode-worker.ts), so no file, however slow or
 * hostile, holds the thread that answers requests. A file past its time or memory budget fails
 * alone with a typed reason (`decode_timeout`, `decode_out_of_memory`); its worker is ended and
 * piscina starts a new one. Threads start on the first file, not before.
 * @example
 * const pool = createDecodePool({ threads: 2, memoryMb: 256, fileTimeoutMs: 120_000 });
 * const event = await pool.decode({ bytes, source: 'run.fit', name: 'run.fit', maxFileBytes, maxUnpackedBytes: 0 });
 * await pool.close();
 */
export function createDecodePool(options: DecodePoolOptions): { decode: Decoder; close(): Promise<void> } {
  let pool: Piscina | null = null;
  let closed = false;
  let nextId = 0;
  /** Arms the time budget of each task when its worker starts it. */
  const onStart = new Map<number, () => void>();

  const open = (): Piscina => {
    if (pool) return pool;
    const worker = workerEntry(options.workerUrl);
    pool = new Piscina({
      filename: worker.url,
      ...(worker.execArgv ? { execArgv: worker.execArgv } : {}),
      minThreads: options.threads,
      maxThreads: options.threads,
      idleTimeout: 60_000,
      // A thread holds the next file while it decodes one, so it never waits for this thread to hand
      // it work (on a busy machine that wait, per file, costs more than the decoding of small files).
      concurrentTasksPerWorker: TASKS_PER_THREAD,
      resourceLimits: {
        maxOldGenerationSizeMb: options.memoryMb,
        maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      },
    });
    pool.on('message', (message: Partial<DecodeStarted>) => {
      if (typeof message?.decodeStarted === 'number') onStart.get(message.decodeStarted)?.();
    });
    // A worker that dies between tasks: piscina replaces it; nothing was lost.
    pool.on('error', () => undefined);
    return pool;
  };

  /** One try; `started` says whether the worker began this file (else it fell with a neighbour). */
  const attempt = async (request: DecodeRequest, bytes: Uint8Array<ArrayBuffer>, signal?: AbortSignal) => {
    const id = ++nextId;
    const stop = new AbortController();
    let started = false;
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    onStart.set(id, () => {
      started = true;
      timer = setTimeout(() => {
        timedOut = true;
        stop.abort();
      }, options.fileTimeoutMs);
    });
    const cancel = () => stop.abort();
    signal?.addEventListener('abort', cancel, { once: true });
    if (signal?.aborted) stop.abort();
    try {
      const task: DecodeTask = { id, request: { ...request, bytes } };
      const event = (await open().run(task, {
        signal: stop.signal,
        transferList: [bytes.buffer],
      })) as FileEvent;
      return { event };
    } catch (error) {
      return { error, started, timedOut };
    } finally {
      clearTimeout(timer);
      onStart.delete(id);
      signal?.removeEventListener('abort', cancel);
    }
  };

  const decode: Decoder = async (request, signal) => {
    // Small files are sent as copies, so one that falls with a neighbour can go again; big ones are moved.
    const keep = request.bytes.byteLength <= RETRY_MAX_BYTES;
    for (let tries = 1; ; tries++) {
      if (closed)
        return failedFile(request, { code: 'decoder_stopped', message: 'the decode pool is closed' });
      const bytes = keep ? new Uint8Array(request.bytes) : ownBuffer(request.bytes);
      const result = await attempt(request, bytes, signal);
      if (result.event) return result.event;
      // A worker ended for the file it was decoding takes the file queued behind it along: that one goes
      // again (a worker's own end may be said before its start message, so the culprit can go again too).
      if (!result.started && !signal?.aborted && keep && tries < 3) continue;
      return failedFile(request, reason(result.error, request, result.timedOut, options));
    }
  };

  return {
    decode,
    async close() {
      closed = true;
      await pool?.destroy();
      pool = null;
    },
  };
}

/** Why a task failed, in the catalogue's codes. */
function reason(
  error: unknown,
  request: DecodeRequest,
  timedOut: boolean,
  options: DecodePoolOptions,
): { code: 'decode_timeout' | 'decode_out_of_memory' | 'decoder_stopped'; message: string } {
  if (timedOut) {
    const seconds = Math.round(options.fileTimeoutMs / 100) / 10;
    return {
      code: 'decode_timeout',
      message: `${request.source} took longer than the ${seconds} s one file may take to decode (fileTimeout)`,
    };
  }
  if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return {
      code: 'decode_out_of_memory',
      message: `${request.source} needed more than the ${options.memoryMb} MB of heap one decoder may use (decodeMemory)`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'decoder_stopped',
    message: `the decoder stopped while reading ${request.source}: ${message}`,
  };
}

/**
 * The bytes in an ArrayBuffer of their own, to move to the worker without a copy. A view into a larger
 * buffer (Node's pooled small buffers, a slice) is copied first: moving its buffer would take the rest too.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole =
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength;
  return whole ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/**
 * The worker's file next to this one, with the same extension: `decode-worker.ts` under tsx (dev and
 * tests; the worker loads tsx too), `decode-worker.js` once compiled.
 */
function workerEntry(given?: URL): { url: string; execArgv?: string[] } {
  const here = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const url = given?.href ?? new URL(`./decode-worker.${here}`, import.meta.url).href;
  if (!url.endsWith('.ts')) return { url };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { url, execArgv: ['--import', tsx] };
}
