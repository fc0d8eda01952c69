import { describe, expect, it } from 'vitest';
import { shareExpiry, shareStatus } from './share-status';

describe('share link status', () => {
  const made = new Date('2026-12-03T10:00:00.000Z');
  const expiresAt = shareExpiry(made, 7);
  it('lasts the days asked, to the millisecond', () => {
    expect(expiresAt).toBe('2026-12-10T10:00:00.000Z');
    expect(shareStatus({ expiresAt, revokedAt: null }, new Date('2026-12-10T09:59:59.999Z'))).toBe('active');
    expect(shareStatus({ expiresAt, revokedAt: null }, new Date('2026-12-10T10:00:00.000Z'))).toBe('expired');
  });
  it('is revoked once revoked, expired or not', () => {
    expect(shareStatus({ expiresAt, revokedAt: '2026-12-04T00:00:00.000Z' }, made)).toBe('revoked');
    expect(shareStatus({ expiresAt, revokedAt: '2026-12-04T00:00:00.000Z' }, new Date('2027-01-01'))).toBe(
      'revoked',
    );
  });
});
