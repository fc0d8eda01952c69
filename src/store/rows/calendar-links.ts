/** The one mapping between a `calendar_links` row and a runner's calendar link. */
import type { Insertable, Selectable } from 'kysely';
import type { CalendarLinksTable } from '../schema';

export interface CalendarLinkRecord {
  userId: string;
  /** What the address's token is derived from (with the server's secret); not the token. */
  id: string;
  tokenHash: string;
  createdAt: string;
}

/** @example calendarLinkFromRow(row).createdAt */
export const calendarLinkFromRow = (r: Selectable<CalendarLinksTable>): CalendarLinkRecord => ({
  userId: r.user_id,
  id: r.id,
  tokenHash: r.token_hash,
  createdAt: r.created_at,
});

export const calendarLinkToRow = (l: CalendarLinkRecord): Insertable<CalendarLinksTable> => ({
  user_id: l.userId,
  id: l.id,
  token_hash: l.tokenHash,
  created_at: l.createdAt,
});
