import type { CreateTableBuilder, Kysely } from 'kysely';

/**
 * Saved form checks (issue 14): only the numbers of an analysis the runner chose to keep (never the clip),
 * each metric as its value, its spread between steps and the method's error band; the cue it pointed to, the
 * cadence to try, the day the runner filmed it and a short note.
 */
const METRICS = [
  'cadence_spm',
  'overstride_legs',
  'shin_angle_deg',
  'trunk_lean_deg',
  'vertical_oscillation_legs',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  let table: CreateTableBuilder<string, string> = db.schema
    .createTable('form_checks')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('recorded_on', 'text')
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('clip_s', 'real', (c) => c.notNull())
    .addColumn('steps', 'integer', (c) => c.notNull())
    .addColumn('facing', 'text', (c) => c.notNull());
  for (const m of METRICS) {
    table = table
      .addColumn(m, 'real', (c) => c.notNull())
      .addColumn(`${m}_spread`, 'real', (c) => c.notNull())
      .addColumn(`${m}_band`, 'real', (c) => c.notNull());
  }
  await table
    .addColumn('cue', 'text')
    .addColumn('cadence_target_spm', 'real')
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('form_checks_user_created_idx')
    .on('form_checks')
    .columns(['user_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('form_checks').execute();
}
