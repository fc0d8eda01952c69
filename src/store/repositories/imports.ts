import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { importRows, type StoredImportStatus } from '../rows/imports';

/** Import jobs: the status document the web app polls, kept so a runner can leave and come back. */
export function importsRepository<S extends StoredImportStatus>(db: Kysely<Database>) {
  const rows = importRows<S>();
  return {
    async create(userId: string, id: string, filename: string, nowIso: string, status: S): Promise<void> {
      await db
        .insertInto('imports')
        .values(rows.toRow(userId, id, filename, nowIso, status))
        .execute();
    },
    async save(userId: string, id: string, nowIso: string, status: S): Promise<void> {
      await db
        .updateTable('imports')
        .set(rows.toUpdate(nowIso, status))
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .execute();
    },
    async get(userId: string, id: string): Promise<S | undefined> {
      const r = await db
        .selectFrom('imports')
        .select('status_json')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r ? rows.fromRow(r) : undefined;
    },
    async recent(userId: string, limit: number): Promise<S[]> {
      const found = await db
        .selectFrom('imports')
        .select('status_json')
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
      return found.map(rows.fromRow);
    },
  };
}
