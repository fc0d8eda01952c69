import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

const hashKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('base64url');
const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The hits every throttle and rate limit counts, shared by all instances of the server on this database.
 * Keys are hashed before they are stored; times are milliseconds here and ISO text in the table.
 */
export function throttleHitsRepository(db: Kysely<Database>) {
  return {
    /**
     * The `n`-th newest hit of `key` after `sinceMs` (the one that blocks a limit of `n`), or null when there
     * are fewer: one row, however many hits the window holds.
     */
    async nthNewest(key: string, sinceMs: number, n: number): Promise<number | null> {
      const row = await db
        .selectFrom('throttle_hits')
        .select('at')
        .where('key_hash', '=', hashKey(key))
        .where('at', '>', iso(sinceMs))
        .orderBy('at', 'desc')
        .limit(1)
        .offset(n - 1)
        .executeTakeFirst();
      return row ? Date.parse(row.at) : null;
    },
    /** Counts one hit of each key at `atMs`, kept until `expiresAtMs`. */
    async hit(hits: { key: string; atMs: number; expiresAtMs: number }[]): Promise<void> {
      if (hits.length === 0) return;
      await db
        .insertInto('throttle_hits')
        .values(
          hits.map((h) => ({ key_hash: hashKey(h.key), at: iso(h.atMs), expires_at: iso(h.expiresAtMs) })),
        )
        .execute();
    },
    /** Forgets every hit of these keys. */
    async clear(keys: string[]): Promise<void> {
      if (keys.length === 0) return;
      await db.deleteFrom('throttle_hits').where('key_hash', 'in', keys.map(hashKey)).execute();
    },
    /** Deletes the rows no window counts any more; returns how many. */
    async deleteExpired(nowMs: number): Promise<number> {
      const result = await db
        .deleteFrom('throttle_hits')
        .where('expires_at', '<=', iso(nowMs))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type ThrottleHitsRepository = ReturnType<typeof throttleHitsRepository>;
