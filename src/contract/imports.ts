/** Imports: an upload of activity files or an export archive, and its progress file by file. */
import { z } from 'zod';
import { FILE_OUTCOMES } from '../core/imports/import-counts';

export const importIdParams = z.object({ id: z.string().max(64) });

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

export const importListSchema = z.object({ items: z.array(importStatusSchema) });

export type ImportStatus = z.output<typeof importStatusSchema>;
export type ImportFileResult = ImportStatus['files'][number];
export type ImportFileStatus = ImportFileResult['status'];
