import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { RuleId, Urgency } from '../../core/checkin';
import { checkinFromRow, checkinToRow, type CheckinRecord } from '../rows/checkins';

export type { CheckinRecord };

export interface CheckinSummary {
  id: string;
  createdAt: string;
  urgency: Urgency;
  painScore: number | null;
  ruleIds: RuleId[];
  /** The result said to stop running (urgent or emergency, or a rule such as a suspected stress fracture). */
  stopRunning: boolean;
}

function toSummary(record: CheckinRecord): CheckinSummary {
  return {
    id: record.id,
    createdAt: record.createdAt,
    urgency: record.result.urgency,
    painScore: record.painScore,
    ruleIds: record.result.rules.map((rule) => rule.id),
    stopRunning: record.result.stopRunning,
  };
}

/** Stored check-ins: the answers and what the runner was told, scoped by user. */
export function checkinsRepository(db: Kysely<Database>) {
  return {
    async insert(userId: string, c: CheckinRecord): Promise<void> {
      await db.insertInto('checkins').values(checkinToRow(userId, c)).execute();
    },
    async get(userId: string, id: string): Promise<CheckinRecord | undefined> {
      const r = await db
        .selectFrom('checkins')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r ? checkinFromRow(r) : undefined;
    },
    /** The newest check-in in which every required question was answered. */
    async lastComplete(userId: string): Promise<CheckinRecord | undefined> {
      const r = await db
        .selectFrom('checkins')
        .selectAll()
        .where('user_id', '=', userId)
        .where('complete', '=', 1)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return r ? checkinFromRow(r) : undefined;
    },
    /** Newest first. */
    async list(userId: string, limit = 200): Promise<CheckinSummary[]> {
      const rows = await db
        .selectFrom('checkins')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => toSummary(checkinFromRow(r)));
    },
    /** Check-ins made after a moment, oldest first. */
    async after(userId: string, afterIso: string): Promise<CheckinSummary[]> {
      const rows = await db
        .selectFrom('checkins')
        .selectAll()
        .where('user_id', '=', userId)
        .where('created_at', '>', afterIso)
        .orderBy('created_at', 'asc')
        .orderBy('id', 'asc')
        .execute();
      return rows.map((r) => toSummary(checkinFromRow(r)));
    },
    /** Pain scores recorded at check-ins since a moment, oldest first. */
    async painSince(userId: string, sinceIso: string): Promise<{ at: string; painScore: number }[]> {
      const rows = await db
        .selectFrom('checkins')
        .select(['created_at', 'pain_score'])
        .where('user_id', '=', userId)
        .where('created_at', '>=', sinceIso)
        .where('pain_score', 'is not', null)
        .orderBy('created_at', 'asc')
        .execute();
      return rows.flatMap((r) =>
        r.pain_score === null ? [] : [{ at: r.created_at, painScore: r.pain_score }],
      );
    },
  };
}
