/** The one mapping between a `share_links` row and a runner's report link. */
import type { Insertable, Selectable } from 'kysely';
import type { ShareLinksTable } from '../schema';

export interface ShareLinkRecord {
  id: string;
  userId: string;
  tokenHash: string;
  label: string | null;
  timeZone: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** @example shareLinkFromRow(row).expiresAt */
export const shareLinkFromRow = (r: Selectable<ShareLinksTable>): ShareLinkRecord => ({
  id: r.id,
  userId: r.user_id,
  tokenHash: r.token_hash,
  label: r.label,
  timeZone: r.time_zone,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
});

export const shareLinkToRow = (l: ShareLinkRecord): Insertable<ShareLinksTable> => ({
  id: l.id,
  user_id: l.userId,
  token_hash: l.tokenHash,
  label: l.label,
  time_zone: l.timeZone,
  created_at: l.createdAt,
  expires_at: l.expiresAt,
  revoked_at: l.revokedAt,
});
