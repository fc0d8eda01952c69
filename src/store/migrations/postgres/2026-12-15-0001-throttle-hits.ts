import type { Kysely } from 'kysely';

/**
 * `throttle_hits` (issue 13 items 2 and 6): the hits that login throttling, reset throttling and the rate
 * limits count, one row per counted request, so every instance of the server on this database counts the
 * same ones. A key is stored only as a hash (no email or address at rest); rows are deleted once
 * `expires_at` (the end of the longest window they count in) has passed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('throttle_hits')
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('throttle_hits_key_at')
    .on('throttle_hits')
    .columns(['key_hash', 'at'])
    .execute();
  await db.schema.createIndex('throttle_hits_expires_at').on('throttle_hits').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('throttle_hits').execute();
}
