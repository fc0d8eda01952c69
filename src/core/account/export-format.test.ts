import { describe, expect, it } from 'vitest';
import { activityPath, exportManifestSchema, remapIds } from './export-format';

describe('remapIds', () => {
  it('gives each known id its new value, in columns and inside JSON, and leaves other strings', () => {
    const ids = new Map([
      ['a', 'x'],
      ['b', 'y'],
    ]);
    expect(
      remapIds({ id: 'a', shoe_id: 'b', note: 'a b', plan: { checkinId: 'b', list: ['a', 3, null] } }, ids),
    ).toEqual({
      id: 'x',
      shoe_id: 'y',
      note: 'a b',
      plan: { checkinId: 'y', list: ['x', 3, null] },
    });
  });
});

describe('activityPath', () => {
  it('keeps names apart by the hash and makes them safe for any file system', () => {
    const sha = 'ab12cd34ef56'.padEnd(64, '0');
    expect(activityPath(sha, 'Morning Run.fit')).toBe('activities/ab12cd34ef56-Morning_Run.fit');
    expect(activityPath(sha, '../../etc/passwd')).toBe('activities/ab12cd34ef56-_.._etc_passwd');
    expect(activityPath(sha, '')).toBe('activities/ab12cd34ef56-file');
  });
});

describe('exportManifestSchema', () => {
  it('reads only a backstride export of a version it knows', () => {
    const manifest = {
      format: 'backstride-export',
      version: 1,
      exportedAt: '2026-12-14T10:00:00.000Z',
      account: { email: 'a@example.org', createdAt: '2026-11-01T10:00:00.000Z' },
      counts: { runs: 2 },
    };
    expect(exportManifestSchema.safeParse(manifest).success).toBe(true);
    expect(exportManifestSchema.safeParse({ ...manifest, version: 2 }).success).toBe(false);
    expect(exportManifestSchema.safeParse({ ...manifest, format: 'other' }).success).toBe(false);
  });
});
