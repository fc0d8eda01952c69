/**
 * Strength adaptation over time: the plan's strength logs, in order, move each exercise of the plan up or down
 * its ladder (decisions in `adapt-exercise.ts`). What is chosen where the issue is silent:
 *
 * - Each exercise of the generated plan is a "slot" named by its planned id; a change moves the slot, so every
 *   later occurrence of it (whichever session of the week) follows, from the day after the deciding log.
 * - "Two consecutive sessions" are two logged sessions with that exercise in a row: a session not logged
 *   does not break the run, one logged without that exercise (not done) does.
 * - Pain during belongs to the whole session: above 5 it moves every exercise of that session down.
 * - Pain rising week on week: this week's mean pain during (every log of the week so far) at least
 *   `RISE_POINTS` above last week's. It moves an exercise down at most once a week.
 * - A log names what was done; when it names an exercise of the same ladder instead of the planned one (a
 *   late log of a day shown as first planned), it still counts for that slot.
 */
import { dayNumber, mondayOf } from '../load/calendar';
import type { PlanChange } from './adapt-types';
import {
  GOOD_SESSIONS_TO_PROGRESS,
  judgeSession,
  stepDown,
  stepUp,
  type Step,
  type Verdict,
} from './adapt-exercise';
import { addDays, nameIn, nameOf } from './adapt-logs';
import { EXERCISES, type ExerciseId } from './doses';
import { doseWords } from './dose-words';
import type { ExerciseDone, PlanLog } from './plan-log';
import type { Plan, PlanExercise, PlanItem } from './plan-types';

/** Points the weekly mean pain must rise by to count as rising. */
export const RISE_POINTS = 1;

/** A slot's exercise from a day on. */
export interface SlotStep {
  from: string;
  exercise: PlanExercise;
}

/** Per slot (the planned id), its exercise over time, oldest first; the first step is the plan's own. */
export type Timeline = Map<ExerciseId, SlotStep[]>;

/** The slot's exercise on a day. */
export function effective(timeline: Timeline, slot: ExerciseId, date: string): PlanExercise | undefined {
  let found: PlanExercise | undefined;
  for (const step of timeline.get(slot) ?? []) if (step.from <= date) found = step.exercise;
  return found;
}

/** The `index`th item of a kind on a day of the plan. */
export function itemOn(
  plan: Plan,
  date: string,
  kind: PlanItem['kind'],
  index: number,
): PlanItem | undefined {
  for (const week of plan.weeks)
    for (const day of week.days)
      if (day.date === date) return day.items.filter((i) => i.kind === kind)[index];
  return undefined;
}

/**
 * Pain during has risen week on week by the time of `log`: the mean of this Monday-week's logs up to it against
 * the mean of the week before, both with logs.
 * @example painRising(logs, log) // true when last week averaged 2 and this week 3
 */
export function painRising(sorted: readonly PlanLog[], log: PlanLog): boolean {
  const monday = mondayOf(dayNumber(log.date));
  const upTo = sorted.slice(0, sorted.indexOf(log) + 1);
  const mean = (ls: PlanLog[]) => ls.reduce((n, l) => n + l.painDuring, 0) / ls.length;
  const thisWeek = upTo.filter((l) => mondayOf(dayNumber(l.date)) === monday);
  const lastWeek = upTo.filter((l) => mondayOf(dayNumber(l.date)) === monday - 7);
  if (thisWeek.length === 0 || lastWeek.length === 0) return false;
  return mean(thisWeek) >= mean(lastWeek) + RISE_POINTS;
}

/** Every exercise of the same ladder (through progressions and regressions). */
function family(id: ExerciseId): Set<ExerciseId> {
  const seen = new Set<ExerciseId>([id]);
  const todo = [id];
  while (todo.length > 0) {
    const e = EXERCISES[todo.pop()!] as { progression?: ExerciseId; regression?: ExerciseId };
    for (const n of [e.progression, e.regression])
      if (n !== undefined && !seen.has(n)) {
        seen.add(n);
        todo.push(n);
      }
  }
  return seen;
}

function matchEntry(
  done: readonly ExerciseDone[],
  planned: ExerciseId,
  plannedIds: ReadonlySet<ExerciseId>,
): ExerciseDone | undefined {
  const exact = done.find((d) => d.id === planned);
  if (exact) return exact;
  const kin = family(planned);
  return done.find((d) => kin.has(d.id) && !plannedIds.has(d.id));
}

interface SlotState {
  exercise: PlanExercise;
  good: string[];
  /** The Monday of the last week a rise moved it down. */
  riseWeek: number | null;
}

const REASONS: Record<Exclude<Verdict, { kind: 'good' } | { kind: 'incomplete' }>['why'], string> = {
  pain: 'pain during the session went above 5 out of 10',
  morning: 'the next morning was worse than before you started',
  rising: 'pain has been going up from one week to the next',
  form: 'form slipped before the sets were done',
};

function stepMessage(slot: PlanExercise, step: Step, reason: string): string {
  const now = step.exercise;
  const dose = doseWords(now.id, now);
  if (step.kind === 'progress' && step.replaces !== undefined)
    return `${nameOf(slot.id)} moves up to ${nameIn(now.id)} (${dose}): ${reason}.`;
  if (step.kind === 'progress') return `${nameOf(now.id)} grows to ${dose}: ${reason}.`;
  if (step.kind === 'regress')
    return `${nameOf(slot.id)} steps back to ${nameIn(now.id)} (${dose}): ${reason}.`;
  return `${nameOf(now.id)} drops to ${dose}: ${reason}.`;
}

export interface StrengthResult {
  timeline: Timeline;
  changes: PlanChange[];
}

/**
 * Replays the strength logs (sorted, only those that count) over the plan's strength sessions.
 * @example adaptStrength(plan, sortLogs(logs), 3).changes[0]?.kind // 'progress'
 */
export function adaptStrength(
  plan: Plan,
  sorted: readonly PlanLog[],
  baselinePain: number | null,
): StrengthResult {
  const timeline: Timeline = new Map();
  const state = new Map<ExerciseId, SlotState>();
  for (const item of plan.weeks.flatMap((w) => w.days.flatMap((d) => d.items)))
    if (item.kind === 'strength')
      for (const e of item.exercises ?? [])
        if (!state.has(e.id)) {
          state.set(e.id, { exercise: e, good: [], riseWeek: null });
          timeline.set(e.id, [{ from: '0000-00-00', exercise: e }]);
        }
  const changes: PlanChange[] = [];

  for (const log of sorted) {
    if (log.kind !== 'strength') continue;
    const item = itemOn(plan, log.date, 'strength', log.itemIndex);
    if (!item?.exercises) continue;
    const rising = painRising(sorted, log);
    const week = mondayOf(dayNumber(log.date));
    const slots = item.exercises.map((e) => e.id);
    const plannedNow = slots.map((s) => effective(timeline, s, log.date) ?? state.get(s)!.exercise);
    const plannedIds = new Set(plannedNow.map((e) => e.id));
    slots.forEach((slot, i) => {
      const st = state.get(slot)!;
      const planned = plannedNow[i]!;
      const entry = matchEntry(log.exercises, planned.id, plannedIds);
      const verdict = judgeSession({
        painDuring: log.painDuring,
        painNextMorning: log.painNextMorning,
        baselinePain,
        plannedSets: planned.sets,
        setsDone: entry ? entry.setsDone : null,
        formOk: entry ? entry.formOk : true,
        rising: rising && st.riseWeek !== week,
      });
      const from = addDays(log.date, 1);
      const taken = new Set(
        [...state.entries()].filter(([s]) => s !== slot).map(([, other]) => other.exercise.id),
      );
      const move = (step: Step | null, because: string[], reason: string) => {
        st.good = [];
        if (step === null) {
          changes.push({
            kind: 'hold',
            from,
            exerciseId: st.exercise.id,
            because,
            message: `${nameOf(st.exercise.id)} stays as it is, already at its easiest dose: ${reason}.`,
          });
          return;
        }
        changes.push({
          kind: step.kind,
          from,
          exerciseId: step.exercise.id,
          ...(step.kind !== 'cut_volume' && step.replaces !== undefined ? { replaces: step.replaces } : {}),
          because,
          message: stepMessage(st.exercise, step, reason),
        });
        st.exercise = step.exercise;
        timeline.get(slot)!.push({ from, exercise: step.exercise });
      };
      if (verdict.kind === 'regress') {
        if (verdict.why === 'rising') st.riseWeek = week;
        move(stepDown(st.exercise, taken), [log.date], REASONS[verdict.why]);
      } else if (verdict.kind === 'hold') {
        st.good = [];
        changes.push({
          kind: 'hold',
          from,
          exerciseId: st.exercise.id,
          because: [log.date],
          message: `${nameOf(st.exercise.id)} stays at the same dose: ${
            verdict.why === 'pain' ? `pain during was ${log.painDuring} out of 10` : REASONS.form
          }.`,
        });
      } else if (verdict.kind === 'good') {
        st.good.push(log.date);
        if (st.good.length >= GOOD_SESSIONS_TO_PROGRESS) {
          const because = [...st.good];
          const up = stepUp(st.exercise, taken);
          if (up === null) st.good = [];
          else move(up, because, 'two sessions in a row done in full with little pain');
        }
      } else {
        st.good = [];
      }
    });
  }
  return { timeline, changes };
}
