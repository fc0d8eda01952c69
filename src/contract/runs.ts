/** Runs: the list, one run with its charts, a run added by hand, and a runner's edits. */
import { z } from 'zod';
import { SURFACES } from '../core/runs/run';
import { boundedNumber, idText, plainText, plausibleDateTime } from '../core/validation/input-rules';
import { MANUAL_RUN_LIMITS, tooFastToRun } from '../core/runs/manual-run-limits';

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
  sport: z.enum(['running', 'all']).default('running').describe('running: on-foot activities only'),
  limit: z.coerce.number<string | number>().int().min(1).max(1000).default(200),
  offset: z.coerce.number<string | number>().int().min(0).max(10_000_000).default(0),
});

export const runListSchema = z.object({
  items: z.array(runSchema),
  total: z.number(),
  shoes: z.array(z.string()).describe("the names of the runner's shoes in use"),
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
  })
  .strict();

export type Run = z.output<typeof runSchema>;
export type RunDetail = z.output<typeof runDetailSchema>;
export type RunList = z.output<typeof runListSchema>;
export type ManualRunBody = z.input<typeof manualRunBody>;
export type RunPatch = z.input<typeof runPatchBody>;
