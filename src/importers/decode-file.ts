import { gunzipSync } from 'node:zlib';
import type { Activity } from '../core/activity/activity';
import { summariseSurviving } from '../core/activity/surviving';
import { fail, ok, type Result } from '../core/result';
import { DecodeLimitError, limitFailure, resolveDecodeLimits, type DecodeLimits } from './decode-limits';
import { sniffFormat } from './detect';
import { decodeFit } from './fit/to-activities';
import { decodeGpx } from './gpx';
import { decodeTcx } from './tcx';

export interface DecodeOptions {
  /** Largest file (and largest gunzipped content) accepted, bytes. Default 100 MB. */
  maxBytes?: number;
  /**
   * Most bytes gunzip may produce for this file: what is left of the import's unpack budget (see
   * `ImportLimits.maxTotalBytes`), so a 96 KB .gz that inflates to 99 MB spends 99 MB of it. Default: maxBytes.
   */
  maxUnpackedBytes?: number;
  /** Bounds on what decoding may build (XML depth, elements, samples...). Default DEFAULT_DECODE_LIMITS. */
  limits?: Partial<DecodeLimits>;
}

/** A decode's result and the bytes it unpacked (gunzip), to charge to the import's unpack budget. */
export interface MeasuredDecode {
  result: Result<Activity[]>;
  unpackedBytes: number;
}

export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Decodes one activity file (FIT, GPX, TCX, any of them gzipped) into activities.
 * Never throws for bad bytes: every problem is a typed failure (`unknown_format`, `empty_file`,
 * `corrupt_file`, `not_an_activity`, `limit_exceeded`), damage with a readable part is `recovered`,
 * and a recovered activity's totals come from its surviving samples (see `summariseSurviving`), not the
 * device's summary of the whole recording.
 *
 * Memory: besides `bytes`, decoding holds the gunzipped content (at most maxBytes, in one buffer sized
 * from the gzip trailer), the samples (64 bytes each while read, at most `maxSamples`, and a second copy as
 * the activity's series) and a megabyte or two of XML text. With the defaults that is at most 64 MB of V8
 * heap and 400 MB of memory over the baseline for any input, `bytes` included (measured worst: 370 MB for
 * a valid 100 MB FIT file of 2 million records; hostile files are refused at the first chunk past a limit).
 * `hostile-memory.medium.test.ts` holds this bound.
 * @example
 * const r = decodeFile(new Uint8Array(await readFile('run.fit')), 'run.fit');
 * if (r.ok) for (const a of r.value) console.log(a.sport, a.distanceM);
 */
export function decodeFile(
  bytes: Uint8Array,
  filename: string,
  options: DecodeOptions = {},
): Result<Activity[]> {
  return decodeFileMeasured(bytes, filename, options).result;
}

/**
 * `decodeFile`, also saying how many bytes it unpacked (0 for a file that is not gzipped).
 * @example decodeFileMeasured(gz, 'run.gpx.gz', { maxUnpackedBytes: left }).unpackedBytes
 */
export function decodeFileMeasured(
  bytes: Uint8Array,
  filename: string,
  options: DecodeOptions = {},
): MeasuredDecode {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const run: DecodeRun = {
    maxBytes,
    maxUnpackedBytes: Math.max(0, options.maxUnpackedBytes ?? maxBytes),
    limits: resolveDecodeLimits(options.limits),
    unpackedBytes: 0,
  };
  try {
    const result = decodeBytes(bytes, filename, run, 0);
    return {
      result: result.ok ? ok(result.value.map(summariseSurviving)) : result,
      unpackedBytes: run.unpackedBytes,
    };
  } catch (error) {
    return { result: unexpected(error, filename), unpackedBytes: run.unpackedBytes };
  }
}

interface DecodeRun {
  maxBytes: number;
  maxUnpackedBytes: number;
  limits: DecodeLimits;
  unpackedBytes: number;
}

/**
 * An exception no decoder turned into a value. Decoders return every expected failure, so this is a
 * bug or the machine running short; it is still a typed failure, and says which.
 */
function unexpected(error: unknown, filename: string): Result<Activity[]> {
  if (error instanceof DecodeLimitError) return limitFailure(filename, error);
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && /allocation failed|invalid (typed )?array length/i.test(message)) {
    return fail('limit_exceeded', `${filename} needs more memory than one file may take (${message})`);
  }
  return fail('corrupt_file', `could not decode ${filename}: decoder error (${message})`, {
    decoderError: error instanceof Error ? error.name : typeof error,
  });
}

function decodeBytes(bytes: Uint8Array, filename: string, run: DecodeRun, depth: number): Result<Activity[]> {
  const { maxBytes, limits } = run;
  if (bytes.length > maxBytes) {
    return fail('limit_exceeded', `${filename} is ${bytes.length} bytes, over the ${maxBytes}-byte limit`, {
      limit: maxBytes,
    });
  }
  const format = sniffFormat(bytes, filename);
  switch (format) {
    case 'empty':
      return fail('empty_file', `${filename} is empty`, { offset: 0 });
    case 'gzip': {
      if (depth > 0) return fail('unknown_format', `${filename} is gzip inside gzip`, { offset: 0 });
      const inner = gunzip(bytes, filename, run);
      if (!inner.ok) return inner;
      return decodeBytes(inner.value, filename.replace(/\.gz$/i, ''), run, depth + 1);
    }
    case 'fit':
      return decodeFit(bytes, limits);
    case 'gpx':
      return decodeGpx(bytes, limits);
    case 'tcx':
      return decodeTcx(bytes, limits);
    case 'zip':
      return fail('unknown_format', `${filename} is a zip archive: import it as an archive`, { offset: 0 });
    default:
      return fail('unknown_format', `${filename} is not FIT, GPX or TCX`, { offset: 0 });
  }
}

/** Gunzips at most min(maxBytes, maxUnpackedBytes) bytes, counting them in `run.unpackedBytes`. */
function gunzip(bytes: Uint8Array, filename: string, run: DecodeRun): Result<Uint8Array> {
  const budgetBinds = run.maxUnpackedBytes < run.maxBytes;
  const cap = Math.min(run.maxBytes, run.maxUnpackedBytes);
  try {
    // maxOutputLength must be at least 1; an exhausted budget fails on the first byte out.
    const out = gunzipSync(bytes, { maxOutputLength: Math.max(1, cap), chunkSize: outputChunk(bytes, cap) });
    if (out.length > cap) throw new RangeError('over the budget');
    run.unpackedBytes += out.length;
    return ok(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      run.unpackedBytes += cap;
      if (budgetBinds) {
        const message = `${filename} unpacks to more than the ${cap} bytes left of this import's unpack budget (maxTotalBytes)`;
        return fail('limit_exceeded', message, { limit: cap, name: 'maxTotalBytes' });
      }
      return fail('limit_exceeded', `${filename} unpacks to more than ${cap} bytes (maxFileBytes)`, {
        limit: cap,
        name: 'maxFileBytes',
      });
    }
    const message = error instanceof Error ? error.message : String(error);
    return fail('corrupt_file', `${filename}: broken gzip data (${message})`, { offset: 0 });
  }
}

/**
 * One output buffer as large as the gzip trailer says the content is (ISIZE, its size mod 4 GiB), so
 * gunzip fills it and never joins chunks: peak memory is the content once, not twice. A trailer that
 * lies only costs more chunks (at least 16 KiB each), never more than `cap`.
 */
function outputChunk(bytes: Uint8Array, cap: number): number {
  const n = bytes.length;
  const declared =
    n >= 18 ? (bytes[n - 4]! | (bytes[n - 3]! << 8) | (bytes[n - 2]! << 16)) + bytes[n - 1]! * 2 ** 24 : 0;
  return Math.max(16 * 1024, Math.min(cap, declared) + 1);
}
