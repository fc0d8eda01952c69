import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { calendarLinkFromRow, calendarLinkToRow, type CalendarLinkRecord } from '../rows/calendar-links';

export type { CalendarLinkRecord };

/** Each runner's one private calendar address (as a hash). */
export function calendarLinksRepository(db: Kysely<Database>) {
  return {
    async get(userId: string): Promise<CalendarLinkRecord | undefined> {
      const r = await db
        .selectFrom('calendar_links')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return r ? calendarLinkFromRow(r) : undefined;
    },
    /** The link whose token has this hash, if it still stands. */
    async byTokenHash(tokenHash: string): Promise<CalendarLinkRecord | undefined> {
      const r = await db
        .selectFrom('calendar_links')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return r ? calendarLinkFromRow(r) : undefined;
    },
    /** Makes this the runner's link, replacing the one before (which then stops working). */
    async replace(link: CalendarLinkRecord): Promise<void> {
      const row = calendarLinkToRow(link);
      await db
        .insertInto('calendar_links')
        .values(row)
        .onConflict((oc) =>
          oc
            .column('user_id')
            .doUpdateSet({ id: row.id, token_hash: row.token_hash, created_at: row.created_at }),
        )
        .execute();
    },
    /** False when the runner had none. */
    async delete(userId: string): Promise<boolean> {
      const result = await db.deleteFrom('calendar_links').where('user_id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
