import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { Finding, Sex, TriageResult, Urgency } from '../../core/checkin';

export interface CheckinRecord {
  id: string;
  createdAt: string;
  age: number;
  sex: Sex;
  complete: boolean;
  findings: Finding[];
  result: TriageResult;
  painScore: number | null;
}

export interface CheckinSummary {
  id: string;
  createdAt: string;
  urgency: Urgency;
  painScore: number | null;
  ruleIds: string[];
  /** The result said to stop running (urgent or emergency, or a rule such as a suspected stress fracture). */
  stopRunning: boolean;
}

/** Stored check-ins: the answers and what the runner was told, scoped by user. */
export function checkinsRepository(db: Kysely<Database>) {
  return {
    async insert(userId: string, c: CheckinRecord): Promise<void> {
      await db
        .insertInto('checkins')
        .values({
          id: c.id,
          user_id: userId,
          created_at: c.createdAt,
          age: c.age,
          sex: c.sex,
          complete: c.complete ? 1 : 0,
          findings_json: JSON.stringify(c.findings),
          urgency: c.result.urgency,
          result_json: JSON.stringify(c.result),
          pain_score: c.painScore,
        })
        .execute();
    },
    async get(userId: string, id: string): Promise<CheckinRecord | undefined> {
      const r = await db
        .selectFrom('checkins')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!r) return undefined;
      return {
        id: r.id,
        createdAt: r.created_at,
        age: r.age,
        sex: r.sex as Sex,
        complete: r.complete === 1,
        findings: JSON.parse(r.findings_json) as Finding[],
        result: JSON.parse(r.result_json) as TriageResult,
        painScore: r.pain_score,
      };
    },
    /** Newest first. */
    async list(userId: string, limit = 200): Promise<CheckinSummary[]> {
      const rows = await db
        .selectFrom('checkins')
        .select(['id', 'created_at', 'urgency', 'pain_score', 'result_json'])
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => {
        const result = JSON.parse(r.result_json) as TriageResult;
        return {
          id: r.id,
          createdAt: r.created_at,
          urgency: r.urgency as Urgency,
          painScore: r.pain_score,
          ruleIds: result.rules.map((rule) => rule.id),
          stopRunning: result.stopRunning,
        };
      });
    },
  };
}
