import { describe, expect, it } from 'vitest';
import { createVersionedCache } from './versioned-cache';

describe('createVersionedCache', () => {
  const counting = () => {
    let calls = 0;
    return {
      compute: async () => JSON.stringify({ call: ++calls }),
      calls: () => calls,
    };
  };

  it('computes once per key and stamp, and again when the stamp moves on', async () => {
    const cache = createVersionedCache({ maxEntries: 10, maxAgeMs: 60_000 });
    const c = counting();
    const a = await cache.get('u1', 'v1', 0, c.compute);
    const b = await cache.get('u1', 'v1', 1_000, c.compute);
    expect(b).toBe(a);
    expect(c.calls()).toBe(1);
    const after = await cache.get('u1', 'v2', 2_000, c.compute);
    expect(after.json).toBe('{"call":2}');
    expect(after.etag).not.toBe(a.etag);
  });

  it('computes again once an entry is older than maxAgeMs, or when the clock goes back', async () => {
    const cache = createVersionedCache({ maxEntries: 10, maxAgeMs: 1_000 });
    const c = counting();
    await cache.get('u1', 'v1', 5_000, c.compute);
    await cache.get('u1', 'v1', 5_999, c.compute);
    expect(c.calls()).toBe(1);
    await cache.get('u1', 'v1', 6_000, c.compute);
    expect(c.calls()).toBe(2);
    await cache.get('u1', 'v1', 100, c.compute);
    expect(c.calls()).toBe(3);
  });

  it('shares one computation between requests that miss together', async () => {
    const cache = createVersionedCache({ maxEntries: 10, maxAgeMs: 60_000 });
    const c = counting();
    const answers = await Promise.all([1, 2, 3].map(() => cache.get('u1', 'v1', 0, c.compute)));
    expect(c.calls()).toBe(1);
    expect(new Set(answers.map((a) => a.json)).size).toBe(1);
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const cache = createVersionedCache({ maxEntries: 2, maxAgeMs: 60_000 });
    const c = counting();
    await cache.get('a', 'v', 0, c.compute);
    await cache.get('b', 'v', 0, c.compute);
    await cache.get('a', 'v', 0, c.compute); // a is now the most recent
    await cache.get('c', 'v', 0, c.compute); // drops b
    expect(cache.size()).toBe(2);
    expect(c.calls()).toBe(3);
    await cache.get('a', 'v', 0, c.compute);
    expect(c.calls()).toBe(3);
    await cache.get('b', 'v', 0, c.compute);
    expect(c.calls()).toBe(4);
  });

  it('does not keep a failed computation', async () => {
    const cache = createVersionedCache({ maxEntries: 2, maxAgeMs: 60_000 });
    await expect(cache.get('a', 'v', 0, () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    expect(cache.size()).toBe(0);
    expect((await cache.get('a', 'v', 0, async () => '1')).json).toBe('1');
  });
});
