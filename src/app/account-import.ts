/**
 * Bringing an export back in: into an empty account only, every file checked against its schema first,
 * then every record written in one transaction with new ids (each reference, in a column or inside JSON,
 * follows its row's new id).
 */
import { createHash, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import yauzl from 'yauzl';
import { z } from 'zod';
import { exportManifestSchema, remapIds, type ExportManifest } from '../core/account/export-format';
import { fail, ok, type Result } from '../core/result';
import type { Database } from '../store/schema';
import { DATA_EXPORTERS, loose, type Row } from './data-exporters';

/** The largest export file read (each JSON file or activity file inside it). */
export const MAX_EXPORT_ENTRY_BYTES = 512 * 1024 * 1024;
/** All entries together, unpacked: an export is read whole, so a small zip must not unpack into all memory. */
export const MAX_EXPORT_TOTAL_BYTES = 1024 * 1024 * 1024;
/** The most entries an export may hold. */
export const MAX_EXPORT_ENTRIES = 1_000_000;

export interface AccountImportSummary {
  /** Records brought in per file (`runs`: 120) and `activities`: files. */
  counts: Record<string, number>;
}

/**
 * Reads the export at `zipPath` into the account `userId`, which must hold no records yet.
 * @example
 * const result = await importAccount(db, userId, 'backstride-export-2026-12-14.zip', new Date());
 * if (!result.ok) console.error(result.error.code); // account_not_empty, export_invalid
 */
export async function importAccount(
  db: Kysely<Database>,
  userId: string,
  zipPath: string,
  now: Date,
): Promise<Result<AccountImportSummary>> {
  if (!(await isEmptyAccount(db, userId)))
    return fail(
      'account_not_empty',
      'this account already holds records (runs, check-ins, shoes or plans); bring an export into a new, empty account',
    );
  let entries: Map<string, Buffer>;
  try {
    entries = await readZip(zipPath);
  } catch (error) {
    return fail('export_invalid', `the file is not a readable zip: ${(error as Error).message}`);
  }
  const parsed = parseExport(entries);
  if (!parsed.ok) return parsed;
  const { manifest, tables, activities } = parsed.value;

  const ids = new Map<string, string>();
  for (const exporter of DATA_EXPORTERS) {
    if (!exporter.hasId) continue;
    for (const record of tables.get(exporter.file) ?? []) ids.set(String(record.id), randomUUID());
  }
  const counts: Record<string, number> = {};
  const nowIso = now.toISOString();
  const ctx = { nowIso, gzipOf: (path: string) => activities.get(path) };
  await db
    .transaction()
    .execute(async (trx) => {
      // A second import racing this one finds the rows of the first.
      if (!(await isEmptyAccount(trx, userId))) throw new AccountNotEmpty();
      for (const exporter of DATA_EXPORTERS) {
        const rows: Row[] = [];
        for (const record of tables.get(exporter.file) ?? []) {
          const row = exporter.toRow(remapIds(record, ids) as Row, ctx);
          if (row) rows.push({ ...row, user_id: userId });
        }
        counts[exporter.file] = rows.length;
        for (const row of rows) {
          if (exporter.table === 'user_settings') {
            await loose(trx).deleteFrom('user_settings').where('user_id', '=', userId).execute();
          }
          await loose(trx).insertInto(exporter.table).values(row).execute();
        }
      }
    })
    .catch((error: unknown) => {
      if (error instanceof AccountNotEmpty) counts.refused = 1;
      else throw error;
    });
  if (counts.refused)
    return fail('account_not_empty', 'this account received records while the export was read');
  counts.activities = manifest.counts.activities ?? 0;
  return ok({ counts });
}

class AccountNotEmpty extends Error {}

/** No record in any exported table (settings aside: a new account may have chosen its units). */
export async function isEmptyAccount(db: Kysely<Database>, userId: string): Promise<boolean> {
  for (const exporter of DATA_EXPORTERS) {
    if (exporter.table === 'user_settings') continue;
    const row = await loose(db)
      .selectFrom(exporter.table)
      .select('user_id')
      .where('user_id', '=', userId)
      .limit(1)
      .executeTakeFirst();
    if (row) return false;
  }
  return true;
}

interface ParsedExport {
  manifest: ExportManifest;
  tables: Map<string, Row[]>;
  /** Archive path → gzip of the file's bytes, checked against its sha256. */
  activities: Map<string, Uint8Array>;
}

/** Checks every file of the export against its schema and the manifest's counts; says the first problem. */
function parseExport(entries: Map<string, Buffer>): Result<ParsedExport> {
  const json = (name: string): Result<unknown> => {
    const bytes = entries.get(name);
    if (!bytes) return fail('export_invalid', `${name} is missing from the export`);
    try {
      return ok(JSON.parse(bytes.toString('utf8')));
    } catch {
      return fail('export_invalid', `${name} is not valid JSON`);
    }
  };
  const manifestJson = json('manifest.json');
  if (!manifestJson.ok) return manifestJson;
  const manifest = exportManifestSchema.safeParse(manifestJson.value);
  if (!manifest.success) return invalid('manifest.json', manifest.error);
  const tables = new Map<string, Row[]>();
  const activities = new Map<string, Uint8Array>();
  for (const exporter of DATA_EXPORTERS) {
    const name = `${exporter.file}.json`;
    if (exporter.optional && !entries.has(name) && manifest.data.counts[exporter.file] === undefined) {
      tables.set(exporter.file, []);
      continue;
    }
    const value = json(name);
    if (!value.ok) return value;
    const records = z.array(exporter.record).safeParse(value.value);
    if (!records.success) return invalid(name, records.error);
    const rows = records.data as Row[];
    if (rows.length !== (manifest.data.counts[exporter.file] ?? -1))
      return fail(
        'export_invalid',
        `${name} holds ${rows.length} records, not the ${manifest.data.counts[exporter.file]} the manifest lists`,
      );
    tables.set(exporter.file, rows);
    if (!exporter.attachment) continue;
    for (const row of rows) {
      const path = String(row.path);
      const bytes = entries.get(path);
      if (!bytes) return fail('export_invalid', `${path} is listed in ${name} but missing from the export`);
      const sha = createHash('sha256').update(bytes).digest('hex');
      if (sha !== row.sha256) return fail('export_invalid', `${path} is damaged: its sha256 does not match`);
      activities.set(path, gzipSync(bytes));
    }
  }
  return ok({ manifest: manifest.data, tables, activities });
}

function invalid(name: string, error: z.ZodError): Result<never> {
  const first = error.issues[0];
  const where = first ? `${first.path.join('.')}: ${first.message}` : 'wrong shape';
  return fail('export_invalid', `${name} does not hold what a backstride export holds (${where})`);
}

/** Every entry's bytes (an export is read whole: its JSON files are needed together). */
function readZip(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, strictFileNames: true }, (error, zip) => {
      if (error) return reject(error);
      if (zip.entryCount > MAX_EXPORT_ENTRIES) {
        zip.close();
        return reject(new Error(`it holds ${zip.entryCount} entries, over ${MAX_EXPORT_ENTRIES}`));
      }
      const entries = new Map<string, Buffer>();
      let total = 0;
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        if (entry.uncompressedSize > MAX_EXPORT_ENTRY_BYTES) {
          zip.close();
          return reject(new Error(`${entry.fileName} is over ${MAX_EXPORT_ENTRY_BYTES} bytes`));
        }
        // The sizes the zip declares are checked against the bytes as they unpack (yauzl validates them).
        total += entry.uncompressedSize;
        if (total > MAX_EXPORT_TOTAL_BYTES) {
          zip.close();
          return reject(new Error(`it unpacks to over ${MAX_EXPORT_TOTAL_BYTES} bytes`));
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
