import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { PainEntry } from '../../core/pain/pain-entry';
import { painEntryFromRow, painEntryToRow } from '../rows/pain-entries';

export interface PainRange {
  /** Entries at or after this instant (ISO). */
  from?: string;
  /** Entries before this instant (ISO). */
  to?: string;
  limit?: number;
}

/** A runner's pain diary, always scoped by user. */
export function painEntriesRepository(db: Kysely<Database>) {
  return {
    /** The user's entries in the range, newest first. */
    async list(userId: string, range: PainRange = {}): Promise<PainEntry[]> {
      let q = db.selectFrom('pain_entries').selectAll().where('user_id', '=', userId);
      if (range.from !== undefined) q = q.where('at', '>=', range.from);
      if (range.to !== undefined) q = q.where('at', '<', range.to);
      const rows = await q
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(range.limit ?? 10_000)
        .execute();
      return rows.map(painEntryFromRow);
    },
    async get(userId: string, id: string): Promise<PainEntry | undefined> {
      const r = await db
        .selectFrom('pain_entries')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r ? painEntryFromRow(r) : undefined;
    },
    async insert(userId: string, entry: PainEntry): Promise<void> {
      await db.insertInto('pain_entries').values(painEntryToRow(userId, entry)).execute();
    },
    /** Replaces the user's entry (all but id and createdAt); false when it is not theirs. */
    async replace(userId: string, entry: PainEntry): Promise<boolean> {
      const { id: _id, user_id: _u, created_at: _c, ...set } = painEntryToRow(userId, entry);
      const result = await db
        .updateTable('pain_entries')
        .set(set)
        .where('user_id', '=', userId)
        .where('id', '=', entry.id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /** Deletes the user's entry; false when it is not theirs. */
    async delete(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('pain_entries')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    /** Scores logged after `afterIso` (the re-check suggestion reads them). */
    async scoresAfter(userId: string, afterIso: string): Promise<{ at: string; score: number }[]> {
      const rows = await db
        .selectFrom('pain_entries')
        .select(['at', 'score'])
        .where('user_id', '=', userId)
        .where('at', '>', afterIso)
        .orderBy('at')
        .execute();
      return rows.map((r) => ({ at: r.at, score: Number(r.score) }));
    },
  };
}
