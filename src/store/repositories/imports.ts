import type { Kysely } from 'kysely';
import type { Database, ImportsTable } from '../schema';

/** Import jobs: the status document the web app polls, kept so a runner can leave and come back. */
export function importsRepository<S extends { state: ImportsTable['state'] }>(db: Kysely<Database>) {
  return {
    async create(userId: string, id: string, filename: string, nowIso: string, status: S): Promise<void> {
      await db
        .insertInto('imports')
        .values({
          id,
          user_id: userId,
          state: status.state,
          filename,
          created_at: nowIso,
          updated_at: nowIso,
          status_json: JSON.stringify(status),
        })
        .execute();
    },
    async save(userId: string, id: string, nowIso: string, status: S): Promise<void> {
      await db
        .updateTable('imports')
        .set({ state: status.state, updated_at: nowIso, status_json: JSON.stringify(status) })
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
      return r ? (JSON.parse(r.status_json) as S) : undefined;
    },
    async recent(userId: string, limit: number): Promise<S[]> {
      const rows = await db
        .selectFrom('imports')
        .select('status_json')
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => JSON.parse(r.status_json) as S);
    },
    /** Jobs cut off by a restart will never finish: mark them failed, with the reason. */
    async failUnfinished(nowIso: string, reason: string): Promise<void> {
      const rows = await db
        .selectFrom('imports')
        .select(['id', 'user_id', 'status_json'])
        .where('state', 'in', ['receiving', 'processing'])
        .execute();
      for (const r of rows) {
        const status = { ...(JSON.parse(r.status_json) as S), state: 'failed' as const, error: reason };
        await db
          .updateTable('imports')
          .set({ state: 'failed', updated_at: nowIso, status_json: JSON.stringify(status) })
          .where('id', '=', r.id)
          .execute();
      }
    },
  };
}
