import { sql, type Kysely } from 'kysely';

/**
 * Moves `runs.series` to the end of the row. SQLite stores a row's columns one after another, and a series
 * (tens of kilobytes for an hour at one sample a second) spills into overflow pages: every column after it
 * (`created_at`, `note`, `shoe_id`, added later) could only be read by walking those pages, so listing 200
 * runs read every one of their series and took ten times as long (`npm run bench:load` found it). A column
 * added to `runs` later lands after `series` again: move `series` last once more the same way (a medium test
 * in test/medium/run-series-last.medium.test.ts says so). The triggers on `runs` do not name the column.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('runs').addColumn('series_last', 'blob').execute();
  await sql`update runs set series_last = series where series is not null`.execute(db);
  await db.schema.alterTable('runs').dropColumn('series').execute();
  await db.schema.alterTable('runs').renameColumn('series_last', 'series').execute();
}

export async function down(): Promise<void> {
  // Where the column sits changes no data; nothing to undo.
}
