import type { Kysely } from 'kysely';

/** The runner's country, for emergency numbers and words; null = take it from the browser's locale. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('user_settings').addColumn('country', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('user_settings').dropColumn('country').execute();
}
