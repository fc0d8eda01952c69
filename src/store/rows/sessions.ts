/** The one mapping between a `sessions` row and a session, used by every query of the table. */
import type { Insertable, Selectable } from 'kysely';
import type { SessionsTable } from '../schema';

export interface SessionRow {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  /** The User-Agent the session was started with; null when not known. */
  userAgent?: string | null;
}

export const sessionFromRow = (r: Selectable<SessionsTable>): SessionRow => ({
  tokenHash: r.token_hash,
  userId: r.user_id,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  lastSeenAt: r.last_seen_at,
  userAgent: r.user_agent,
});

export const sessionToRow = (s: SessionRow): Insertable<SessionsTable> => ({
  token_hash: s.tokenHash,
  user_id: s.userId,
  created_at: s.createdAt,
  expires_at: s.expiresAt,
  last_seen_at: s.lastSeenAt,
  user_agent: s.userAgent ?? null,
});
