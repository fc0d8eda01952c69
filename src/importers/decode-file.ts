import { gunzipSync } from 'node:zlib';
import type { Activity } from '../core/activity/activity';
import { summariseSurviving } from '../core/activity/surviving';
import { fail, ok, type Result } from '../core/result';
import { sniffFormat } from './detect';
import { decodeFit } from './fit/to-activities';
import { decodeGpx } from './gpx';
import { decodeTcx } from './tcx';

export interface DecodeOptions {
  /** Largest file (and largest gunzipped content) accepted, bytes. Default 100 MB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Decodes one activity file (FIT, GPX, TCX, any of them gzipped) into activities.
 * Never throws for bad bytes: every problem is a typed failure (`unknown_format`, `empty_file`,
 * `corrupt_file`, `not_an_activity`, `limit_exceeded`), damage with a readable part is `recovered`,
 * and a recovered activity's totals come from its surviving samples (see `summariseSurviving`), not the
 * device's summary of the whole recording.
 * @example
 * const r = decodeFile(new Uint8Array(await readFile('run.fit')), 'run.fit');
 * if (r.ok) for (const a of r.value) console.log(a.sport, a.distanceM);
 */
export function decodeFile(
  bytes: Uint8Array,
  filename: string,
  options: DecodeOptions = {},
): Result<Activity[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  try {
    const result = decodeBytes(bytes, filename, maxBytes, 0);
    return result.ok ? ok(result.value.map(summariseSurviving)) : result;
  } catch (error) {
    // A decoder bug must not take the caller down: report it as a damaged file.
    const message = error instanceof Error ? error.message : String(error);
    return fail('corrupt_file', `could not decode ${filename}: ${message}`);
  }
}

function decodeBytes(
  bytes: Uint8Array,
  filename: string,
  maxBytes: number,
  depth: number,
): Result<Activity[]> {
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
      const inner = gunzip(bytes, filename, maxBytes);
      if (!inner.ok) return inner;
      return decodeBytes(inner.value, filename.replace(/\.gz$/i, ''), maxBytes, depth + 1);
    }
    case 'fit':
      return decodeFit(bytes);
    case 'gpx':
      return decodeGpx(xmlText(bytes));
    case 'tcx':
      return decodeTcx(xmlText(bytes));
    case 'zip':
      return fail('unknown_format', `${filename} is a zip archive: import it as an archive`, { offset: 0 });
    default:
      return fail('unknown_format', `${filename} is not FIT, GPX or TCX`, { offset: 0 });
  }
}

function gunzip(bytes: Uint8Array, filename: string, maxBytes: number): Result<Uint8Array> {
  try {
    const out = gunzipSync(bytes, { maxOutputLength: maxBytes });
    return ok(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      return fail('limit_exceeded', `${filename} unpacks to more than ${maxBytes} bytes`, {
        limit: maxBytes,
      });
    }
    const message = error instanceof Error ? error.message : String(error);
    return fail('corrupt_file', `${filename}: broken gzip data (${message})`, { offset: 0 });
  }
}

const xmlText = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);
