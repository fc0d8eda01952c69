import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** An upload's files, kept in the database in numbered chunks until their import ends. */
export function uploadChunksRepository(db: Kysely<Database>) {
  return {
    async put(importId: string, fileIndex: number, seq: number, bytes: Uint8Array): Promise<void> {
      await db
        .insertInto('upload_chunks')
        .values({ import_id: importId, file_index: fileIndex, seq, bytes })
        .execute();
    },
    /** Several chunks in one statement. */
    async putMany(
      importId: string,
      chunks: { fileIndex: number; seq: number; bytes: Uint8Array }[],
    ): Promise<void> {
      await db
        .insertInto('upload_chunks')
        .values(
          chunks.map((c) => ({ import_id: importId, file_index: c.fileIndex, seq: c.seq, bytes: c.bytes })),
        )
        .execute();
    },
    /** The chunk `seq` of a file, or null past its last. One at a time, so a big file never sits in memory. */
    async get(importId: string, fileIndex: number, seq: number): Promise<Uint8Array | null> {
      const row = await db
        .selectFrom('upload_chunks')
        .select('bytes')
        .where('import_id', '=', importId)
        .where('file_index', '=', fileIndex)
        .where('seq', '=', seq)
        .executeTakeFirst();
      return row ? row.bytes : null;
    },
    /** Chunks kept, all imports together (0 when every finished import's upload was deleted). */
    async count(): Promise<number> {
      const row = await db
        .selectFrom('upload_chunks')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async deleteFor(importId: string): Promise<void> {
      await db.deleteFrom('upload_chunks').where('import_id', '=', importId).execute();
    },
  };
}
