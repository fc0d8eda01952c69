/** The one mapping between a `plan_logs` row and a stored log, used by every query of the table. */
import type { Insertable, Selectable } from 'kysely';
import type { PlanLogsTable } from '../schema';
import { LOGGABLE_KINDS, type ExerciseDone, type PlanLog } from '../../core/plan/plan-log';
import { enumColumn, flag, jsonColumn } from './columns';

export interface StoredPlanLog extends PlanLog {
  id: string;
  planId: string;
}

const kind = enumColumn('plan_logs.kind', LOGGABLE_KINDS);
const exercises = jsonColumn<ExerciseDone[]>();

/** @example planLogFromRow(row).painNextMorning // null until the runner says */
export const planLogFromRow = (r: Selectable<PlanLogsTable>): StoredPlanLog => ({
  id: r.id,
  planId: r.plan_id,
  date: r.date,
  kind: kind(r.kind),
  itemIndex: r.item_index,
  painDuring: r.pain_during,
  painNextMorning: r.pain_next_morning,
  exercises: exercises.read(r.exercises_json),
  painRoseDuring: flag.read(r.pain_rose_during),
  limped: flag.read(r.limped),
  newRedFlag: flag.read(r.new_red_flag),
  loggedAt: r.logged_at,
});

export const planLogToRow = (userId: string, l: StoredPlanLog): Insertable<PlanLogsTable> => ({
  id: l.id,
  plan_id: l.planId,
  user_id: userId,
  date: l.date,
  kind: l.kind,
  item_index: l.itemIndex,
  pain_during: l.painDuring,
  pain_next_morning: l.painNextMorning,
  exercises_json: exercises.write(l.exercises),
  pain_rose_during: flag.write(l.painRoseDuring),
  limped: flag.write(l.limped),
  new_red_flag: flag.write(l.newRedFlag),
  logged_at: l.loggedAt,
});
