/** Home's one request: this week against its safe target, weekly bars, alerts, shoes, surface, cadence, check-ins. */
import { z } from 'zod';
import { weeklyLoadQuerySchema } from './load';
import { URGENCIES } from '../core/checkin';
import type { LoadAlertCode } from '../core/load/load-alert';

export const DASHBOARD_WEEKS = [12, 52] as const;

export const dashboardQuerySchema = z.object({
  weeks: z.coerce
    .number()
    .refine((v) => (DASHBOARD_WEEKS as readonly number[]).includes(v), { message: 'weeks must be 12 or 52' })
    .default(12)
    .describe('how many weekly bars, the current week last: 12 or 52 (default 12)'),
  timeZone: weeklyLoadQuerySchema.shape.timeZone,
});

const metres = z.number().int().min(0);
const ALERT_CODES = [
  'rule10_over',
  'spike',
  'long_run_spike',
  'shoe_check',
  'shoe_replace',
  'surface_change',
  'low_cadence',
] as const satisfies readonly LoadAlertCode[];

export const thisWeekSchema = z.object({
  weekStart: z.string().describe('the Monday, YYYY-MM-DD'),
  daysLeft: z.number().int().min(1).max(7).describe('days of this week still to come, today included'),
  doneM: metres.describe('running so far this week'),
  lastWeekM: metres.describe('running in the last complete week'),
  baselineM: metres
    .nullable()
    .describe('mean of the four weeks before last week; null with under six weeks of history or none run'),
  targetM: metres
    .nullable()
    .describe(
      'last week + 10 %, at most the last metre under a 30 % spike over the baseline; null without running last week',
    ),
  remainingM: metres.nullable().describe('metres left up to the target, never below 0'),
  state: z.enum(['under', 'near', 'over']).nullable().describe('near: from 90 % of the target'),
  basis: z.enum(['rule10', 'spike_cap']).nullable().describe('which rule set the target'),
});

export const dashboardWeekSchema = z.object({
  weekStart: z.string(),
  complete: z.boolean(),
  distanceM: metres,
  runs: z.number().int().min(0),
  changePct: z.number().nullable(),
  rule10: z.enum(['ok', 'over']).nullable(),
  increasePct: z
    .number()
    .nullable()
    .describe('recent_mileage_increase_pct as measured at the end of the week'),
  spike: z.boolean(),
});

const surfaceSpan = z.object({
  treadmillPct: z
    .number()
    .nullable()
    .describe('percent of the distance on a treadmill; null without running'),
  dominant: z.enum(['treadmill', 'outdoor']).nullable(),
});

export const dashboardSchema = z.object({
  timeZone: z.string(),
  today: z.string().describe("the runner's date, YYYY-MM-DD"),
  current: z
    .boolean()
    .describe(
      'false when nothing happened in the last 12 weeks (whatever the span shown): bars, alerts, shoes, surface and cadence ' +
        'are then as they stood at the newest activity (an old export)',
    ),
  asOfWeek: z.string().describe('the Monday of the last weekly bar'),
  thisWeek: thisWeekSchema,
  weeks: z.array(dashboardWeekSchema),
  alerts: z.array(z.object({ code: z.enum(ALERT_CODES), message: z.string() })),
  shoesNearLimit: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      distanceKm: z.number(),
      retireKm: z.number(),
      level: z.enum(['check', 'replace']),
    }),
  ),
  surface: z.object({ lastTwoWeeks: surfaceSpan, fourWeeksBefore: surfaceSpan }),
  cadence: z.object({
    weeks: z.array(
      z.object({ weekStart: z.string(), medianSpm: z.number().nullable(), runs: z.number().int().min(0) }),
    ),
    fourWeekMedianSpm: z
      .number()
      .nullable()
      .describe('cadence_spm: median over the last four complete weeks'),
  }),
  lastCheckin: z
    .object({
      id: z.string(),
      createdAt: z.string(),
      urgency: z.enum(URGENCIES),
      painScore: z.number().nullable(),
      stopRunning: z.boolean(),
    })
    .nullable(),
  painTrend: z
    .array(z.object({ at: z.string(), painScore: z.number() }))
    .describe('pain scores of the last ten check-ins that recorded one, oldest first'),
  checkinDue: z.object({
    due: z.boolean(),
    reason: z.enum(['never', 'over_a_week', 'pain_rose']).nullable(),
    message: z.string().nullable(),
  }),
  unclassified: z.number().int().min(0).describe('activities of unknown sport waiting for the runner to say'),
});

export type DashboardQuery = z.input<typeof dashboardQuerySchema>;
export type DashboardResponse = z.infer<typeof dashboardSchema>;
