import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { Run, RunEdits } from '../../core/runs/run';
import {
  LOAD_COLUMNS,
  loadActivityFromRow,
  RUN_COLUMNS,
  runEditsToRow,
  runFromRow,
  runToRow,
} from '../rows/runs';
import { flag } from '../rows/columns';
import type { ActivityKey } from '../../core/activity/batch-duplicates';
import { ON_FOOT_SPORTS } from '../../core/activity/activity';
import type { LoadActivity } from '../../core/load/weekly-distance';

export interface RunListOptions {
  onFootOnly: boolean;
  limit: number;
  offset: number;
}

/** Stored runs, always scoped by user. */
export function runsRepository(db: Kysely<Database>) {
  return {
    async insertMany(userId: string, runs: { run: Run; series: Uint8Array | null }[]): Promise<void> {
      if (runs.length === 0) return;
      // Batches keep each statement under both dialects' parameter limits.
      for (let i = 0; i < runs.length; i += 50) {
        await db
          .insertInto('runs')
          .values(runs.slice(i, i + 50).map((r) => runToRow(userId, r.run, r.series)))
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
        .select([...RUN_COLUMNS])
        .orderBy('start_time', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit)
        .offset(options.offset)
        .execute();
      const count = await query.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
      return { items: items.map(runFromRow), total: Number(count?.n ?? 0) };
    },
    async get(userId: string, id: string): Promise<{ run: Run; series: Uint8Array | null } | undefined> {
      const r = await db
        .selectFrom('runs')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!r) return undefined;
      return { run: runFromRow(r), series: r.series ? new Uint8Array(r.series) : null };
    },
    async update(userId: string, id: string, edits: Partial<RunEdits>): Promise<boolean> {
      const set = runEditsToRow(edits);
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
        .select([...LOAD_COLUMNS])
        .where('user_id', '=', userId)
        .where('start_time', '>=', fromIso)
        .where('start_time', '<', toIso)
        .execute();
      return rows.map(loadActivityFromRow);
    },
    /** What the load report reads of every activity of the user: weekly totals' columns, shoe, cadence, surface. */
    async reportRows(userId: string): Promise<
      (LoadActivity & {
        shoe: string | null;
        avgCadenceSpm: number | null;
        surface: string | null;
        indoor: boolean;
      })[]
    > {
      const rows = await db
        .selectFrom('runs')
        .select([...LOAD_COLUMNS, 'shoe', 'avg_cadence_spm', 'surface', 'indoor'])
        .where('user_id', '=', userId)
        .execute();
      return rows.map((r) => ({
        ...loadActivityFromRow(r),
        shoe: r.shoe,
        avgCadenceSpm: r.avg_cadence_spm === null ? null : Number(r.avg_cadence_spm),
        surface: r.surface,
        indoor: flag.read(r.indoor),
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
    /** How many of the user's activities have no known sport (`generic`), waiting for the runner to say. */
    async countUnclassified(userId: string): Promise<number> {
      const r = await db
        .selectFrom('runs')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('user_id', '=', userId)
        .where('sport', '=', 'generic')
        .executeTakeFirst();
      return Number(r?.n ?? 0);
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
