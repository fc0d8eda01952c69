/**
 * The one list of what an account export holds: one entry per table of the account's records, in the order
 * an export is brought back in (a row's references come before it). A new table is one entry here.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  activityFileRecordSchema,
  activityPath,
  calendarLinkRecordSchema,
  checkinRecordSchema,
  formCheckRecordSchema,
  planLogRecordSchema,
  painEntryRecordSchema,
  planRecordSchema,
  runRecordSchema,
  settingsRecordSchema,
  shoeRecordSchema,
} from '../core/account/export-format';
import type { Database } from '../store/schema';
import { decodeSeries, encodeSeries } from '../store/series-codec';
import { seriesFromRecord, seriesToRecord } from './series-record';

export type Row = Record<string, unknown>;

/** What bringing a record back in may need beyond the record: the archive's files, the clock. */
export interface RestoreContext {
  nowIso: string;
  /** The bytes of an archive entry (`activities/…`), gzipped; undefined when the archive lacks it. */
  gzipOf(path: string): Uint8Array | undefined;
}

export interface TableExporter {
  /** The table the records come from and go back to; every row has `user_id`. */
  table: string;
  /** `${file}.json` in the archive. */
  file: string;
  record: z.ZodType;
  /** Rows get new ids when brought back in (and every reference to them follows). */
  hasId: boolean;
  /** Columns read (the rest, secrets and `user_id`, never leave). */
  columns: string[];
  orderBy: string[];
  toRecord(row: Row): unknown;
  /** The row to insert (without user_id), or null when the record is not brought back (a secret it needs). */
  toRow(record: Row, ctx: RestoreContext): Row | null;
  /** Exports made before the table existed lack its file; they are brought in as having no records. */
  optional?: boolean;
  /** For files kept beside the records: the archive path of each row's bytes. */
  attachment?: { path(row: Row): string; gzipColumn: string };
}

/** A table whose JSON columns (`x_json`) are given parsed (`x`) and whose other columns pass as they are. */
function plainTable(spec: {
  table: string;
  file: string;
  record: z.ZodType;
  columns: string[];
  json?: string[];
  orderBy?: string[];
}): TableExporter {
  const json = spec.json ?? [];
  return {
    table: spec.table,
    file: spec.file,
    record: spec.record,
    hasId: spec.columns.includes('id'),
    columns: [...spec.columns, ...json.map((c) => `${c}_json`)],
    orderBy: spec.orderBy ?? ['created_at', 'id'],
    toRecord: (row) => {
      const out: Row = { ...row };
      for (const c of json) {
        out[c] = JSON.parse(String(row[`${c}_json`]));
        delete out[`${c}_json`];
      }
      return out;
    },
    toRow: (record) => {
      const out: Row = { ...record };
      for (const c of json) {
        out[`${c}_json`] = JSON.stringify(record[c]);
        delete out[c];
      }
      return out;
    },
  };
}

const RUN_COLUMNS = [
  'id',
  'start_time',
  'utc_offset_s',
  'sport',
  'sub_sport',
  'indoor',
  'name',
  'distance_m',
  'elapsed_s',
  'timer_s',
  'gps_distance_m',
  'ascent_m',
  'avg_heart_rate',
  'avg_cadence_spm',
  'avg_step_length_mm',
  'avg_vertical_oscillation_mm',
  'avg_ground_contact_ms',
  'surface',
  'shoe_id',
  'note',
  'source',
  'format',
  'device',
  'recovered',
  'content_hash',
  'created_at',
];

const runs: TableExporter = {
  ...plainTable({
    table: 'runs',
    file: 'runs',
    record: runRecordSchema,
    columns: RUN_COLUMNS,
    json: ['laps'],
  }),
  columns: [...RUN_COLUMNS, 'laps_json', 'series'],
  orderBy: ['start_time', 'id'],
  toRecord: (row) => {
    const { laps_json, series, ...rest } = row;
    const packed = series as Uint8Array | null;
    return {
      ...rest,
      laps: JSON.parse(String(laps_json)),
      series: packed ? seriesToRecord(decodeSeries(packed)) : null,
    };
  },
  toRow: (record) => {
    const { laps, series, ...rest } = record;
    return {
      ...rest,
      laps_json: JSON.stringify(laps),
      series: series
        ? encodeSeries(seriesFromRecord(series as Parameters<typeof seriesFromRecord>[0]))
        : null,
    };
  },
};

const FILE_COLUMNS = ['id', 'run_id', 'name', 'format', 'size_bytes', 'sha256', 'created_at'];

const activityFiles: TableExporter = {
  table: 'activity_files',
  file: 'activity-files',
  record: activityFileRecordSchema,
  hasId: true,
  columns: FILE_COLUMNS,
  // Files of one import share a time; their hash orders them the same in every export.
  orderBy: ['created_at', 'sha256'],
  toRecord: (row) => ({ ...row, path: activityPath(String(row.sha256), String(row.name)) }),
  toRow: (record, ctx) => {
    const { path, ...rest } = record;
    const gzip = ctx.gzipOf(String(path));
    // The archive was checked for every listed file before anything is written.
    if (!gzip) throw new Error(`${String(path)} is missing`);
    return { ...rest, import_id: null, gzip };
  },
  attachment: { path: (row) => activityPath(String(row.sha256), String(row.name)), gzipColumn: 'gzip' },
};

/** Every table of an account's records, in restore order. */
export const DATA_EXPORTERS: TableExporter[] = [
  {
    ...plainTable({
      table: 'user_settings',
      file: 'settings',
      record: settingsRecordSchema,
      columns: ['units', 'country', 'keep_originals', 'running_goal'],
      orderBy: ['user_id'],
    }),
    toRow: (record, ctx) => ({ ...record, updated_at: ctx.nowIso }),
  },
  plainTable({
    table: 'shoes',
    file: 'shoes',
    record: shoeRecordSchema,
    columns: [
      'id',
      'brand',
      'model',
      'nickname',
      'start_km',
      'retire_km',
      'retired_at',
      'default_for',
      'created_at',
      'updated_at',
    ],
  }),
  plainTable({
    table: 'checkins',
    file: 'checkins',
    record: checkinRecordSchema,
    columns: ['id', 'created_at', 'age', 'sex', 'complete', 'urgency', 'pain_score'],
    json: ['findings', 'result'],
  }),
  runs,
  plainTable({
    table: 'plans',
    file: 'plans',
    record: planRecordSchema,
    columns: ['id', 'created_at', 'checkin_id', 'baseline_pain', 'urgency', 'status', 'ended_at'],
    json: ['input', 'plan'],
  }),
  plainTable({
    table: 'plan_logs',
    file: 'plan-logs',
    record: planLogRecordSchema,
    columns: [
      'id',
      'plan_id',
      'date',
      'kind',
      'item_index',
      'pain_during',
      'pain_next_morning',
      'pain_rose_during',
      'limped',
      'new_red_flag',
      'logged_at',
    ],
    json: ['exercises'],
    orderBy: ['logged_at', 'id'],
  }),
  plainTable({
    table: 'pain_entries',
    file: 'pain-entries',
    record: painEntryRecordSchema,
    columns: ['id', 'at', 'score', 'timing', 'note', 'created_at', 'updated_at'],
    json: ['areas', 'eased_by', 'worsened_by'],
    orderBy: ['at', 'id'],
  }),
  {
    ...plainTable({
      table: 'calendar_links',
      file: 'calendar-links',
      record: calendarLinkRecordSchema,
      columns: ['created_at'],
    }),
    orderBy: ['created_at'],
    // Its address was the old account's secret: a new one is made on the Plan page.
    toRow: () => null,
  },
  activityFiles,
  {
    ...plainTable({
      table: 'form_checks',
      file: 'form-checks',
      record: formCheckRecordSchema,
      columns: [
        'id',
        'created_at',
        'recorded_on',
        'model',
        'clip_s',
        'steps',
        'facing',
        ...[
          'cadence_spm',
          'overstride_legs',
          'shin_angle_deg',
          'trunk_lean_deg',
          'vertical_oscillation_legs',
        ].flatMap((m) => [m, `${m}_spread`, `${m}_band`]),
        'cue',
        'cadence_target_spm',
        'note',
      ],
    }),
    optional: true,
  },
];

/** The loose view of the database the exporters work through: tables and columns by name. */
export type LooseDb = Kysely<Record<string, Row>>;
export const loose = (db: Kysely<Database>): LooseDb => db as unknown as LooseDb;
