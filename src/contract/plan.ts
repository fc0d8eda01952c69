/** The plan's input and output shapes (issue 11 item 3): the CLI validates with them, later the API and the web. */
import { z } from 'zod';
import { checkinInputSchema } from '../core/checkin/schema';
import { URGENCIES } from '../core/checkin/urgency';
import { EXERCISE_IDS } from '../core/plan/doses';
import { MAX_RUNS_PER_WEEK, WEEKDAYS } from '../core/plan/plan-layout';
import { PLAN_ITEM_KINDS, PLAN_TASKS } from '../core/plan/plan-types';

export const MAX_PLAN_WEEKS = 52;
/** A week's distance the input may claim, km: far above any runner, a guard against a unit mistake. */
export const MAX_WEEK_KM = 1000;

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

export const planInputSchema = z.object({
  checkin: checkinInputSchema,
  weeklyKm: z
    .array(
      z
        .number()
        .min(0, 'a week’s km cannot be negative')
        .max(MAX_WEEK_KM, `at most ${MAX_WEEK_KM} km a week`),
    )
    .max(520, 'at most 520 weeks of history')
    .describe('complete weeks’ running, km, oldest first; [] when there is none'),
  runsPerWeek: z
    .number()
    .int('runsPerWeek must be a whole number')
    .min(1, 'runsPerWeek must be at least 1')
    .max(7, 'runsPerWeek must be at most 7')
    .describe(`runs a week wanted; at most ${MAX_RUNS_PER_WEEK} are planned (one full rest day a week)`),
  startDate: z
    .string()
    .refine(isDate, { message: 'startDate must be a date, YYYY-MM-DD' })
    .describe('the plan starts on the Monday on or after this date'),
  weeks: z
    .number()
    .int('weeks must be a whole number')
    .min(1, 'weeks must be at least 1')
    .max(MAX_PLAN_WEEKS, `weeks must be at most ${MAX_PLAN_WEEKS}`),
  availableDays: z
    .array(z.enum(WEEKDAYS))
    .min(1, 'availableDays needs at least one day')
    .optional()
    .describe('days the runner can run ("mon" … "sun"); every day when absent'),
});

export const planExerciseSchema = z.object({
  id: z.enum(EXERCISE_IDS as [string, ...string[]]),
  sets: z.number().int(),
  reps: z.number().int().optional(),
  holdS: z.number().int().optional(),
  perSide: z.literal(true).optional(),
  durationS: z.number().int().optional().describe('timed moves: drills, foam rolling, active recovery'),
});

export const planItemSchema = z.object({
  kind: z.enum(PLAN_ITEM_KINDS),
  km: z.number().optional(),
  exercises: z.array(planExerciseSchema).optional(),
  task: z.enum(PLAN_TASKS).optional(),
});

export const planSchema = z.object({
  status: z.enum(['ok', 'withheld']),
  urgency: z.enum(URGENCIES),
  reason: z.string().optional(),
  notes: z.array(z.string()),
  weeks: z.array(
    z.object({
      weekStart: z.string(),
      targetKm: z.number(),
      days: z.array(z.object({ date: z.string(), items: z.array(planItemSchema) })),
    }),
  ),
});

export type PlanInputBody = z.input<typeof planInputSchema>;
export type PlanResponse = z.infer<typeof planSchema>;
