import { sql, type Kysely } from 'kysely';

/**
 * The plan (issue 11): `plans` holds each plan as it was built (its input and the generator's answer, never
 * changed: adaptation is recomputed from the logs), at most one active per runner; `plan_logs` holds what
 * the runner reported after each item, one row per item (a second log replaces the first);
 * `calendar_links` holds each runner's private calendar address, as a hash only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('checkin_id', 'text', (c) => c.notNull().references('checkins.id').onDelete('cascade'))
    .addColumn('input_json', 'text', (c) => c.notNull())
    .addColumn('plan_json', 'text', (c) => c.notNull())
    .addColumn('baseline_pain', 'integer')
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema.createIndex('plans_user_idx').on('plans').columns(['user_id', 'created_at']).execute();
  // One active plan per runner: building a new one ends the one before in the same transaction.
  await db.schema
    .createIndex('plans_user_active_idx')
    .on('plans')
    .column('user_id')
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute();

  await db.schema
    .createTable('plan_logs')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('item_index', 'integer', (c) => c.notNull())
    .addColumn('pain_during', 'integer', (c) => c.notNull())
    .addColumn('pain_next_morning', 'integer')
    .addColumn('exercises_json', 'text', (c) => c.notNull())
    .addColumn('pain_rose_during', 'integer', (c) => c.notNull())
    .addColumn('limped', 'integer', (c) => c.notNull())
    .addColumn('new_red_flag', 'integer', (c) => c.notNull())
    .addColumn('logged_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_logs_item_idx')
    .on('plan_logs')
    .columns(['plan_id', 'date', 'kind', 'item_index'])
    .unique()
    .execute();

  await db.schema
    .createTable('calendar_links')
    .addColumn('user_id', 'text', (c) => c.primaryKey().notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('calendar_links').execute();
  await db.schema.dropTable('plan_logs').execute();
  await db.schema.dropTable('plans').execute();
}
