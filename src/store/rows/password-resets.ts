/** The one mapping between a `password_resets` row and a reset token's record, used by every query of the table. */
import type { Insertable, Selectable } from 'kysely';
import type { PasswordResetsTable } from '../schema';

export interface PasswordResetRow {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export const passwordResetFromRow = (r: Selectable<PasswordResetsTable>): PasswordResetRow => ({
  tokenHash: r.token_hash,
  userId: r.user_id,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
});

export const passwordResetToRow = (p: PasswordResetRow): Insertable<PasswordResetsTable> => ({
  token_hash: p.tokenHash,
  user_id: p.userId,
  created_at: p.createdAt,
  expires_at: p.expiresAt,
  used_at: p.usedAt,
});
