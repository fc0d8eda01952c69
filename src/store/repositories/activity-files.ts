import type { Insertable, Kysely } from 'kysely';
import type { ActivityFilesTable, Database } from '../schema';

/** What is kept of one imported file, without its bytes. */
export interface ActivityFileInfo {
  id: string;
  runId: string | null;
  importId: string | null;
  name: string;
  format: string | null;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

/** One file to keep: its description and the gzip of its bytes. */
export interface NewActivityFile extends ActivityFileInfo {
  gzip: Uint8Array;
}

const INFO_COLUMNS = [
  'id',
  'run_id',
  'import_id',
  'name',
  'format',
  'size_bytes',
  'sha256',
  'created_at',
] as const satisfies readonly (keyof ActivityFilesTable)[];

const infoFromRow = (r: Pick<ActivityFilesTable, (typeof INFO_COLUMNS)[number]>): ActivityFileInfo => ({
  id: r.id,
  runId: r.run_id,
  importId: r.import_id,
  name: r.name,
  format: r.format,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  createdAt: r.created_at,
});

const toRow = (userId: string, f: NewActivityFile): Insertable<ActivityFilesTable> => ({
  id: f.id,
  user_id: userId,
  run_id: f.runId,
  import_id: f.importId,
  name: f.name,
  format: f.format,
  size_bytes: f.sizeBytes,
  sha256: f.sha256,
  gzip: f.gzip,
  created_at: f.createdAt,
});

/** Each runner's imported activity files, kept as they came (gzipped), one per content hash. */
export function activityFilesRepository(db: Kysely<Database>) {
  return {
    /** Keeps the files; one already kept (same sha256) keeps its bytes and, if it still has one, its run. */
    async insertMany(userId: string, files: NewActivityFile[]): Promise<void> {
      // One statement per file: a file may be megabytes, and the conflict rule is per row anyway.
      for (const file of files) {
        await db
          .insertInto('activity_files')
          .values(toRow(userId, file))
          // A file kept before whose run was since deleted is linked to the run it gives now.
          .onConflict((oc) =>
            oc.columns(['user_id', 'sha256']).doUpdateSet((eb) => ({
              run_id: eb.fn.coalesce('activity_files.run_id', eb.ref('excluded.run_id')),
            })),
          )
          .execute();
      }
    },
    /** Every kept file's description, oldest first. */
    async list(userId: string): Promise<ActivityFileInfo[]> {
      const rows = await db
        .selectFrom('activity_files')
        .select([...INFO_COLUMNS])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(infoFromRow);
    },
    /** One file's gzip bytes, or undefined. */
    async gzipOf(userId: string, id: string): Promise<Uint8Array | undefined> {
      const r = await db
        .selectFrom('activity_files')
        .select('gzip')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r?.gzip;
    },
  };
}
