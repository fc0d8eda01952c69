import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { decodeFileMeasured } from './decode-file';
import { encodeSeries } from './series-codec';
import { emptySeries, type Activity, type ActivitySeries } from '../core/activity/activity';
import type { FileEvent, FileMeta, ImportError, OriginalFile } from './import-events';

/** One file to decode: its bytes and how the import names it. Plain data, so it can go to a worker thread. */
export interface DecodeRequest {
  bytes: Uint8Array;
  /** How events name it: `export.zip!activities/1.fit`. */
  source: string;
  /** Its own file name (the format is told from the bytes; the name only breaks ties). */
  name: string;
  meta?: FileMeta;
  /** Largest file, and largest gunzipped content, bytes (ImportLimits.maxFileBytes). */
  maxFileBytes: number;
  /** Most bytes gunzip may produce for it: what the import's unpack budget set aside for it. */
  maxUnpackedBytes: number;
  /** Attach the file's own bytes, gzipped (`FileEvent.original`), made in the decoding thread. */
  keepOriginal?: boolean;
  /**
   * Attach each activity's series packed as the store keeps it (`FileEvent.packedSeries`), packed in the
   * decoding thread so that the thread writing to the database neither deflates nor receives the samples:
   * each activity's own `series` then keeps only its last sample.
   */
  packSeries?: boolean;
}

/**
 * Decodes files, one request at a time per call; never rejects, every problem is a failed FileEvent.
 * In this thread (`decodeInThread`) or in a pool of worker threads (`createDecodePool`).
 */
export type Decoder = (request: DecodeRequest, signal?: AbortSignal) => Promise<FileEvent>;

/**
 * Decodes one file's bytes into its event, with the content hash and the bytes gunzip produced
 * (`unpackedBytes`, at most `request.maxUnpackedBytes`).
 * @example decodeToEvent({ bytes, source: 'export.zip!a/1.fit', name: 'a/1.fit', maxFileBytes: 100e6, maxUnpackedBytes: 100e6 }).ok
 */
export function decodeToEvent(request: DecodeRequest): FileEvent {
  const { bytes, source, name, meta } = request;
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const { result, unpackedBytes } = decodeFileMeasured(bytes, name, {
    maxBytes: request.maxFileBytes,
    maxUnpackedBytes: request.maxUnpackedBytes,
  });
  const withMeta = meta ? { meta } : {};
  const unpacked = unpackedBytes > 0 ? { unpackedBytes } : {};
  const kept = request.keepOriginal ? { original: originalOf(bytes, name) } : {};
  if (result.ok) {
    const packed = request.packSeries ? { packedSeries: result.value.map(packSeries) } : {};
    return {
      type: 'file',
      source,
      ok: true,
      activities: result.value,
      contentHash,
      ...withMeta,
      ...unpacked,
      ...kept,
      ...packed,
    };
  }
  const details = result.error.details as { offset?: unknown } | undefined;
  const offset = typeof details?.offset === 'number' ? details.offset : undefined;
  const error = {
    code: result.error.code,
    message: result.error.message,
    ...(offset === undefined ? {} : { offset }),
  };
  return { type: 'file', source, ok: false, error, contentHash, ...withMeta, ...unpacked, ...kept };
}

/** A file's own bytes, gzipped (an already gzipped file too: gunzip gives it back exactly), in a buffer of its own. */
function originalOf(bytes: Uint8Array, name: string): OriginalFile {
  // An already gzipped file does not shrink: it is wrapped in stored blocks (a few bytes more) rather
  // than deflated again, for a quarter of the CPU; gunzip gives it back exactly either way.
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const packed = gzipSync(bytes, { level: gzipped ? 0 : 6 });
  const base = name.split(/[\\/]/).pop() || name;
  // A copy: small results share Node's buffer pool, which must not be moved out of a worker.
  return { name: base, sizeBytes: bytes.byteLength, gzip: new Uint8Array(packed) };
}

/**
 * The activity's series packed for the store; the activity keeps only its last sample (the end of the
 * recording, which is all a run read from it needs), so the samples never cross to the writer's thread.
 */
function packSeries(activity: Activity): Uint8Array | null {
  const packed = ownedCopy(encodeSeries(activity.series));
  activity.series = lastSample(activity.series);
  return packed;
}

function lastSample(series: ActivitySeries): ActivitySeries {
  const n = series.t.length;
  const tail = emptySeries(Math.min(n, 1));
  if (n === 0) return tail;
  for (const key of Object.keys(tail) as (keyof ActivitySeries)[]) tail[key][0] = series[key][n - 1]!;
  return tail;
}

/** `bytes` in a buffer of their own (a copy only when they share one), so they can be moved out of a worker. */
function ownedCopy(bytes: Uint8Array | null): Uint8Array | null {
  if (bytes === null) return null;
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole ? bytes : new Uint8Array(bytes);
}

/** Decodes in the calling thread: for tests, `inspect` and small tools; the server and `import` use a pool. */
export const decodeInThread: Decoder = (request) => Promise.resolve(decodeToEvent(request));

/** The event of a file that could not be decoded at all, for `error`. */
export const failedFile = (request: DecodeRequest, error: ImportError): FileEvent => ({
  type: 'file',
  source: request.source,
  ok: false,
  error,
  ...(request.meta ? { meta: request.meta } : {}),
});
