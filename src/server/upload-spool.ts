import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Busboy, { type BusboyHeaders, type BusboyInstance } from '@fastify/busboy';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import { uploadLabel, type SpooledFile } from './import-jobs';

export interface UploadLimits {
  /** Largest request body, bytes: refused by its Content-Length before reading, else counted while reading. */
  maxUploadBytes: number;
  /** Largest part that is not a zip archive, bytes; an archive part may fill the whole upload. */
  maxFileBytes: number;
  /** Folder under which each upload gets a private folder of its own. */
  root: string;
}

export interface SpooledUpload {
  /** The upload's private folder, for the import to remove when it ends; null when no file came. */
  dir: string | null;
  files: SpooledFile[];
}

/** Form fields are ignored; these bound what the parser keeps of them and of part headers. */
const PARSER_LIMITS = {
  files: 10_000,
  fields: 20,
  parts: 10_100,
  fieldSize: 64 * 1024,
  headerPairs: 20,
  headerSize: 16 * 1024,
};

const ARCHIVE_NAME = /\.zip$/i;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CLOSE = { connection: 'close' };
const MB = 1024 * 1024;

/**
 * Streams a multipart body's `files` parts into a private folder under `limits.root`, one part at a
 * time as it arrives, and resolves once every part is on disk. It never reads past a limit: over the
 * body's or a part's limit it rejects at once (413); a body cut short or without its boundary is 400;
 * a client that leaves mid-body, or a body idle past the server's idle timeout (408), ends it too. On
 * every failure the spool files are closed and the folder removed before it rejects; the errors ask
 * for `Connection: close`, so nothing more of the body is read. (A part whose headers busboy cannot
 * read is skipped; a body with no readable file part resolves with no files.)
 * Parsing is @fastify/busboy's, driven directly: @fastify/multipart's iterator treats a body that ends
 * without its closing boundary as complete, and destroys a part's stream without saying why.
 * @example const { dir, files } = await spoolUpload(request, reply, { maxUploadBytes, maxFileBytes, root: tmpdir() });
 */
export async function spoolUpload(
  request: FastifyRequest,
  reply: FastifyReply,
  limits: UploadLimits,
): Promise<SpooledUpload> {
  const raw = request.raw;
  const response = reply.raw;
  const declared = Number(raw.headers['content-length']);
  if (declared > limits.maxUploadBytes) throw uploadTooLarge(limits);
  let parser: BusboyInstance;
  try {
    parser = new Busboy({ headers: raw.headers as BusboyHeaders, limits: PARSER_LIMITS });
  } catch (error) {
    throw malformed(plainParserError(error));
  }
  const dir = await mkdtemp(join(limits.root, 'backstride-import-'));
  if (raw.destroyed) {
    await rm(dir, { recursive: true, force: true });
    throw clientLeft();
  }
  return new Promise((resolve, reject) => {
    const files: SpooledFile[] = [];
    const streams = new Set<Readable | Writable>();
    const closed: Promise<void>[] = [];
    // One part at a time: a part waits, unread, until the one before is on disk, and while one waits the
    // gate holds the body back, so thousands of tiny parts neither open thousands of files nor pile up in
    // memory; the client is slowed to the pace of the disk.
    let queue: Promise<void> = Promise.resolve();
    let waiting = 0;
    let held: (() => void) | null = null;
    const gate = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        if (waiting === 0) callback(null, chunk);
        else held = () => callback(null, chunk);
      },
    });
    let received = 0;
    let ended = false;
    let failure: Error | null = null;

    const detach = () => {
      raw.off('data', onData);
      raw.off('end', onEnd);
      raw.off('close', onClose);
      raw.off('error', onClose);
      response.off('timeout', onTimeout);
    };
    const fail = (error: Error) => {
      if (failure) return;
      failure = error;
      detach();
      raw.unpipe(gate);
      gate.unpipe(parser);
      held = null;
      for (const stream of streams) stream.destroy();
      void Promise.all(closed)
        .then(() => rm(dir, { recursive: true, force: true }))
        .catch(() => undefined)
        .then(() => reject(error));
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.maxUploadBytes) fail(uploadTooLarge(limits));
    };
    const onEnd = () => (ended = true);
    const onClose = () => {
      if (!ended) fail(clientLeft());
    };
    // The socket was idle. A listener here keeps Node from closing it silently, so a stalled upload is
    // answered 408; but when the server is the one behind (parts queued, a slow disk, the whole body in),
    // the client is waiting for us, and the upload goes on.
    const onTimeout = () => {
      const behind = held !== null || ended || raw.readableFlowing === false || raw.readableLength > 0;
      if (!behind) return fail(stalled());
      // Look again after another idle spell: the client may stall once the server has caught up.
      if (raw.socket?.timeout) raw.socket.setTimeout(raw.socket.timeout);
    };

    const spoolPart = async (file: Readable, path: string, label: string) => {
      if (--waiting === 0 && held) {
        const release = held;
        held = null;
        release();
      }
      const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
      closed.push(new Promise((done) => out.once('close', () => done())));
      out.on('error', () => undefined);
      streams.add(out);
      try {
        await pipeline(file, partMeter(label, limits, fail), out);
      } catch (error) {
        // The disk's failures (no space, no descriptors) are the server's; anything else is the body's.
        if (error instanceof AppError || (error as NodeJS.ErrnoException).syscall) fail(error as Error);
        else fail(malformed(`the upload of ${label} was cut short`));
      }
    };

    parser.on('file', (field: string, file: Readable, filename: string | undefined) => {
      // The parser may still report a cut-off part after its pipeline has given up on it.
      file.on('error', () => undefined);
      if (failure || field !== 'files') {
        file.resume();
        return;
      }
      streams.add(file);
      const label = uploadLabel(filename ?? '');
      const path = join(dir, spoolName(files.length, label));
      files.push({ path, label });
      waiting++;
      queue = queue.then(() => (failure ? undefined : spoolPart(file, path, label)));
    });
    parser.on('error', (error: unknown) => fail(malformed(plainParserError(error))));
    parser.on('partsLimit', () => fail(tooManyParts()));
    parser.on('filesLimit', () => fail(tooManyParts()));
    parser.on('fieldsLimit', () => fail(tooManyParts()));
    parser.on('finish', () => {
      void queue
        .then(async () => {
          if (failure) return;
          detach();
          if (files.length > 0) return resolve({ dir, files });
          await rm(dir, { recursive: true, force: true });
          resolve({ dir: null, files });
        })
        .catch((error: unknown) => fail(error as Error));
    });

    raw.on('data', onData);
    raw.on('end', onEnd);
    raw.on('close', onClose);
    raw.on('error', onClose);
    response.on('timeout', onTimeout);
    raw.pipe(gate).pipe(parser);
  });
}

/**
 * Counts one part's bytes on their way to disk and stops it the moment it passes its limit: the
 * whole upload for a zip (by name or by its first bytes), else the per-file limit.
 */
function partMeter(label: string, limits: UploadLimits, fail: (error: Error) => void): Transform {
  let bytes = 0;
  let head = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (head.length < ZIP_MAGIC.length) head = Buffer.concat([head, chunk.subarray(0, ZIP_MAGIC.length)]);
      bytes += chunk.length;
      const archive = ARCHIVE_NAME.test(label) || head.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC);
      const limit = archive ? limits.maxUploadBytes : limits.maxFileBytes;
      if (bytes <= limit) return callback(null, chunk);
      const error = fileTooLarge(label, limits.maxFileBytes);
      fail(error);
      callback(error);
    },
  });
}

/** `3.fit.gz`: the part's index keeps names unique; the extension keeps what the importer reads by name. */
const spoolName = (index: number, label: string): string =>
  `${index}${/(\.[a-z0-9]{1,8}){1,2}$/i.exec(label)?.[0] ?? ''}`;

/** `100 MB`, `2048 MB`, `1.5 MB`; under a megabyte in KB (`49 KB`), as a limit is said to a person. */
const size = (bytes: number): string =>
  bytes < MB ? `${Math.round(bytes / 1024)} KB` : `${Math.round((bytes / MB) * 10) / 10} MB`;

/** busboy's words for what is wrong with the body, said for a person. */
function plainParserError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/unexpected end/i.test(message)) return 'it ended before its closing boundary';
  if (/boundary not found/i.test(message)) return 'its Content-Type header names no boundary';
  return message;
}

const uploadTooLarge = (limits: UploadLimits): AppError =>
  new AppError(
    'payload_too_large',
    `The upload is over this server's limit of ${size(limits.maxUploadBytes)}; nothing from it was kept. Send fewer files at a time.`,
    undefined,
    CLOSE,
  );

const fileTooLarge = (label: string, maxFileBytes: number): AppError =>
  new AppError(
    'payload_too_large',
    `${label} is over this server's limit of ${size(maxFileBytes)} for one activity file (a zip export may be larger); nothing from this upload was kept.`,
    [{ path: 'body.files', message: `${label} is larger than ${size(maxFileBytes)}` }],
    CLOSE,
  );

const tooManyParts = (): AppError =>
  new AppError(
    'payload_too_large',
    `The upload has more than ${PARSER_LIMITS.files} files or ${PARSER_LIMITS.fields} form fields; nothing from it was kept.`,
    undefined,
    CLOSE,
  );

const malformed = (detail: string): AppError =>
  new AppError(
    'malformed_upload',
    `The upload is not a complete multipart/form-data body: ${detail}. Nothing from it was kept; send it again.`,
    undefined,
    CLOSE,
  );

const clientLeft = (): AppError => malformed('the connection closed before the whole body arrived');

const stalled = (): AppError =>
  new AppError(
    'request_timeout',
    'The upload stalled: nothing arrived for too long. Nothing from it was kept; send it again.',
    undefined,
    CLOSE,
  );
