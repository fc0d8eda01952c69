import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { planLogFromRow, planLogToRow, type StoredPlanLog } from '../rows/plan-logs';

export type { StoredPlanLog };

/** What runners logged after plan items, always scoped by user. */
export function planLogsRepository(db: Kysely<Database>) {
  return {
    /** Every log of one plan of the runner, by date, then kind and item. */
    async list(userId: string, planId: string): Promise<StoredPlanLog[]> {
      const rows = await db
        .selectFrom('plan_logs')
        .selectAll()
        .where('user_id', '=', userId)
        .where('plan_id', '=', planId)
        .orderBy('date')
        .orderBy('logged_at')
        .orderBy('kind')
        .orderBy('item_index')
        .execute();
      return rows.map(planLogFromRow);
    },
    async get(userId: string, planId: string, id: string): Promise<StoredPlanLog | undefined> {
      const r = await db
        .selectFrom('plan_logs')
        .selectAll()
        .where('user_id', '=', userId)
        .where('plan_id', '=', planId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r ? planLogFromRow(r) : undefined;
    },
    /**
     * Stores a log, replacing the one of the same item (plan, date, kind, item) if there is one; that log
     * keeps its id. Returns the log as stored.
     */
    async upsert(userId: string, log: StoredPlanLog): Promise<StoredPlanLog> {
      const { id: _id, plan_id: _plan, user_id: _user, ...changes } = planLogToRow(userId, log);
      await db
        .insertInto('plan_logs')
        .values(planLogToRow(userId, log))
        .onConflict((oc) => oc.columns(['plan_id', 'date', 'kind', 'item_index']).doUpdateSet(changes))
        .execute();
      const r = await db
        .selectFrom('plan_logs')
        .selectAll()
        .where('user_id', '=', userId)
        .where('plan_id', '=', log.planId)
        .where('date', '=', log.date)
        .where('kind', '=', log.kind)
        .where('item_index', '=', log.itemIndex)
        .executeTakeFirstOrThrow();
      return planLogFromRow(r);
    },
    /** Sets the next-morning pain of the runner's log; false when it is not theirs. */
    async setNextMorning(userId: string, planId: string, id: string, pain: number): Promise<boolean> {
      const result = await db
        .updateTable('plan_logs')
        .set({ pain_next_morning: pain })
        .where('user_id', '=', userId)
        .where('plan_id', '=', planId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
