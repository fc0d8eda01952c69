import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { sessionFromRow, sessionToRow, type SessionRow } from '../rows/sessions';

export type { SessionRow };

/** Server-side sessions, keyed by the hash of the cookie token. */
export function sessionsRepository(db: Kysely<Database>) {
  // Every request of a logged-in runner looks its session up: the query is built and compiled once, and
  // each lookup runs it with its own two parameters (in the order the query names them).
  const findActive = db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id as userId',
      'users.email as email',
      'users.data_version as dataVersion',
      'sessions.last_seen_at as lastSeenAt',
    ])
    .where('sessions.token_hash', '=', '')
    .where('sessions.expires_at', '>', '')
    .compile();
  return {
    async create(s: SessionRow): Promise<void> {
      await db.insertInto('sessions').values(sessionToRow(s)).execute();
    },
    /** The session's user, if the session exists and has not expired at `nowIso`. */
    async findActive(
      tokenHash: string,
      nowIso: string,
    ): Promise<{ userId: string; email: string; dataVersion: number; lastSeenAt: string } | undefined> {
      const lookup: typeof findActive = { ...findActive, parameters: [tokenHash, nowIso] };
      const { rows } = await db.executeQuery(lookup);
      const found = rows[0];
      return found && { ...found, dataVersion: Number(found.dataVersion) };
    },
    async touch(tokenHash: string, nowIso: string, expiresAt: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: nowIso, expires_at: expiresAt })
        .where('token_hash', '=', tokenHash)
        .execute();
    },
    /** Notes that the session was used at `nowIso` (its expiry stays). */
    async seen(tokenHash: string, nowIso: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: nowIso })
        .where('token_hash', '=', tokenHash)
        .execute();
    },
    /** A user's sessions that have not expired at `nowIso`, most recently used first. */
    async listForUser(userId: string, nowIso: string): Promise<SessionRow[]> {
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('user_id', '=', userId)
        .where('expires_at', '>', nowIso)
        .orderBy('last_seen_at', 'desc')
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(sessionFromRow);
    },
    /** Ends one session of a user; false when the user has no such session. */
    async deleteOfUser(userId: string, tokenHash: string): Promise<boolean> {
      const result = await db
        .deleteFrom('sessions')
        .where('user_id', '=', userId)
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
    /** Ends every session of a user but `keepTokenHash`; returns how many were ended. */
    async deleteOthers(userId: string, keepTokenHash: string): Promise<number> {
      const result = await db
        .deleteFrom('sessions')
        .where('user_id', '=', userId)
        .where('token_hash', '!=', keepTokenHash)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async delete(tokenHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    /** Ends every session of a user (after a password change); returns how many there were. */
    async deleteForUser(userId: string): Promise<number> {
      const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async deleteExpired(nowIso: string): Promise<void> {
      await db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute();
    },
  };
}
