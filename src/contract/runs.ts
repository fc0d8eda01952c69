/** Runs: the list, one run with its charts, a run added by hand, and a runner's edits. */
import { z } from 'zod';
import { SURFACES } from '../core/runs/run';
import { boundedNumber, idText, plainText, plausibleDateTime } from '../core/validation/input-rules';
import { MANUAL_RUN_LIMITS, tooFastToRun } from '../core/runs/manual-run-limits';
import { RUNNER_SPORTS } from '../core/runs/runner-sports';
import { SUGGESTED_SPORTS } from '../core/runs/sport-suggestion';

const surface = z.enum(SURFACES).nullable();
const shoeId = idText.nullable();
const name = plainText('name', 120).nullable();
const note = plainText('note', 500).nullable();

export const runIdParams = z.object({ id: idText });

export const runSchema = z.object({
  id: z.string(),
  startTime: z.string(),
  utcOffsetS: z.number().nullable(),
  sport: z.string(),
  subSport: z.string().nullable(),
  indoor: z.boolean(),
  name: z.string().nullable(),
  distanceM: z.number(),
  elapsedS: z.number(),
  timerS: z.number().nullable(),
  avgHeartRate: z.number().nullable(),
  avgCadenceSpm: z.number().nullable(),
  ascentM: z.number().nullable(),
  surface,
  shoeId: z.string().nullable().describe("the runner's shoe (GET /api/shoes); null when none"),
  shoe: z.string().nullable().describe("the shoe's name as the runner sees it"),
  note: z.string().nullable().describe("the runner's own words about the run"),
  source: z.enum(['import', 'manual']),
  format: z.enum(['fit', 'gpx', 'tcx']).nullable(),
  device: z.string().nullable(),
  recovered: z.string().nullable(),
  createdAt: z.string(),
});

const nullableNumbers = z.array(z.number().nullable());

export const runDetailSchema = runSchema.extend({
  gpsDistanceM: z.number().nullable(),
  avgStepLengthMm: z.number().nullable(),
  avgVerticalOscillationMm: z.number().nullable(),
  avgGroundContactMs: z.number().nullable(),
  laps: z.array(
    z.object({
      startTime: z.string(),
      elapsedS: z.number().nullable(),
      timerS: z.number().nullable(),
      distanceM: z.number().nullable(),
    }),
  ),
  series: z
    .object({
      t: z.array(z.number()),
      distanceM: nullableNumbers,
      speedMps: nullableNumbers,
      heartRate: nullableNumbers,
      cadenceSpm: nullableNumbers,
      altitudeM: nullableNumbers,
      lat: nullableNumbers,
      lon: nullableNumbers,
    })
    .nullable(),
});

export const runListQuery = z.object({
  sport: z
    .enum(['running', 'all', 'unclassified'])
    .default('running')
    .describe(
      'running: on-foot activities and those of unknown sport; unclassified: only those of unknown sport',
    ),
  limit: z.coerce.number<string | number>().int().min(1).max(1000).default(200),
  offset: z.coerce.number<string | number>().int().min(0).max(10_000_000).default(0),
});

/** A run in the list; one of unknown sport (`generic`) carries a suggestion for the runner to confirm. */
export const runListItemSchema = runSchema.extend({
  suggestedSport: z
    .enum(SUGGESTED_SPORTS)
    .nullable()
    .optional()
    .describe('only when sport is generic: what it looks like; null when there is nothing to go on'),
  suggestionReason: z.string().optional().describe('only when sport is generic: why, in plain words'),
});

export const runListSchema = z.object({
  items: z.array(runListItemSchema),
  total: z.number(),

  shoes: z.array(z.string()).describe("the names of the runner's shoes in use"),
  unclassified: z
    .number()
    .int()
    .min(0)
    .describe('activities of unknown sport waiting for the runner to say what they were'),
});

/** A run typed in by hand; when it may start (not in the future) is checked by the route, which knows `now`. */
export const manualRunBody = z
  .object({
    startTime: plausibleDateTime('startTime'),
    distanceM: boundedNumber('distance', {
      min: MANUAL_RUN_LIMITS.minDistanceM,
      max: MANUAL_RUN_LIMITS.maxDistanceM,
      unit: 'm',
    }),
    elapsedS: boundedNumber('duration', {
      min: 1,
      max: MANUAL_RUN_LIMITS.maxElapsedS,
      unit: 's',
      whole: true,
    }),
    indoor: z.boolean(),
    surface: surface.optional(),
    shoeId: shoeId.optional().describe('left out: the default shoe for the sport; null: none'),
    name: name.optional(),
  })
  .superRefine((run, ctx) => {
    // Judged only between numbers that are each in range; otherwise their own issues say enough.
    const inRange =
      run.distanceM <= MANUAL_RUN_LIMITS.maxDistanceM &&
      Number.isInteger(run.elapsedS) &&
      run.elapsedS >= 1 &&
      run.elapsedS <= MANUAL_RUN_LIMITS.maxElapsedS;
    if (inRange && tooFastToRun(run.distanceM, run.elapsedS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['elapsedS'],
        message: `${run.distanceM} m in ${run.elapsedS} s is faster than anyone runs (over ${MANUAL_RUN_LIMITS.maxSpeedMps} m/s); check the distance and time`,
      });
    }
  });

export const runPatchBody = z
  .object({
    surface: surface.optional(),
    shoeId: shoeId.optional(),
    name: name.optional(),
    note: note.optional(),
    sport: z
      .enum(RUNNER_SPORTS, { error: `sport must be one of ${RUNNER_SPORTS.join(', ')}` })
      .optional()
      .describe('what the activity was; an activity of unknown sport counts once it has one'),
  })
  .strict();

export type Run = z.output<typeof runSchema>;
export type RunDetail = z.output<typeof runDetailSchema>;
export type RunList = z.output<typeof runListSchema>;
export type RunListItem = z.output<typeof runListItemSchema>;
export type ManualRunBody = z.input<typeof manualRunBody>;
export type RunPatch = z.input<typeof runPatchBody>;
