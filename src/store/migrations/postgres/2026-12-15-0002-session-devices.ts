import type { Kysely } from 'kysely';

/**
 * The browser or program a session was started from (its User-Agent, cut to 512 characters), so the runner's
 * list of sessions can say which device each one is; null for sessions started before this column.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('user_agent').execute();
}
