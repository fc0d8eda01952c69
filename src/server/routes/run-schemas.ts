import { z } from 'zod';
import { SURFACES } from '../../core/runs/run';
import { FILE_OUTCOMES } from '../../core/imports/import-counts';

const surface = z.enum(SURFACES).nullable();
const shoe = z.string().trim().max(80, 'shoe name is longer than 80 characters').nullable();
const name = z.string().trim().max(120, 'name is longer than 120 characters').nullable();

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
  offset: z.coerce.number().int().min(0).default(0),
});

export const runListSchema = z.object({
  items: z.array(runSchema),
  total: z.number(),
  shoes: z.array(z.string()),
});

const isoDate = z.iso.datetime({
  offset: true,
  message: 'startTime must be an ISO date-time, e.g. 2026-11-26T07:30:00Z',
});

export const manualRunBody = z.object({
  startTime: isoDate,
  distanceM: z.number().min(0, 'distance cannot be negative').max(1_000_000, 'distance is over 1,000 km'),
  elapsedS: z
    .number()
    .int('duration must be whole seconds')
    .min(1, 'duration must be at least 1 second')
    .max(7 * 86_400),
  indoor: z.boolean(),
  surface: surface.optional(),
  shoe: shoe.optional(),
  name: name.optional(),
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
