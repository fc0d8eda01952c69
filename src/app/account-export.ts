/**
 * Exporting an account: every record as JSON (one file per table, from the one list in data-exporters.ts)
 * and each kept activity file as it came, under `activities/`, in one zip streamed as it is written.
 */
import { PassThrough, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Kysely } from 'kysely';
import { ZipFile } from 'yazl';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportManifest } from '../core/account/export-format';
import type { Database } from '../store/schema';
import { DATA_EXPORTERS, loose, type Row } from './data-exporters';

export interface AccountExport {
  /** `backstride-export-2026-12-14.zip` */
  fileName: string;
  manifest: ExportManifest;
  /** The zip's bytes; activity files are read from the database as the stream reaches them. */
  stream: Readable;
}

/** Said when the account to export is not there. */
export class AccountNotFound extends Error {}

/**
 * Gathers an account's records and starts writing its export; the records are read at once (one consistent
 * picture), the activity files' bytes one at a time as the zip is consumed.
 * @example
 * const { fileName, stream } = await exportAccount(db, userId, new Date());
 * stream.pipe(createWriteStream(fileName));
 */
export async function exportAccount(db: Kysely<Database>, userId: string, now: Date): Promise<AccountExport> {
  const ldb = loose(db);
  const user = await db
    .selectFrom('users')
    .select(['email', 'created_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw new AccountNotFound(`no account ${userId}`);
  const files: { name: string; json: string }[] = [];
  const attachments: { path: string; id: string; gzipColumn: string; table: string }[] = [];
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    for (const exporter of DATA_EXPORTERS) {
      let query = loose(trx)
        .selectFrom(exporter.table)
        .select(exporter.columns)
        .where('user_id', '=', userId);
      for (const column of exporter.orderBy) query = query.orderBy(column);
      const rows = (await query.execute()) as Row[];
      const records = rows.map((row) => exporter.toRecord(row));
      counts[exporter.file] = records.length;
      files.push({ name: `${exporter.file}.json`, json: JSON.stringify(records, null, 1) });
      const { attachment } = exporter;
      if (attachment) {
        for (const row of rows) {
          attachments.push({
            path: attachment.path(row),
            id: String(row.id),
            gzipColumn: attachment.gzipColumn,
            table: exporter.table,
          });
        }
      }
    }
  });
  counts.activities = attachments.length;
  const manifest: ExportManifest = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    account: { email: user.email, createdAt: user.created_at },
    counts,
  };
  const zip = new ZipFile();
  const mtime = now;
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 1)), 'manifest.json', { mtime });
  for (const file of files) zip.addBuffer(Buffer.from(file.json), file.name, { mtime });
  for (const a of attachments) {
    zip.addReadStreamLazy(a.path, { mtime }, (done) => {
      ldb
        .selectFrom(a.table)
        .select(a.gzipColumn)
        .where('user_id', '=', userId)
        .where('id', '=', a.id)
        .executeTakeFirst()
        .then((row) => {
          const gzip = row?.[a.gzipColumn] as Uint8Array | undefined;
          if (!gzip) {
            done(new Error(`${a.path} was deleted while the export was written`), new PassThrough());
            return;
          }
          const gunzip = createGunzip();
          done(null, gunzip);
          gunzip.end(Buffer.from(gzip.buffer, gzip.byteOffset, gzip.byteLength));
        })
        .catch((error: unknown) => done(error as Error, new PassThrough()));
    });
  }
  zip.end();
  const day = now.toISOString().slice(0, 10);
  return { fileName: `backstride-export-${day}.zip`, manifest, stream: zip.outputStream as Readable };
}
