import type { Kysely } from 'kysely';

/**
 * Uploads kept in the database until their import ends (issue 13), in chunks of at most 1 MiB, so every
 * instance and worker reads them with nothing shared but the database; deleted with their import's end.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('upload_chunks')
    .addColumn('import_id', 'text', (c) => c.notNull().references('imports.id').onDelete('cascade'))
    .addColumn('file_index', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addPrimaryKeyConstraint('upload_chunks_pk', ['import_id', 'file_index', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('upload_chunks').execute();
}
