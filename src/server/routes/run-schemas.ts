import { z } from 'zod';
import { SURFACES } from '../../core/runs/run';
import { FILE_OUTCOMES } from '../../core/imports/import-counts';
import { boundedNumber, plainText, plausibleDateTime } from '../../core/validation/input-rules';
import { MANUAL_RUN_LIMITS, tooFastToRun } from '../../core/runs/manual-run-limits';

const surface = z.enum(SURFACES).nullable();
const shoe = plainText('shoe name', 80).nullable();
const name = plainText('name', 120).nullable();

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
  shoe: z.string().nullable(),
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
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const runListSchema = z.object({
  items: z.array(runSchema),
  total: z.number(),
  shoes: z.array(z.string()),
});

/** A run typed in by hand; when it may start (not in the future) is checked by the route, which knows `now`. */
export const manualRunBody = z
  .object({
    startTime: plausibleDateTime('startTime'),
    distanceM: boundedNumber('distance', { min: 0, max: MANUAL_RUN_LIMITS.maxDistanceM, unit: 'm' }),
    elapsedS: boundedNumber('duration', {
      min: 1,
      max: MANUAL_RUN_LIMITS.maxElapsedS,
      unit: 's',
      whole: true,
    }),
    indoor: z.boolean(),
    surface: surface.optional(),
    shoe: shoe.optional(),
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
  .object({ surface: surface.optional(), shoe: shoe.optional(), name: name.optional() })
  .strict();

const count = z.number().int().min(0);

/** Counts per file that add up: imported + recovered + duplicates + skipped + failed = filesDone. */
export const importStatusSchema = z.object({
  id: z.string(),
  state: z.enum(['receiving', 'processing', 'done', 'failed']),
  filename: z.string(),
  createdAt: z.string(),
  filesDone: count.describe('files (and entries) settled: the sum of the five outcome counts'),
  filesTotal: count.nullable().describe('files found so far; equals filesDone once done'),
  bytesDone: z.number(),
  bytesTotal: z.number().nullable(),
  imported: count.describe('files that added at least one new activity, read whole'),
  recovered: count.describe('damaged files whose readable part added a new activity (partly read)'),
  duplicates: count.describe('files whose activities were all here already'),
  skipped: count.describe('files with no activity in them (sleep, settings), entries without a date'),
  failed: count.describe('files that could not be read'),
  entries: count.describe('of the counted items, entries without a file (typed in by hand on Strava)'),
  activities: count.describe('new activities stored; a multisport file adds one per sport'),
  replaced: count.describe('partly read runs replaced by a complete copy'),
  files: z.array(
    z.object({
      source: z.string(),
      status: z.enum(FILE_OUTCOMES),
      error: z
        .object({ code: z.string(), message: z.string() })
        .nullable()
        .describe(
          'code from the error catalogue (plain words in core/imports/import-words) and technical detail',
        ),
      runIds: z.array(z.string()),
      entry: z.boolean(),
    }),
  ),
  error: z.string().nullable(),
});
