import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { DEFAULT_SETTINGS, type UserSettings } from '../../core/account/settings';

/** Per-user preferences; a user who never saved any gets the defaults. */
export function settingsRepository(db: Kysely<Database>) {
  return {
    async get(userId: string): Promise<UserSettings> {
      const r = await db
        .selectFrom('user_settings')
        .select(['units'])
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return r ? { units: r.units } : { ...DEFAULT_SETTINGS };
    },
    async save(userId: string, settings: UserSettings, nowIso: string): Promise<UserSettings> {
      await db
        .insertInto('user_settings')
        .values({ user_id: userId, units: settings.units, updated_at: nowIso })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ units: settings.units, updated_at: nowIso }))
        .execute();
      return settings;
    },
  };
}
