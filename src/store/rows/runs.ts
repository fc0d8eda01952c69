/** The one mapping between a `runs` row and a Run, used by every query of the table. */
import type { Insertable, Selectable } from 'kysely';
import type { RunsTable } from '../schema';
import { SURFACES, type Run, type RunEdits } from '../../core/runs/run';
import type { ActivityFormat, Lap } from '../../core/activity/activity';
import { flag, jsonColumn, nullableEnumColumn } from './columns';
import type { LoadActivity } from '../../core/load/weekly-distance';

const FORMATS = ['fit', 'gpx', 'tcx'] as const satisfies readonly ActivityFormat[];
const laps = jsonColumn<Lap[]>();
const surface = nullableEnumColumn('runs.surface', SURFACES);
const format = nullableEnumColumn('runs.format', FORMATS);

/** A row without its series, which only the one-run query reads. */
export type RunRow = Omit<Selectable<RunsTable>, 'series'>;

/** Every column but the series: what lists select. */
export const RUN_COLUMNS = [
  'id',
  'user_id',
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
  'laps_json',
  'created_at',
] as const satisfies readonly (keyof RunRow)[];

export const runFromRow = (r: RunRow): Run => ({
  id: r.id,
  startTime: r.start_time,
  utcOffsetS: r.utc_offset_s,
  sport: r.sport,
  subSport: r.sub_sport,
  indoor: flag.read(r.indoor),
  name: r.name,
  distanceM: r.distance_m,
  elapsedS: r.elapsed_s,
  timerS: r.timer_s,
  gpsDistanceM: r.gps_distance_m,
  ascentM: r.ascent_m,
  avgHeartRate: r.avg_heart_rate,
  avgCadenceSpm: r.avg_cadence_spm,
  avgStepLengthMm: r.avg_step_length_mm,
  avgVerticalOscillationMm: r.avg_vertical_oscillation_mm,
  avgGroundContactMs: r.avg_ground_contact_ms,
  surface: surface(r.surface),
  shoeId: r.shoe_id,
  note: r.note,
  source: r.source,
  format: format(r.format),
  device: r.device,
  recovered: r.recovered,
  contentHash: r.content_hash,
  laps: laps.read(r.laps_json),
  createdAt: r.created_at,
});

export const runToRow = (userId: string, run: Run, series: Uint8Array | null): Insertable<RunsTable> => ({
  id: run.id,
  user_id: userId,
  start_time: run.startTime,
  utc_offset_s: run.utcOffsetS,
  sport: run.sport,
  sub_sport: run.subSport,
  indoor: flag.write(run.indoor),
  name: run.name,
  distance_m: run.distanceM,
  elapsed_s: run.elapsedS,
  timer_s: run.timerS,
  gps_distance_m: run.gpsDistanceM,
  ascent_m: run.ascentM,
  avg_heart_rate: run.avgHeartRate,
  avg_cadence_spm: run.avgCadenceSpm,
  avg_step_length_mm: run.avgStepLengthMm,
  avg_vertical_oscillation_mm: run.avgVerticalOscillationMm,
  avg_ground_contact_ms: run.avgGroundContactMs,
  surface: run.surface,
  shoe_id: run.shoeId,
  note: run.note,
  source: run.source,
  format: run.format,
  device: run.device,
  recovered: run.recovered,
  content_hash: run.contentHash,
  laps_json: laps.write(run.laps),
  series,
  created_at: run.createdAt,
});

/** The columns a runner's edits change; what the edit leaves out is left as it is. */
export function runEditsToRow(
  edits: Partial<RunEdits>,
): Partial<Pick<RunsTable, 'surface' | 'shoe_id' | 'name' | 'note' | 'sport'>> {
  const set: Partial<Pick<RunsTable, 'surface' | 'shoe_id' | 'name' | 'note' | 'sport'>> = {};
  if (edits.surface !== undefined) set.surface = edits.surface;
  if (edits.shoeId !== undefined) set.shoe_id = edits.shoeId;
  if (edits.name !== undefined) set.name = edits.name;
  if (edits.note !== undefined) set.note = edits.note;
  if (edits.sport !== undefined) set.sport = edits.sport;
  return set;
}

/** The columns weekly totals read: an activity's time, sport and distance. */
export const LOAD_COLUMNS = [
  'start_time',
  'utc_offset_s',
  'sport',
  'distance_m',
  'elapsed_s',
  'timer_s',
] as const;

/** @example loadActivityFromRow(row).distanceM // 10000 */
export const loadActivityFromRow = (r: Pick<RunRow, (typeof LOAD_COLUMNS)[number]>): LoadActivity => ({
  startTime: r.start_time,
  utcOffsetS: r.utc_offset_s === null ? null : Number(r.utc_offset_s),
  sport: r.sport,
  distanceM: Number(r.distance_m),
  elapsedS: Number(r.elapsed_s),
  timerS: r.timer_s === null ? null : Number(r.timer_s),
});
