import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { collectInputs } from './collect-inputs';
import { importInputs, type ImportOptions } from './import-batch';
import type { ImportEvent } from './import-events';

export interface UploadOptions extends ImportOptions {
  /** Largest upload spooled to disk, bytes. Default 2 GiB. */
  maxUploadBytes?: number;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

class UploadTooLarge extends Error {}

/**
 * Imports one uploaded file (an activity file, .gz or a whole export .zip) from a stream: spools it
 * to a private temp file (streaming, at most maxUploadBytes), runs the importSources pipeline on it
 * with sources named after `filename`, and removes the temp file, also when iteration stops early.
 * An upload over the limit gives one `limit_exceeded` file event (the stream is not drained further).
 * @example
 * for await (const event of importUpload(part.file, part.filename, { maxUploadBytes: 500e6 })) send(event);
 */
export async function* importUpload(
  stream: Readable,
  filename: string,
  options: UploadOptions = {},
): AsyncGenerator<ImportEvent> {
  const maxBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const label = safeName(filename);
  const dir = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'backstride-upload-'));
  try {
    // The temp name keeps only the extension: the upload's own name may be long or odd.
    const path = join(dir, `upload${/(\.[a-z0-9]{1,8}){1,2}$/i.exec(label)?.[0] ?? ''}`);
    let size = 0;
    const limiter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        callback(size > maxBytes ? new UploadTooLarge() : null, chunk);
      },
    });
    try {
      await pipeline(stream, limiter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      const tooLarge = error instanceof UploadTooLarge;
      const message = tooLarge
        ? `${label} is over the ${maxBytes}-byte upload limit`
        : `upload of ${label} failed: ${error instanceof Error ? error.message : String(error)}`;
      const code = tooLarge ? 'limit_exceeded' : 'corrupt_file';
      yield { type: 'file', source: label, ok: false, error: { code, message } };
      return;
    }
    const inputs = (await collectInputs([path], dir)).map((input) => ({ ...input, label }));
    yield* importInputs(inputs, options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The upload's own name, without any folder part; a placeholder when it has none usable. */
const safeName = (filename: string): string => {
  const name = basename(filename.replace(/\\/g, '/')).replace(/[\0/]/g, '_');
  return name === '' || name === '.' || name === '..' ? 'upload' : name;
};
