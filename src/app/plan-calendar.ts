/**
 * The plan as an iCalendar file (issue 11 item 6): one all-day event per plan day that holds something to
 * do, its summary the day at a glance ("Run 5.2 km + core & glutes"), its description every item with its
 * exercises and doses in words. A rest day is one short "Rest day" event. UIDs are stable per plan and day,
 * so a subscribed calendar updates its events instead of duplicating them.
 */
import ical from 'ical-generator';
import { doseWords } from '../core/plan/dose-words';
import { EXERCISES } from '../core/plan/doses';
import { exerciseText } from '../core/plan/library';
import type { PlanDay, PlanExercise, PlanItem, PlanTask } from '../core/plan/plan-types';
import type { PlanView } from './plans';

const TASK_WORDS: Record<PlanTask, { short: string; long: string }> = {
  appointment: {
    short: 'book a clinician',
    long: 'Book an appointment with a clinician, and take your check-in result with you.',
  },
  shoe_check: {
    short: 'shoe check',
    long: 'Check your shoes: how far they have gone, and whether the soles or heels have worn unevenly.',
  },
  form_cue: { short: 'form cue', long: "Read this week's form cue and keep it in mind on your runs." },
};

/** What each kind of item is called in a day's summary; warm-ups and stretches go with their run. */
const SHORT: Partial<Record<PlanItem['kind'], string>> = {
  drills: 'drills',
  mobility: 'mobility',
  foam_rolling: 'foam rolling',
  active_recovery: 'easy cross-training',
};

const HEADING: Record<PlanItem['kind'], string> = {
  run: 'Run',
  warmup: 'Warm-up before the run',
  cooldown_stretch: 'Stretches after the run',
  strength: 'Strength',
  drills: 'Form drills',
  mobility: 'Mobility',
  foam_rolling: 'Foam rolling, each muscle group',
  active_recovery: 'Active recovery, one of these',
  rest: 'Rest day',
  task: 'To do',
};

/** "core & glutes", "core" or "glutes & hips": which groups a strength session works. */
function strengthWords(exercises: readonly PlanExercise[]): string {
  const groups = new Set(exercises.map((e) => EXERCISES[e.id].group));
  const core = groups.has('core');
  const glutes = groups.has('glute_hip');
  if (core && glutes) return 'core & glutes';
  return core ? 'core' : glutes ? 'glutes & hips' : 'strength';
}

/**
 * A day at a glance.
 * @example daySummary({ date: '2026-12-08', items: [{ kind: 'run', km: 5.2 }, { kind: 'strength', exercises }] }) // 'Run 5.2 km + core & glutes'
 */
export function daySummary(day: PlanDay): string {
  const parts: string[] = [];
  for (const item of day.items) {
    if (item.kind === 'run') parts.push(`run ${item.km ?? 0} km`);
    else if (item.kind === 'strength') parts.push(strengthWords(item.exercises ?? []));
    else if (item.kind === 'task' && item.task) parts.push(TASK_WORDS[item.task].short);
    else if (item.kind === 'rest') parts.push('rest day');
    else {
      const short = SHORT[item.kind];
      if (short && !parts.includes(short)) parts.push(short);
    }
  }
  const text = parts.join(' + ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const exerciseLine = (e: PlanExercise): string => {
  const { id, sets, reps, holdS, durationS } = e;
  const dose = doseWords(id, {
    sets,
    ...(reps !== undefined ? { reps } : {}),
    ...(holdS !== undefined ? { holdS } : {}),
    ...(durationS !== undefined ? { durationS } : {}),
  });
  return `- ${exerciseText(id).name}: ${dose}`;
};

/**
 * Every item of a day in words, each with its exercises and doses.
 * @example dayDescription({ date, items: [{ kind: 'strength', exercises: [{ id: 'plank', sets: 2, holdS: 30 }] }] }) // 'Strength (core)\n- Plank: 2 sets of 30 s'
 */
export function dayDescription(day: PlanDay): string {
  return day.items
    .map((item) => {
      if (item.kind === 'run') return `Run ${item.km ?? 0} km at an easy, conversational pace.`;
      if (item.kind === 'rest') return 'Rest day: no running and no strength work. Easy walking is fine.';
      if (item.kind === 'task') return item.task ? TASK_WORDS[item.task].long : HEADING.task;
      const heading =
        item.kind === 'strength' ? `Strength (${strengthWords(item.exercises ?? [])})` : HEADING[item.kind];
      return [heading, ...(item.exercises ?? []).map(exerciseLine)].join('\n');
    })
    .join('\n\n');
}

const dayDate = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

const nameDate = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(dayDate(iso));

/**
 * The calendar's name: the plan and the day it starts.
 * @example calendarName(record) // 'backstride plan from 7 Dec 2026'
 */
export function calendarName(record: Pick<PlanView, 'plan'>): string {
  const first = record.plan.weeks[0]?.weekStart;
  return first ? `backstride plan from ${nameDate(first)}` : 'backstride plan';
}

/**
 * The plan (as adapted) as iCalendar text. When the plan stopped, the days from the stop on give way to one
 * event saying so. All-day events carry dates only, so the runner's time zone is named for the calendar
 * (X-WR-TIMEZONE) and no time conversion can move a day.
 * @example planCalendar(record, { now: new Date() }) // 'BEGIN:VCALENDAR\r\n…'
 */
export function planCalendar(
  record: Pick<PlanView, 'id' | 'plan' | 'createdAt' | 'stop' | 'timeZone'>,
  options: { now: Date; url?: string },
): string {
  const calendar = ical({
    name: calendarName(record),
    prodId: { company: 'backstride', product: 'plan', language: 'EN' },
    ...(options.url ? { url: options.url } : {}),
  });
  calendar.x('X-WR-TIMEZONE', record.timeZone);
  const stopOn = record.stop?.on ?? null;
  for (const week of record.plan.weeks) {
    for (const day of week.days) {
      if (day.items.length === 0 || (stopOn !== null && day.date >= stopOn)) continue;
      const restOnly = day.items.every((i) => i.kind === 'rest');
      calendar.createEvent({
        id: `${record.id}-${day.date}@backstride`,
        start: dayDate(day.date),
        allDay: true,
        stamp: options.now,
        summary: restOnly ? 'Rest day' : daySummary(day),
        description: dayDescription(day),
      });
    }
  }
  if (record.stop) {
    calendar.createEvent({
      id: `${record.id}-stop@backstride`,
      start: dayDate(record.stop.on),
      allDay: true,
      stamp: options.now,
      summary: 'Plan stopped: check in again',
      description: record.stop.message,
    });
  }
  return calendar.toString();
}
