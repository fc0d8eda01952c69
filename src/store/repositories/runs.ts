import type { Kysely, Selectable } from 'kysely';
import type { Database, RunsTable } from '../schema';
import type { Run, Surface } from '../../core/runs/run';
import type { ActivityKey } from '../../core/activity/batch-duplicates';
import { ON_FOOT_SPORTS } from '../../core/activity/activity';
import type { LoadActivity } from '../../core/load/weekly-distance';

export interface RunListOptions {
  onFootOnly: boolean;
  limit: number;
  offset: number;
}

type RunRow = Omit<Selectable<RunsTable>, 'series'>;
const LIST_COLUMNS = [
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
  'shoe',
  'source',
  'format',
  'device',
  'recovered',
  'content_hash',
  'laps_json',
  'created_at',
] as const;

const toRun = (r: RunRow): Run => ({
  id: r.id,
  startTime: r.start_time,
  utcOffsetS: r.utc_offset_s,
  sport: r.sport,
  subSport: r.sub_sport,
  indoor: r.indoor === 1,
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
  surface: r.surface as Surface | null,
  shoe: r.shoe,
  source: r.source,
  format: r.format as Run['format'],
  device: r.device,
  recovered: r.recovered,
  contentHash: r.content_hash,
  laps: JSON.parse(r.laps_json) as Run['laps'],
  createdAt: r.created_at,
});

const toRow = (userId: string, run: Run, series: Uint8Array | null): Selectable<RunsTable> => ({
  id: run.id,
  user_id: userId,
  start_time: run.startTime,
  utc_offset_s: run.utcOffsetS,
  sport: run.sport,
  sub_sport: run.subSport,
  indoor: run.indoor ? 1 : 0,
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
  shoe: run.shoe,
  source: run.source,
  format: run.format,
  device: run.device,
  recovered: run.recovered,
  content_hash: run.contentHash,
  laps_json: JSON.stringify(run.laps),
  series,
  created_at: run.createdAt,
});

/** Stored runs, always scoped by user. */
export function runsRepository(db: Kysely<Database>) {
  return {
    async insertMany(userId: string, runs: { run: Run; series: Uint8Array | null }[]): Promise<void> {
      if (runs.length === 0) return;
      // Batches keep each statement under both dialects' parameter limits.
      for (let i = 0; i < runs.length; i += 50) {
        await db
          .insertInto('runs')
          .values(runs.slice(i, i + 50).map((r) => toRow(userId, r.run, r.series)))
          .execute();
      }
    },
    async hasContentHash(userId: string, hash: string): Promise<boolean> {
      const r = await db
        .selectFrom('runs')
        .select('id')
        .where('user_id', '=', userId)
        .where('content_hash', '=', hash)
        .limit(1)
        .executeTakeFirst();
      return r !== undefined;
    },
    /** Deletes these runs of the user (a partly read run a complete copy replaces); returns how many. */
    async deleteMany(userId: string, ids: string[]): Promise<number> {
      if (ids.length === 0) return 0;
      const result = await db
        .deleteFrom('runs')
        .where('user_id', '=', userId)
        .where('id', 'in', ids)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    /** Keys of runs starting within `windowMs` of `startTime`, for duplicate checks; partly read runs are partial. */
    async keysNear(
      userId: string,
      startTime: string,
      windowMs: number,
    ): Promise<(ActivityKey & { id: string })[]> {
      const t = Date.parse(startTime);
      if (!Number.isFinite(t)) return [];
      const rows = await db
        .selectFrom('runs')
        .select(['id', 'start_time', 'sport', 'distance_m', 'recovered'])
        .where('user_id', '=', userId)
        .where('start_time', '>=', new Date(t - windowMs).toISOString())
        .where('start_time', '<=', new Date(t + windowMs).toISOString())
        .execute();
      return rows.map((r) => ({
        id: r.id,
        startTime: r.start_time,
        sport: r.sport,
        distanceM: r.distance_m,
        partial: r.recovered !== null,
      }));
    },
    async list(userId: string, options: RunListOptions): Promise<{ items: Run[]; total: number }> {
      let query = db.selectFrom('runs').where('user_id', '=', userId);
      if (options.onFootOnly) query = query.where('sport', 'in', [...ON_FOOT_SPORTS]);
      const items = await query
        .select([...LIST_COLUMNS])
        .orderBy('start_time', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit)
        .offset(options.offset)
        .execute();
      const count = await query.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
      return { items: items.map(toRun), total: Number(count?.n ?? 0) };
    },
    async get(userId: string, id: string): Promise<{ run: Run; series: Uint8Array | null } | undefined> {
      const r = await db
        .selectFrom('runs')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!r) return undefined;
      return { run: toRun(r), series: r.series ? new Uint8Array(r.series) : null };
    },
    async update(
      userId: string,
      id: string,
      patch: Partial<Pick<Run, 'surface' | 'shoe' | 'name'>>,
    ): Promise<boolean> {
      const set: Partial<Pick<RunsTable, 'surface' | 'shoe' | 'name'>> = {};
      if (patch.surface !== undefined) set.surface = patch.surface;
      if (patch.shoe !== undefined) set.shoe = patch.shoe;
      if (patch.name !== undefined) set.name = patch.name;
      if (Object.keys(set).length === 0) {
        return (await this.get(userId, id)) !== undefined;
      }
      const result = await db
        .updateTable('runs')
        .set(set)
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async delete(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('runs')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    /**
     * What weekly totals read of the user's activities starting in [fromIso, toIso): a few columns, no series,
     * over the (user_id, start_time) index, so years of runs cost one range scan.
     */
    async loadRows(userId: string, fromIso: string, toIso: string): Promise<LoadActivity[]> {
      const rows = await db
        .selectFrom('runs')
        .select(['start_time', 'utc_offset_s', 'sport', 'distance_m', 'elapsed_s', 'timer_s'])
        .where('user_id', '=', userId)
        .where('start_time', '>=', fromIso)
        .where('start_time', '<', toIso)
        .execute();
      return rows.map((r) => ({
        startTime: r.start_time,
        utcOffsetS: r.utc_offset_s === null ? null : Number(r.utc_offset_s),
        sport: r.sport,
        distanceM: Number(r.distance_m),
        elapsedS: Number(r.elapsed_s),
        timerS: r.timer_s === null ? null : Number(r.timer_s),
      }));
    },
    /** Start times of the user's first and last activities, or null when there are none. */
    async startSpan(userId: string): Promise<{ first: string; last: string } | null> {
      const r = await db
        .selectFrom('runs')
        .select((eb) => [eb.fn.min('start_time').as('first'), eb.fn.max('start_time').as('last')])
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return r?.first && r.last ? { first: String(r.first), last: String(r.last) } : null;
    },
    async shoeNames(userId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('runs')
        .select('shoe')
        .distinct()
        .where('user_id', '=', userId)
        .where('shoe', 'is not', null)
        .orderBy('shoe')
        .execute();
      return rows.map((r) => r.shoe).filter((s): s is string => s !== null);
    },
  };
}
