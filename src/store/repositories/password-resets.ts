import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { passwordResetFromRow, passwordResetToRow, type PasswordResetRow } from '../rows/password-resets';

export type { PasswordResetRow };

/** Password reset tokens, keyed by the hash of the emailed token. */
export function passwordResetsRepository(db: Kysely<Database>) {
  return {
    async create(row: PasswordResetRow): Promise<void> {
      await db.insertInto('password_resets').values(passwordResetToRow(row)).execute();
    },
    async find(tokenHash: string): Promise<PasswordResetRow | undefined> {
      const r = await db
        .selectFrom('password_resets')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return r && passwordResetFromRow(r);
    },
    /**
     * Marks a token used if it is still unused and unexpired at `nowIso`, in one statement, so two
     * submissions of the same link cannot both succeed. True when this call used it.
     */
    async consume(tokenHash: string, nowIso: string): Promise<boolean> {
      const result = await db
        .updateTable('password_resets')
        .set({ used_at: nowIso })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', nowIso)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
    /** Removes a user's tokens, except `keepTokenHash` when given (the one just used). */
    async deleteForUser(userId: string, keepTokenHash?: string): Promise<number> {
      let query = db.deleteFrom('password_resets').where('user_id', '=', userId);
      if (keepTokenHash !== undefined) query = query.where('token_hash', '!=', keepTokenHash);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async deleteExpired(nowIso: string): Promise<number> {
      const result = await db
        .deleteFrom('password_resets')
        .where('expires_at', '<=', nowIso)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
