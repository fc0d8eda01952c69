import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** A claimed import: whose, and how many times a worker has started it (this start included). */
export interface ClaimedImport {
  userId: string;
  attempts: number;
  statusJson: string;
  sourcesJson: string | null;
}

/** An import waiting for a worker. */
export interface WaitingImport {
  id: string;
  userId: string;
  runAfter: string | null;
}

/**
 * The job side of the `imports` table: each row in state `processing` is a job, free while it has no
 * lease (or its lease has run out), run by the worker named in `lease_owner` until `lease_until`.
 * Times are ISO strings (`toISOString()`), which sort as they compare. Every change is one conditional
 * UPDATE, so two workers can never both hold one import.
 */
export function importJobsRepository(db: Kysely<Database>) {
  const free = (nowIso: string) =>
    db
      .updateTable('imports')
      .where('state', '=', 'processing')
      .where('sources_json', 'is not', null)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', nowIso)]));
  return {
    /** Makes a received upload's import a job that any worker may take. */
    async queue(id: string, sourcesJson: string, nowIso: string): Promise<void> {
      await db
        .updateTable('imports')
        .set({ state: 'processing', sources_json: sourcesJson, updated_at: nowIso })
        .where('id', '=', id)
        .execute();
    },
    /** Takes the import for `owner` until `untilIso` if it is free and due; null when it is not. */
    async claim(id: string, owner: string, nowIso: string, untilIso: string): Promise<ClaimedImport | null> {
      const updated = await free(nowIso)
        .set((eb) => ({ lease_owner: owner, lease_until: untilIso, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .where((eb) => eb.or([eb('run_after', 'is', null), eb('run_after', '<=', nowIso)]))
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return null;
      const row = await db
        .selectFrom('imports')
        .select(['user_id', 'attempts', 'status_json', 'sources_json'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return {
        userId: row.user_id,
        attempts: row.attempts,
        statusJson: row.status_json,
        sourcesJson: row.sources_json,
      };
    },
    /** Extends `owner`'s lease; false when the import is no longer theirs (it was taken over or ended). */
    async renew(id: string, owner: string, untilIso: string): Promise<boolean> {
      const updated = await db
        .updateTable('imports')
        .set({ lease_until: untilIso })
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .where('state', '=', 'processing')
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) === 1;
    },
    /**
     * Gives the import back, to be taken again from `runAfterIso` (now when null); `giveBackAttempt`
     * for a start that was cut short on purpose (shutdown), which does not count.
     */
    async release(
      id: string,
      owner: string,
      runAfterIso: string | null,
      giveBackAttempt = false,
    ): Promise<void> {
      await db
        .updateTable('imports')
        .set((eb) => ({
          lease_owner: null,
          lease_until: null,
          run_after: runAfterIso,
          ...(giveBackAttempt ? { attempts: eb('attempts', '-', 1) } : {}),
        }))
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .execute();
    },
    /** Imports whose worker stopped renewing its lease (it died): freed, and their ids returned. */
    async freeExpired(nowIso: string): Promise<string[]> {
      const expired = await db
        .selectFrom('imports')
        .select('id')
        .where('state', '=', 'processing')
        .where('lease_until', '<', nowIso)
        .execute();
      const freed: string[] = [];
      for (const { id } of expired) {
        const updated = await db
          .updateTable('imports')
          .set({ lease_owner: null, lease_until: null })
          .where('id', '=', id)
          .where('lease_until', '<', nowIso)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 1) freed.push(id);
      }
      return freed;
    },
    /** Frees every lease: on SQLite at start, when the process that held them has ended. */
    async freeAll(): Promise<void> {
      await db
        .updateTable('imports')
        .set({ lease_owner: null, lease_until: null })
        .where('state', '=', 'processing')
        .where('lease_owner', 'is not', null)
        .execute();
    },
    /** Free imports, oldest first. */
    async waiting(nowIso: string): Promise<WaitingImport[]> {
      const rows = await db
        .selectFrom('imports')
        .select(['id', 'user_id', 'run_after'])
        .where('state', '=', 'processing')
        .where('sources_json', 'is not', null)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', nowIso)]))
        .orderBy('created_at')
        .execute();
      return rows.map((r) => ({ id: r.id, userId: r.user_id, runAfter: r.run_after }));
    },
    /** Whether another import of the runner is being run now by a live worker. */
    async runnerBusy(userId: string, exceptId: string, nowIso: string): Promise<boolean> {
      const row = await db
        .selectFrom('imports')
        .select('id')
        .where('user_id', '=', userId)
        .where('id', '!=', exceptId)
        .where('state', '=', 'processing')
        .where('lease_until', '>=', nowIso)
        .executeTakeFirst();
      return row !== undefined;
    },
    /** Imports not finished (received, queued or running): what `idle` waits for. */
    async unfinishedCount(): Promise<number> {
      const row = await db
        .selectFrom('imports')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('state', 'in', ['receiving', 'processing'])
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Uploads that stopped arriving before `beforeIso` (the instance receiving them ended): their ids. */
    async staleReceiving(beforeIso: string): Promise<{ id: string; statusJson: string }[]> {
      const rows = await db
        .selectFrom('imports')
        .select(['id', 'status_json'])
        .where('state', '=', 'receiving')
        .where('updated_at', '<', beforeIso)
        .execute();
      return rows.map((r) => ({ id: r.id, statusJson: r.status_json }));
    },
  };
}

export type ImportJobsRepository = ReturnType<typeof importJobsRepository>;
