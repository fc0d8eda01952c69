import { createWriteStream, read } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { fail, ok, type Result } from '../../core/result';

/** Where a zip's bytes are: a whole file, or a stored (uncompressed) entry inside another zip. */
export interface ZipLocation {
  path: string;
  offset: number;
  size: number;
}

/** Reads a byte range of a file: lets yauzl read a zip that sits stored inside another zip, without copying it. */
class FileSliceReader extends yauzl.RandomAccessReader {
  constructor(
    private readonly fd: number,
    private readonly base: number,
  ) {
    super();
  }
  override _readStreamForRange(start: number, end: number): Readable {
    return new RangeStream(this.fd, this.base + start, this.base + end);
  }
  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null) => void,
  ): void {
    try {
      read(this.fd, buffer, offset, length, this.base + position, (err, bytesRead) =>
        callback(err ?? (bytesRead < length ? new Error('unexpected end of file') : null)),
      );
    } catch (error) {
      // fs.read throws at once for a position past 2^53 (a zip64 record may point anywhere): an error
      // for yauzl to report, not an exception thrown from its callback that nothing catches.
      setImmediate(() => callback(error instanceof Error ? error : new Error(String(error))));
    }
  }
  override close(callback: (err: Error | null) => void): void {
    // The file handle belongs to ZipArchive, which closes it once.
    setImmediate(() => callback(null));
  }
}

const CHUNK_BYTES = 64 * 1024;
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;

/** Bytes [position, end) of an fd. Unlike fs.ReadStream, destroying it never closes the shared fd. */
class RangeStream extends Readable {
  constructor(
    private readonly fd: number,
    private position: number,
    private readonly end: number,
  ) {
    super();
  }
  override _read(size: number): void {
    const length = Math.min(Math.max(size, CHUNK_BYTES), this.end - this.position);
    if (length <= 0) {
      this.push(null);
      return;
    }
    const buffer = Buffer.allocUnsafe(length);
    try {
      read(this.fd, buffer, 0, length, this.position, (err, bytesRead) => {
        if (err) return this.destroy(err);
        if (bytesRead === 0) return this.destroy(new Error('unexpected end of file'));
        this.position += bytesRead;
        this.push(buffer.subarray(0, bytesRead));
      });
    } catch (error) {
      this.destroy(error instanceof Error ? error : new Error(String(error))); // as FileSliceReader.read
    }
  }
}

/**
 * One open zip, read from disk a range at a time (the archive is never held in memory).
 * @example
 * const zip = await ZipArchive.open({ path: 'export.zip', offset: 0, size: (await stat('export.zip')).size });
 * if (zip.ok) { for (const e of await zip.value.listEntries()) console.log(e.fileName); await zip.value.close(); }
 */
export class ZipArchive {
  private constructor(
    private readonly location: ZipLocation,
    private readonly handle: FileHandle,
    private readonly zip: yauzl.ZipFile,
  ) {}

  static async open(location: ZipLocation): Promise<Result<ZipArchive>> {
    let handle: FileHandle;
    try {
      handle = await open(location.path, 'r');
    } catch (error) {
      return fail('not_found', `cannot open ${location.path}: ${errorText(error)}`);
    }
    try {
      const reader = new FileSliceReader(handle.fd, location.offset);
      const zip = await yauzl.fromRandomAccessReaderPromise(reader, location.size, {
        autoClose: false,
        validateEntrySizes: true,
      });
      return ok(new ZipArchive(location, handle, zip));
    } catch (error) {
      await handle.close().catch(() => undefined);
      return fail('corrupt_file', `not a readable zip archive: ${errorText(error)}`, { offset: 0 });
    }
  }

  /** Number of entries the central directory announces (known before reading any). */
  get entryCount(): number {
    return this.zip.entryCount;
  }

  /** Every entry of the central directory, in order. */
  listEntries(): Promise<Result<yauzl.Entry[]>> {
    return new Promise((resolve) => {
      const entries: yauzl.Entry[] = [];
      const onEntry = (entry: yauzl.Entry): void => {
        entries.push(entry);
        this.zip.readEntry();
      };
      const done = (result: Result<yauzl.Entry[]>): void => {
        this.zip.off('entry', onEntry);
        resolve(result);
      };
      this.zip.on('entry', onEntry);
      this.zip.once('end', () => done(ok(entries)));
      this.zip.once('error', (error: unknown) =>
        done(fail('corrupt_file', `damaged zip directory: ${errorText(error)}`, { offset: 0 })),
      );
      this.zip.readEntry();
    });
  }

  /**
   * Where the central directory starts and whether entries lie outside what the end record lists:
   * more central records right after the listed ones (the end record under-reports its count), or a
   * local entry header at the very start that no listed entry begins at. Call after `listEntries`.
   */
  async directory(entries: readonly yauzl.Entry[]): Promise<{ start: number; unlisted: boolean }> {
    // yauzl reads the records one after the other from the start the end record gives; its cursor
    // now stands just past the last listed record.
    const cursor = (this.zip as unknown as { readEntryCursor?: unknown }).readEntryCursor;
    if (typeof cursor !== 'number') return { start: Infinity, unlisted: false };
    let listed = 0;
    let first = Infinity;
    for (const e of entries) {
      listed += 46 + e.fileNameLength + e.extraFieldLength + e.fileCommentLength;
      first = Math.min(first, e.relativeOffsetOfLocalHeader);
    }
    const start = cursor - listed;
    const unlisted =
      (await this.signatureAt(cursor)) === CENTRAL_HEADER ||
      (Math.min(first, start) > 0 && (await this.signatureAt(0)) === LOCAL_HEADER);
    return { start, unlisted };
  }

  /** The entry's unpacked bytes; stops reading (limit_exceeded) as soon as more than maxBytes arrive. */
  async readBytes(entry: yauzl.Entry, maxBytes: number): Promise<Result<Uint8Array>> {
    const stream = await this.openStream(entry);
    if (!stream.ok) return stream;
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let total = 0;
      let settled = false;
      const settle = (result: Result<Uint8Array>): void => {
        if (settled) return;
        settled = true;
        resolve(result);
      };
      stream.value.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) {
          stream.value.destroy();
          settle(
            fail('limit_exceeded', `${entry.fileName} unpacks to more than ${maxBytes} bytes`, {
              limit: maxBytes,
            }),
          );
          return;
        }
        chunks.push(chunk);
      });
      stream.value.on('error', (error) => settle(entryDamaged(entry, error)));
      stream.value.on('end', () => {
        const bytes = Buffer.concat(chunks, total);
        settle(ok(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
      });
    });
  }

  /** Unpacks the entry into a file (at most maxBytes); returns the bytes written. */
  async copyToFile(entry: yauzl.Entry, dest: string, maxBytes: number): Promise<Result<number>> {
    if (entry.uncompressedSize > maxBytes) {
      return fail('limit_exceeded', `${entry.fileName} is over the ${maxBytes}-byte limit`, {
        limit: maxBytes,
      });
    }
    const stream = await this.openStream(entry);
    if (!stream.ok) return stream;
    try {
      await pipeline(stream.value, createWriteStream(dest, { flags: 'wx', mode: 0o600 }));
      return ok(entry.uncompressedSize);
    } catch (error) {
      return entryDamaged(entry, error);
    }
  }

  /** Where a stored (uncompressed, unencrypted) entry's bytes lie in the file, or null if it must be unpacked. */
  async storedLocation(entry: yauzl.Entry): Promise<ZipLocation | null> {
    if (entry.compressionMethod !== 0 || entry.isEncrypted()) return null;
    try {
      const header = await new Promise<{ fileDataStart: number }>((resolve, reject) =>
        this.zip.readLocalFileHeader(entry, { minimal: true }, (err, h) => (err ? reject(err) : resolve(h))),
      );
      return {
        path: this.location.path,
        offset: this.location.offset + header.fileDataStart,
        size: entry.compressedSize,
      };
    } catch {
      return null;
    }
  }

  /** The 4-byte little-endian word at `position` of this zip, or -1 past its end. */
  private async signatureAt(position: number): Promise<number> {
    if (position < 0 || position + 4 > this.location.size) return -1;
    const word = Buffer.alloc(4);
    const { bytesRead } = await this.handle.read(word, 0, 4, this.location.offset + position);
    return bytesRead === 4 ? word.readUInt32LE(0) : -1;
  }

  async close(): Promise<void> {
    this.zip.close();
    await this.handle.close().catch(() => undefined);
  }

  private openStream(entry: yauzl.Entry): Promise<Result<Readable>> {
    return new Promise((resolve) => {
      try {
        this.zip.openReadStream(entry, (err, stream) => resolve(err ? entryDamaged(entry, err) : ok(stream)));
      } catch (error) {
        resolve(entryDamaged(entry, error));
      }
    });
  }
}

const entryDamaged = (
  entry: yauzl.Entry,
  error: unknown,
): { ok: false; error: { code: 'corrupt_file'; message: string; details?: unknown } } =>
  fail('corrupt_file', `${entry.fileName}: cannot unpack (${errorText(error)})`, {
    offset: entry.relativeOffsetOfLocalHeader,
  });

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
