import type { Kysely } from 'kysely';

/** The runner's goal, in their own words (issue 12: the clinician report's summary). Null: none given. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('user_settings').addColumn('running_goal', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('user_settings').dropColumn('running_goal').execute();
}
