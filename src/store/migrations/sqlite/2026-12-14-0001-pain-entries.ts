import { sql, type Kysely } from 'kysely';

/**
 * The pain diary (issue 12): any number of entries a day, each with its score, where (a JSON list of areas),
 * when, what eased or worsened it (JSON lists) and a note. Writes move the runner's data version on, like
 * runs, shoes and check-ins, since the dashboard's re-check suggestion reads the diary.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pain_entries')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('areas_json', 'text', (c) => c.notNull())
    .addColumn('timing', 'text', (c) => c.notNull())
    .addColumn('eased_by_json', 'text', (c) => c.notNull())
    .addColumn('worsened_by_json', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pain_entries_user_at_idx')
    .on('pain_entries')
    .columns(['user_id', 'at'])
    .execute();
  for (const [event, row] of [
    ['insert', 'new'],
    ['update', 'new'],
    ['delete', 'old'],
  ] as const) {
    await sql
      .raw(
        `create trigger pain_entries_${event}_data_version after ${event} on pain_entries ` +
          `begin update users set data_version = data_version + 1 where id = ${row}.user_id; end`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const event of ['insert', 'update', 'delete']) {
    await sql.raw(`drop trigger if exists pain_entries_${event}_data_version`).execute(db);
  }
  await db.schema.dropTable('pain_entries').execute();
}
