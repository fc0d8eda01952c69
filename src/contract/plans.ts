/**
 * The plan's API shapes (issue 11 item 9): build a plan from the latest check-in and the runner's own weeks,
 * read it adapted to what was logged, log pain after an item, and the calendar link.
 */
import { z } from 'zod';
import { URGENCIES } from '../core/checkin/urgency';
import { EXERCISE_IDS } from '../core/plan/doses';
import { LOGGABLE_KINDS } from '../core/plan/plan-log';
import { MAX_RUNS_PER_WEEK, WEEKDAYS } from '../core/plan/plan-layout';
import { idText } from '../core/validation/input-rules';
import { weeklyLoadQuerySchema } from './load';
import { MAX_PLAN_WEEKS, planInputSchema, planSchema } from './plan';

export const planIdParams = z.object({ id: idText });
export const planLogParams = z.object({ id: idText, logId: idText });
export const calendarFileParams = z.object({
  file: z
    .string()
    .max(80, 'not a calendar link')
    .regex(/^[A-Za-z0-9_-]{20,64}\.ics$/, 'not a calendar link'),
});

const timeZone = weeklyLoadQuerySchema.shape.timeZone;
export const planQuerySchema = z.object({ timeZone });

export const planCreateBody = z
  .object({
    runsPerWeek: planInputSchema.shape.runsPerWeek,
    weeks: planInputSchema.shape.weeks
      .default(6)
      .describe(`weeks to plan, 1–${MAX_PLAN_WEEKS}; 6 when left out`),
    startDate: planInputSchema.shape.startDate
      .optional()
      .describe("the plan starts on the Monday on or after this date; the runner's today when left out"),
    availableDays: planInputSchema.shape.availableDays,
    timeZone: timeZone.describe("the runner's time zone: which weeks are complete and what today is"),
  })
  .strict();

const score = (field: string) =>
  z
    .number({ error: `${field} must be a number from 0 to 10` })
    .int(`${field} must be a whole number from 0 to 10`)
    .min(0, `${field} must be from 0 to 10`)
    .max(10, `${field} must be from 0 to 10`);

const exerciseDone = z
  .object({
    id: z.enum(EXERCISE_IDS as [string, ...string[]], { error: 'not an exercise of the library' }),
    setsDone: z.number().int().min(0, 'setsDone cannot be negative').max(10, 'setsDone is at most 10'),
    formOk: z.boolean({ error: 'formOk must be true or false' }),
  })
  .strict();

const day = planInputSchema.shape.startDate;

export const planLogBody = z
  .object({
    date: day.describe('the plan day of the item'),
    kind: z.enum(LOGGABLE_KINDS),
    itemIndex: z
      .number()
      .int()
      .min(0)
      .max(9)
      .default(0)
      .describe('which item of that kind on that day, 0 first'),
    painDuring: score('painDuring'),
    painNextMorning: score('painNextMorning').nullable().default(null),
    exercises: z.array(exerciseDone).max(40).default([]),
    painRoseDuring: z.boolean().default(false),
    limped: z.boolean().default(false),
    newRedFlag: z
      .boolean({ error: 'newRedFlag must be true or false' })
      .describe('any new numbness, weakness, bladder, bowel or sexual change, or fever'),
  })
  .strict();

export const planLogPatchBody = z
  .object({ painNextMorning: score('painNextMorning') })
  .strict()
  .describe('the next-morning answer, given the day after');

export const planLogSchema = z.object({
  id: z.string(),
  date: z.string(),
  kind: z.enum(LOGGABLE_KINDS),
  itemIndex: z.number(),
  painDuring: z.number(),
  painNextMorning: z.number().nullable(),
  exercises: z.array(
    z.object({
      id: z.enum(EXERCISE_IDS as [string, ...string[]]),
      setsDone: z.number(),
      formOk: z.boolean(),
    }),
  ),
  painRoseDuring: z.boolean(),
  limped: z.boolean(),
  newRedFlag: z.boolean(),
  loggedAt: z.string(),
});

const change = z.object({
  kind: z.enum([
    'progress',
    'hold',
    'regress',
    'cut_volume',
    'run_progress',
    'run_hold',
    'run_lower',
    'run_pause',
  ]),
  from: z.string(),
  exerciseId: z.enum(EXERCISE_IDS as [string, ...string[]]).optional(),
  replaces: z.enum(EXERCISE_IDS as [string, ...string[]]).optional(),
  because: z.array(z.string()),
  message: z.string(),
});

export const planStopSchema = z.object({
  code: z.enum(['new_red_flag', 'worse_checkin', 'severe_pain', 'pain_rise', 'red_twice', 'no_improvement']),
  on: z.string(),
  because: z.array(z.string()),
  message: z.string(),
});

export const planRecordSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  status: z
    .enum(['active', 'stopped', 'ended'])
    .describe('stopped: the logs sent the runner to a new check-in'),
  endedAt: z.string().nullable(),
  checkinId: z.string(),
  checkinAt: z.string(),
  urgency: z.enum(URGENCIES),
  baselinePain: z.number().nullable(),
  runsPerWeek: z.number().max(MAX_RUNS_PER_WEEK + 1),
  availableDays: z.array(z.enum(WEEKDAYS)).nullable(),
  weeklyKm: z.array(z.number()).describe('the complete weeks the targets were built from, oldest first'),
  timeZone: z.string(),
  today: z.string().describe("the runner's date, YYYY-MM-DD"),
  plan: planSchema.describe('the plan with every adaptation applied'),
  changes: z.array(change),
  stop: planStopSchema.nullable(),
  runZones: z.array(z.object({ date: z.string(), zone: z.enum(['green', 'amber', 'red']) })),
  logs: z.array(planLogSchema),
});

export const calendarLinkSchema = z.object({
  url: z.string().nullable().describe('the private subscription address; null when there is none'),
  createdAt: z.string().nullable(),
});

export const calendarText = z.string().describe('an iCalendar file (text/calendar)');

export type PlanCreateBody = z.input<typeof planCreateBody>;
export type PlanLogBody = z.input<typeof planLogBody>;
export type PlanLogRecord = z.output<typeof planLogSchema>;
export type PlanRecord = z.output<typeof planRecordSchema>;
export type CalendarLink = z.output<typeof calendarLinkSchema>;
