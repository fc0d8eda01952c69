/**
 * Uploads kept in the database until their import ends: every instance and every worker reads them
 * with nothing shared but the database (no shared folder to mount), the bytes are in the same backups
 * and transactions as the import that uses them, and they are deleted in the transaction that ends it.
 * A worker copies them to a private temp folder to read them (zips are read by offset, from a file).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import { uploadChunksRepository } from '../store/repositories/upload-chunks';

/** Bytes per chunk: big enough that a 2 GB upload is 2,048 rows, small enough to hold one in memory. */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024;

/** One uploaded file as the job knows it: `name` in the worker's folder, `label` as the runner sent it. */
export interface UploadedFile {
  name: string;
  label: string;
}

/** What an import's `sources_json` holds. */
export interface UploadSources {
  files: UploadedFile[];
}

/** Bytes of chunks written in one statement, and in one transaction. */
const STATEMENT_BYTES = 4 * 1024 * 1024;
const TRANSACTION_BYTES = 64 * 1024 * 1024;

/**
 * Copies spooled files into the database under `importId` (whose row must exist), chunk by chunk:
 * small files' chunks several to a statement, and a transaction per 64 MB, so an upload of thousands
 * of small files is a few statements and a 2 GB one never one huge transaction.
 * @example const sources = await keepUpload(db, id, [{ path: '/tmp/x/0.zip', label: 'export.zip' }]);
 */
export async function keepUpload(
  db: Kysely<Database>,
  importId: string,
  files: { path: string; label: string }[],
): Promise<UploadSources> {
  const chunks = chunksOf(files)[Symbol.asyncIterator]();
  let next = await chunks.next();
  while (!next.done) {
    await db.transaction().execute(async (trx) => {
      const repo = uploadChunksRepository(trx);
      let inTransaction = 0;
      let rows: { fileIndex: number; seq: number; bytes: Uint8Array }[] = [];
      let inStatement = 0;
      while (!next.done && inTransaction < TRANSACTION_BYTES) {
        rows.push(next.value);
        inStatement += next.value.bytes.byteLength;
        inTransaction += next.value.bytes.byteLength;
        if (inStatement >= STATEMENT_BYTES || rows.length >= 500) {
          await repo.putMany(importId, rows);
          rows = [];
          inStatement = 0;
        }
        next = await chunks.next();
      }
      if (rows.length > 0) await repo.putMany(importId, rows);
    });
  }
  return { files: files.map((file, index) => ({ name: fileName(index, file.label), label: file.label })) };
}

/** Every file's chunks, in order. */
async function* chunksOf(files: { path: string }[]) {
  for (const [fileIndex, file] of files.entries()) {
    let seq = 0;
    for await (const chunk of createReadStream(file.path, { highWaterMark: UPLOAD_CHUNK_BYTES })) {
      const bytes = chunk as Buffer;
      yield {
        fileIndex,
        seq: seq++,
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      };
    }
  }
}

/** Writes the import's upload into `dir`, one file at a time; returns each file's path and label. */
export async function fetchUpload(
  db: Kysely<Database>,
  importId: string,
  sources: UploadSources,
  dir: string,
): Promise<{ path: string; label: string }[]> {
  const chunks = uploadChunksRepository(db);
  const out: { path: string; label: string }[] = [];
  for (const [index, file] of sources.files.entries()) {
    const path = join(dir, file.name);
    const stream = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    try {
      for (let seq = 0; ; seq++) {
        const bytes = await chunks.get(importId, index, seq);
        if (!bytes) break;
        if (!stream.write(bytes)) await once(stream, 'drain');
      }
    } finally {
      stream.end();
      await once(stream, 'close');
    }
    out.push({ path, label: file.label });
  }
  return out;
}

/** `3.fit.gz`: the index keeps names unique; the extension keeps what the importer reads by name. */
const fileName = (index: number, label: string): string =>
  `${index}${/(\.[a-z0-9]{1,8}){1,2}$/i.exec(label)?.[0] ?? ''}`;
