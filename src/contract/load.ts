/** The training-load routes' request and response shapes: the server validates with them, the web reads its types from them. */
import { z } from 'zod';
import { isTimeZone } from '../core/load/calendar';

export const MAX_LOAD_WEEKS = 520;

export const weeklyLoadQuerySchema = z.object({
  weeks: z.coerce
    .number()
    .int('weeks must be a whole number')
    .min(1, 'weeks must be at least 1')
    .max(MAX_LOAD_WEEKS, `weeks must be at most ${MAX_LOAD_WEEKS}`)
    .default(12)
    .describe('how many weeks, the current one last (default 12)'),
  timeZone: z
    .string()
    .refine(isTimeZone, { message: 'timeZone must be an IANA time zone such as "Europe/Paris"' })
    .default('UTC')
    .describe("the runner's time zone, where weeks start on Monday (default UTC)"),
});

const metres = z.number().int().min(0);

export const weekTotalsSchema = z.object({
  weekStart: z.string().describe('the Monday, YYYY-MM-DD'),
  complete: z.boolean().describe('false for the week still under way: shown, not judged'),
  distanceM: metres.describe('running (road, trail, track, treadmill)'),
  runs: z.number().int().min(0),
  movingS: z.number().int().min(0),
  otherDistanceM: metres.describe('walks, rides and other sports: shown apart, never judged'),
  others: z.number().int().min(0),
  unclassified: z
    .number()
    .int()
    .min(0)
    .describe('activities of unknown sport, waiting for the runner to say what they were: in no total'),
  changePct: z.number().nullable().describe('percent change on the week before; null when not judged'),
  rule10: z.enum(['ok', 'over']).nullable().describe("the article's 10 % rule; null when not judged"),
  increasePct: z
    .number()
    .nullable()
    .describe(
      'the larger of this week and the week before, percent above the mean of weeks W−5 … W−2 ' +
        '(recent_mileage_increase_pct as measured at the end of this week); null with under six weeks ' +
        'of history or a zero baseline',
    ),
  spike: z.boolean().describe('at least 30 % above that mean (a load spike)'),
});

export const weeklyLoadSchema = z.object({
  timeZone: z.string(),
  current: z
    .boolean()
    .describe('false when nothing happened lately and the weeks end at the newest activity instead'),
  weeks: z.array(weekTotalsSchema),
});

export type WeeklyLoadQuery = z.input<typeof weeklyLoadQuerySchema>;
export type WeeklyLoadResponse = z.infer<typeof weeklyLoadSchema>;
export type WeekTotalsResponse = z.infer<typeof weekTotalsSchema>;
