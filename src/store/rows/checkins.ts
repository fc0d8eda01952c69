/** The one mapping between a `checkins` row and a stored check-in, used by every query of the table. */
import type { Insertable, Selectable } from 'kysely';
import type { CheckinsTable } from '../schema';
import { SEXES, type Finding, type Sex, type TriageResult } from '../../core/checkin';
import { enumColumn, flag, jsonColumn } from './columns';

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

const sex = enumColumn('checkins.sex', SEXES);
const findings = jsonColumn<Finding[]>();
const result = jsonColumn<TriageResult>();

export const checkinFromRow = (r: Selectable<CheckinsTable>): CheckinRecord => ({
  id: r.id,
  createdAt: r.created_at,
  age: r.age,
  sex: sex(r.sex),
  complete: flag.read(r.complete),
  findings: findings.read(r.findings_json),
  result: result.read(r.result_json),
  painScore: r.pain_score,
});

export const checkinToRow = (userId: string, c: CheckinRecord): Insertable<CheckinsTable> => ({
  id: c.id,
  user_id: userId,
  created_at: c.createdAt,
  age: c.age,
  sex: c.sex,
  complete: flag.write(c.complete),
  findings_json: findings.write(c.findings),
  urgency: c.result.urgency,
  result_json: result.write(c.result),
  pain_score: c.painScore,
});
