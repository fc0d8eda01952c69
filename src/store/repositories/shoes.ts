import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { ShoeRecord, ShoeSport } from '../../core/shoes/shoe';
import { SHOE_COLUMNS, shoeChangesToRow, shoeFromRow, shoeToRow } from '../rows/shoes';

/** Runs counted on one shoe and their distance, metres. */
export interface ShoeUse {
  shoeId: string;
  runs: number;
  distanceM: number;
}

/** A runner's shoes, always scoped by user. */
export function shoesRepository(db: Kysely<Database>) {
  return {
    /** Every shoe of the user, oldest first. */
    async list(userId: string): Promise<ShoeRecord[]> {
      const rows = await db
        .selectFrom('shoes')
        .select([...SHOE_COLUMNS])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(shoeFromRow);
    },
    async get(userId: string, id: string): Promise<ShoeRecord | undefined> {
      const r = await db
        .selectFrom('shoes')
        .select([...SHOE_COLUMNS])
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r ? shoeFromRow(r) : undefined;
    },
    async insertMany(userId: string, shoes: readonly ShoeRecord[]): Promise<void> {
      if (shoes.length === 0) return;
      await db
        .insertInto('shoes')
        .values(shoes.map((s) => shoeToRow(userId, s)))
        .execute();
    },
    /** Changes the user's shoe; false when it is not theirs. */
    async update(
      userId: string,
      id: string,
      changes: Partial<Omit<ShoeRecord, 'id' | 'createdAt'>>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('shoes')
        .set(shoeChangesToRow(changes))
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /**
     * Makes the user's shoe the default for `sport` (or for nothing when null), taking that default from any
     * other shoe of theirs in the same transaction; false when the shoe is not theirs.
     */
    async setDefault(userId: string, id: string, sport: ShoeSport | null, nowIso: string): Promise<boolean> {
      const apply = async (trx: Kysely<Database>) => {
        if (sport !== null) {
          await trx
            .updateTable('shoes')
            .set({ default_for: null, updated_at: nowIso })
            .where('user_id', '=', userId)
            .where('default_for', '=', sport)
            .where('id', '<>', id)
            .execute();
        }
        const result = await trx
          .updateTable('shoes')
          .set({ default_for: sport, updated_at: nowIso })
          .where('user_id', '=', userId)
          .where('id', '=', id)
          .executeTakeFirst();
        return Number(result.numUpdatedRows) > 0;
      };
      return db.isTransaction ? apply(db) : db.transaction().execute(apply);
    },
    /** Runs and distance on each of the user's shoes (activities of every sport). */
    async usage(userId: string): Promise<ShoeUse[]> {
      const rows = await db
        .selectFrom('runs')
        .select((eb) => [
          'shoe_id',
          eb.fn.countAll<string | number>().as('runs'),
          eb.fn.sum<string | number>('distance_m').as('distance_m'),
        ])
        .where('user_id', '=', userId)
        .where('shoe_id', 'is not', null)
        .groupBy('shoe_id')
        .execute();
      return rows.map((r) => ({
        shoeId: r.shoe_id!,
        runs: Number(r.runs),
        distanceM: Number(r.distance_m ?? 0),
      }));
    },
  };
}
