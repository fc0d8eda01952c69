import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { planFromRow, planToRow, type StoredPlan } from '../rows/plans';

export type { StoredPlan };

/** A runner's plans, always scoped by user; at most one is active. */
export function plansRepository(db: Kysely<Database>) {
  return {
    /**
     * Stores a new active plan, ending the runner's active one (if any) in the same transaction, so a
     * runner never has two.
     */
    async insertActive(userId: string, plan: StoredPlan): Promise<void> {
      const apply = async (trx: Kysely<Database>) => {
        await trx
          .updateTable('plans')
          .set({ status: 'ended', ended_at: plan.createdAt })
          .where('user_id', '=', userId)
          .where('status', '=', 'active')
          .execute();
        await trx
          .insertInto('plans')
          .values(planToRow(userId, { ...plan, status: 'active', endedAt: null }))
          .execute();
      };
      await (db.isTransaction ? apply(db) : db.transaction().execute(apply));
    },
    async get(userId: string, id: string): Promise<StoredPlan | undefined> {
      const r = await db
        .selectFrom('plans')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r ? planFromRow(r) : undefined;
    },
    /** The runner's active plan, if any. */
    async active(userId: string): Promise<StoredPlan | undefined> {
      const r = await db
        .selectFrom('plans')
        .selectAll()
        .where('user_id', '=', userId)
        .where('status', '=', 'active')
        .executeTakeFirst();
      return r ? planFromRow(r) : undefined;
    },
    /**
     * The runner's plans that were active at some point from `sinceIso` on (the active one, and those ended
     * since), newest first.
     */
    async since(userId: string, sinceIso: string): Promise<StoredPlan[]> {
      const rows = await db
        .selectFrom('plans')
        .selectAll()
        .where('user_id', '=', userId)
        .where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>=', sinceIso)]))
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(planFromRow);
    },
    /** Ends the runner's plan if it is still active; false when it is not theirs or was already ended. */
    async end(userId: string, id: string, nowIso: string): Promise<boolean> {
      const result = await db
        .updateTable('plans')
        .set({ status: 'ended', ended_at: nowIso })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .where('status', '=', 'active')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
