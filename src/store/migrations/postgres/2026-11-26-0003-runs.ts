import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('runs')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('utc_offset_s', 'integer')
    .addColumn('sport', 'text', (c) => c.notNull())
    .addColumn('sub_sport', 'text')
    .addColumn('indoor', 'integer', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('distance_m', 'integer', (c) => c.notNull())
    .addColumn('elapsed_s', 'integer', (c) => c.notNull())
    .addColumn('timer_s', 'integer')
    .addColumn('gps_distance_m', 'integer')
    .addColumn('ascent_m', 'integer')
    .addColumn('avg_heart_rate', 'double precision')
    .addColumn('avg_cadence_spm', 'double precision')
    .addColumn('avg_step_length_mm', 'double precision')
    .addColumn('avg_vertical_oscillation_mm', 'double precision')
    .addColumn('avg_ground_contact_ms', 'double precision')
    .addColumn('surface', 'text')
    .addColumn('shoe', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('format', 'text')
    .addColumn('device', 'text')
    .addColumn('recovered', 'text')
    .addColumn('content_hash', 'text')
    .addColumn('laps_json', 'text', (c) => c.notNull())
    .addColumn('series', 'bytea')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('runs_user_start_idx').on('runs').columns(['user_id', 'start_time']).execute();
  await db.schema.createIndex('runs_user_hash_idx').on('runs').columns(['user_id', 'content_hash']).execute();

  await db.schema
    .createTable('imports')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('status_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('imports_user_created_idx')
    .on('imports')
    .columns(['user_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('imports').execute();
  await db.schema.dropTable('runs').execute();
}
