/**
 * Answers computed from a runner's data, kept while that data has not changed: each entry carries the
 * stamp it was computed under (the user's data version, moved on by every write, and anything else the
 * answer depends on, such as the day), and is used only under the same stamp and for `maxAgeMs` at most.
 * Requests that miss together share one computation. Each process keeps its own entries; the stamp comes
 * from the database, so several instances stay right without talking to each other.
 */
import { createHash } from 'node:crypto';

export interface CachedAnswer {
  /** The answer as sent: JSON text. */
  json: string;
  /** A strong validator of `json`, quoted, for ETag / If-None-Match. */
  etag: string;
}

export interface VersionedCacheOptions {
  /** Least recently used entries go past this many. */
  maxEntries: number;
  /** An entry older than this is computed again even under the same stamp (time moves on). */
  maxAgeMs: number;
}

export interface VersionedCache {
  /**
   * The answer for `key` under `stamp`, computed by `compute` unless a fresh one is kept.
   * @example await cache.get(`${userId} 12`, `${dataVersion} 2026-12-03`, Date.now(), async () => JSON.stringify(x))
   */
  get(key: string, stamp: string, nowMs: number, compute: () => Promise<string>): Promise<CachedAnswer>;
  size(): number;
}

interface Entry {
  stamp: string;
  at: number;
  answer: CachedAnswer;
}

export function createVersionedCache(options: VersionedCacheOptions): VersionedCache {
  const entries = new Map<string, Entry>();
  const pending = new Map<string, Promise<CachedAnswer>>();

  const keep = (key: string, entry: Entry) => {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
  };

  return {
    async get(key, stamp, nowMs, compute) {
      const hit = entries.get(key);
      if (hit && hit.stamp === stamp && nowMs >= hit.at && nowMs - hit.at < options.maxAgeMs) {
        if (entries.size > 1) keep(key, hit); // most recently used last (nothing to move with one entry)
        return hit.answer;
      }
      const flight = `${key}\n${stamp}`;
      const running = pending.get(flight);
      if (running) return running;
      const computing = compute()
        .then((json) => {
          const answer = {
            json,
            etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`,
          };
          keep(key, { stamp, at: nowMs, answer });
          return answer;
        })
        .finally(() => pending.delete(flight));
      pending.set(flight, computing);
      return computing;
    },
    size: () => entries.size,
  };
}
