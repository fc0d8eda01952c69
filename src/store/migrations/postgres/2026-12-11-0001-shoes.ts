import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

/**
 * Shoes get a table of their own. Every distinct shoe name a runner typed on a run becomes a shoe of theirs
 * (the whole name as the brand, no model, 0 km at the start), its runs point at it by `shoe_id`, and the
 * free-text `runs.shoe` column goes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shoes')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('brand', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('nickname', 'text')
    .addColumn('start_km', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('retire_km', 'double precision', (c) => c.notNull().defaultTo(800))
    .addColumn('retired_at', 'text')
    .addColumn('default_for', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shoes_user_idx').on('shoes').column('user_id').execute();
  // At most one default shoe per runner and sport (retiring a shoe clears its default).
  await db.schema
    .createIndex('shoes_user_default_idx')
    .on('shoes')
    .columns(['user_id', 'default_for'])
    .unique()
    .where(sql.ref('default_for'), 'is not', null)
    .execute();
  await db.schema
    .alterTable('runs')
    .addColumn('shoe_id', 'text', (c) => c.references('shoes.id').onDelete('set null'))
    .execute();
  await moveShoeNames(db);
  await db.schema.createIndex('runs_user_shoe_idx').on('runs').columns(['user_id', 'shoe_id']).execute();
  await db.schema.alterTable('runs').dropColumn('shoe').execute();
}

/** One shoe per distinct (runner, shoe name), and its runs pointed at it. */
export async function moveShoeNames(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ user_id: string; shoe: string }>`
    select distinct user_id, shoe from runs where shoe is not null and shoe <> '' order by user_id, shoe
  `.execute(db);
  const now = new Date().toISOString();
  for (const { user_id, shoe } of rows) {
    const id = randomUUID();
    await sql`
      insert into shoes (id, user_id, brand, model, nickname, start_km, retire_km, created_at, updated_at)
      values (${id}, ${user_id}, ${shoe.trim() || shoe}, '', null, 0, 800, ${now}, ${now})
    `.execute(db);
    await sql`update runs set shoe_id = ${id} where user_id = ${user_id} and shoe = ${shoe}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('runs').addColumn('shoe', 'text').execute();
  await sql`
    update runs set shoe = (
      select case when s.model = '' then s.brand else s.brand || ' ' || s.model end from shoes s where s.id = runs.shoe_id
    )
  `.execute(db);
  await db.schema.dropIndex('runs_user_shoe_idx').execute();
  await db.schema.alterTable('runs').dropColumn('shoe_id').execute();
  await db.schema.dropTable('shoes').execute();
}
