/** Whether a share link still opens the report: not revoked and not yet expired (at `expiresAt` it stops). */
export type ShareStatus = 'active' | 'expired' | 'revoked';

/**
 * @example shareStatus({ expiresAt: '2026-12-10T00:00:00.000Z', revokedAt: null }, new Date('2026-12-03')) // 'active'
 */
export function shareStatus(link: { expiresAt: string; revokedAt: string | null }, now: Date): ShareStatus {
  if (link.revokedAt !== null) return 'revoked';
  return now.getTime() < Date.parse(link.expiresAt) ? 'active' : 'expired';
}

/**
 * When a link made `now` for `days` days stops.
 * @example shareExpiry(new Date('2026-12-03T10:00:00.000Z'), 7) // '2026-12-10T10:00:00.000Z'
 */
export const shareExpiry = (now: Date, days: number): string =>
  new Date(now.getTime() + days * 86_400_000).toISOString();
