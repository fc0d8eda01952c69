import { sql, type Kysely } from 'kysely';

/** Tables whose rows change what the dashboard shows; every write to them moves the owner's data version on. */
export const VERSIONED_TABLES = ['runs', 'shoes', 'checkins'] as const;

/**
 * `users.data_version`: a counter that every insert, update or delete of a user's runs, shoes or check-ins
 * moves on, kept by triggers so no write path can forget it. Readers that cache what they compute from
 * those tables (the dashboard) read the version first and recompute only when it has moved.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('data_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  for (const table of VERSIONED_TABLES) {
    for (const [event, row] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
      await sql
        .raw(
          `create trigger ${table}_${event}_data_version after ${event} on ${table} ` +
            `begin update users set data_version = data_version + 1 where id = ${row}.user_id; end`,
        )
        .execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of VERSIONED_TABLES) {
    for (const event of ['insert', 'update', 'delete']) {
      await sql.raw(`drop trigger if exists ${table}_${event}_data_version`).execute(db);
    }
  }
  await db.schema.alterTable('users').dropColumn('data_version').execute();
}
