/**
 * The worker-thread entry of the decode pool (decode-pool.ts): decodes one file per task and sends
 * back plain data, its series' buffers moved rather than copied. Loaded by piscina in each worker,
 * as `decode-worker.ts` under tsx and as `decode-worker.js` when compiled.
 */
import { parentPort } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { decodeToEvent, type DecodeRequest } from './decode-event';
import type { FileEvent } from './import-events';

export interface DecodeTask {
  /** Said back as soon as the task starts, so the pool times the decode and not the wait. */
  id: number;
  request: DecodeRequest;
}

/** The message a worker posts when it starts a task. */
export interface DecodeStarted {
  decodeStarted: number;
}

export default function decodeTask(task: DecodeTask): unknown {
  parentPort?.postMessage({ decodeStarted: task.id } satisfies DecodeStarted);
  return movable(decodeToEvent(task.request));
}

/** The event with every series buffer in its transfer list: moved to the caller, not cloned. */
function movable(event: FileEvent): unknown {
  if (!event.ok) return event;
  const buffers = new Set<ArrayBuffer>();
  if (event.original?.gzip.buffer instanceof ArrayBuffer) buffers.add(event.original.gzip.buffer);
  for (const packed of event.packedSeries ?? []) {
    if (packed?.buffer instanceof ArrayBuffer) buffers.add(packed.buffer);
  }
  for (const activity of event.activities) {
    for (const column of Object.values(activity.series)) {
      if (column.buffer instanceof ArrayBuffer) buffers.add(column.buffer);
    }
  }
  return move({ [transferableSymbol]: [...buffers], [valueSymbol]: event });
}
