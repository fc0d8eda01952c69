import type { Kysely } from 'kysely';

/**
 * Your data (issue 12): `activity_files` keeps each imported activity file as it came (gzip of its bytes), so
 * a later, better decoder can read it again and an export gives it back; `user_settings.keep_originals`
 * (1 by default) lets the runner turn the keeping off.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('activity_files')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // The first run the file gave; null when it gave none (a file no decoder could read yet).
    .addColumn('run_id', 'text', (c) => c.references('runs.id').onDelete('set null'))
    // The import it came in, when its import is still listed.
    .addColumn('import_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('format', 'text')
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('gzip', 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activity_files_user_sha_idx')
    .on('activity_files')
    .columns(['user_id', 'sha256'])
    .unique()
    .execute();
  await db.schema.createIndex('activity_files_run_idx').on('activity_files').column('run_id').execute();
  await db.schema
    .alterTable('user_settings')
    .addColumn('keep_originals', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('user_settings').dropColumn('keep_originals').execute();
  await db.schema.dropTable('activity_files').execute();
}
