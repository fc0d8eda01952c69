import type { Database as BetterSqlite3Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** How many distinct statements stay prepared; queries with `IN (…)` lists of many lengths make the rest. */
export const STATEMENT_CACHE_SIZE = 256;

/**
 * The SQLite handle Kysely uses, keeping prepared statements for reuse: Kysely prepares every query it
 * runs, and preparing costs more than running the small queries a request makes (the session lookup,
 * one run). Least recently used statements are dropped past `max`. Safe because Kysely runs one query at
 * a time on SQLite and reads each result whole (`all`/`run`); backstride never streams from SQLite.
 * @example new Kysely({ dialect: new SqliteDialect({ database: reusingStatements(new BetterSqlite3(path)) }) })
 */
export function reusingStatements(db: BetterSqlite3Database, max = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const prepared = new Map<string, Statement>();
  return {
    close: () => {
      prepared.clear();
      db.close();
    },
    prepare(sql: string) {
      const known = prepared.get(sql);
      if (known) {
        prepared.delete(sql);
        prepared.set(sql, known);
        return known;
      }
      const statement = db.prepare(sql);
      prepared.set(sql, statement);
      if (prepared.size > max) prepared.delete(prepared.keys().next().value!);
      return statement;
    },
  };
}
