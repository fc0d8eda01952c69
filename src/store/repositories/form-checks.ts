import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { SavedFormCheck } from '../../core/form/saved-check';
import { formCheckFromRow, formCheckToRow } from '../rows/form-checks';

/** A runner's saved form checks, always scoped by user. */
export function formChecksRepository(db: Kysely<Database>) {
  return {
    /** The user's checks, newest first (by when they were saved). */
    async list(userId: string, limit = 500): Promise<SavedFormCheck[]> {
      const rows = await db
        .selectFrom('form_checks')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(formCheckFromRow);
    },
    async get(userId: string, id: string): Promise<SavedFormCheck | undefined> {
      const r = await db
        .selectFrom('form_checks')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r ? formCheckFromRow(r) : undefined;
    },
    async insert(userId: string, check: SavedFormCheck): Promise<void> {
      await db.insertInto('form_checks').values(formCheckToRow(userId, check)).execute();
    },
    /** Deletes the user's check; false when it is not theirs. */
    async delete(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('form_checks')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
