import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { shareLinkFromRow, shareLinkToRow, type ShareLinkRecord } from '../rows/share-links';

export type { ShareLinkRecord };

/** A runner's read-only report links (as hashes), every query scoped by the runner but the public look-up. */
export function shareLinksRepository(db: Kysely<Database>) {
  return {
    async insert(link: ShareLinkRecord): Promise<void> {
      await db.insertInto('share_links').values(shareLinkToRow(link)).execute();
    },
    /** The runner's links, newest first. */
    async list(userId: string): Promise<ShareLinkRecord[]> {
      const rows = await db
        .selectFrom('share_links')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(shareLinkFromRow);
    },
    async get(userId: string, id: string): Promise<ShareLinkRecord | undefined> {
      const r = await db
        .selectFrom('share_links')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return r ? shareLinkFromRow(r) : undefined;
    },
    /** The link whose token has this hash, whatever its state (the caller judges expiry and revocation). */
    async byTokenHash(tokenHash: string): Promise<ShareLinkRecord | undefined> {
      const r = await db
        .selectFrom('share_links')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return r ? shareLinkFromRow(r) : undefined;
    },
    /** False when the runner has no such link; revoking twice keeps the first time. */
    async revoke(userId: string, id: string, nowIso: string): Promise<boolean> {
      const found = await this.get(userId, id);
      if (!found) return false;
      if (found.revokedAt === null)
        await db
          .updateTable('share_links')
          .set({ revoked_at: nowIso })
          .where('user_id', '=', userId)
          .where('id', '=', id)
          .execute();
      return true;
    },
  };
}
