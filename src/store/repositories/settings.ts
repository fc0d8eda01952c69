import type { Kysely } from 'kysely';
import type { Database, UserSettingsTable } from '../schema';
import { DEFAULT_SETTINGS, type SettingsPatch, type UserSettings } from '../../core/account/settings';

const toSettings = (r: Pick<UserSettingsTable, 'units' | 'country'>): UserSettings => ({
  units: r.units,
  country: r.country,
});

/** Per-user preferences; a user who never saved any gets the defaults. */
export function settingsRepository(db: Kysely<Database>) {
  const get = async (userId: string): Promise<UserSettings> => {
    const r = await db
      .selectFrom('user_settings')
      .select(['units', 'country'])
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return r ? toSettings(r) : { ...DEFAULT_SETTINGS };
  };
  return {
    get,
    /** Applies a change to the saved settings (or the defaults) and returns the result. */
    async save(userId: string, patch: SettingsPatch, nowIso: string): Promise<UserSettings> {
      return db.transaction().execute(async (trx) => {
        const current = await settingsRepository(trx).get(userId);
        const next: UserSettings = { ...current, ...patch };
        await trx
          .insertInto('user_settings')
          .values({ user_id: userId, units: next.units, country: next.country, updated_at: nowIso })
          .onConflict((oc) =>
            oc
              .column('user_id')
              .doUpdateSet({ units: next.units, country: next.country, updated_at: nowIso }),
          )
          .execute();
        return next;
      });
    },
  };
}
