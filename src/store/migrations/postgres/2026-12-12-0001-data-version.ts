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
  await sql`
    create function backstride_bump_data_version() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        update users set data_version = data_version + 1 where id = old.user_id;
      else
        update users set data_version = data_version + 1 where id = new.user_id;
      end if;
      return null;
    end $$`.execute(db);
  for (const table of VERSIONED_TABLES) {
    await sql
      .raw(
        `create trigger ${table}_data_version after insert or update or delete on ${table} ` +
          'for each row execute function backstride_bump_data_version()',
      )
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of VERSIONED_TABLES) {
    await sql.raw(`drop trigger if exists ${table}_data_version on ${table}`).execute(db);
  }
  await sql`drop function if exists backstride_bump_data_version()`.execute(db);
  await db.schema.alterTable('users').dropColumn('data_version').execute();
}
