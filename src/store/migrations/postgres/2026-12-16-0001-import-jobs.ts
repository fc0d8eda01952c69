import type { Kysely } from 'kysely';

/**
 * Imports as durable jobs (issue 13): an import row is also its job. `lease_owner` and `lease_until` say
 * which worker runs it and until when it must renew its claim (a worker that dies stops renewing, and
 * another takes the import over); `attempts` counts starts, `run_after` holds a retry back;
 * `sources_json` names the upload's files. `import_files` is the ledger of files an import has
 * settled, written in the same transaction as their runs, so a resumed import skips them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('imports').addColumn('lease_owner', 'text').execute();
  await db.schema.alterTable('imports').addColumn('lease_until', 'text').execute();
  await db.schema
    .alterTable('imports')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('imports').addColumn('run_after', 'text').execute();
  await db.schema.alterTable('imports').addColumn('sources_json', 'text').execute();
  await db.schema.createIndex('imports_state_idx').on('imports').column('state').execute();
  await db.schema
    .createTable('import_files')
    .addColumn('import_id', 'text', (c) => c.notNull().references('imports.id').onDelete('cascade'))
    // The file's source, and which time it came in the import (an upload may hold two files of one name).
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('result_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_files_pk', ['import_id', 'key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('import_files').execute();
  await db.schema.dropIndex('imports_state_idx').execute();
  for (const column of ['sources_json', 'run_after', 'attempts', 'lease_until', 'lease_owner']) {
    await db.schema.alterTable('imports').dropColumn(column).execute();
  }
}
