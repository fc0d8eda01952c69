import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { DEFAULT_SETTINGS, type SettingsPatch, type UserSettings } from '../../core/account/settings';
import { SETTINGS_COLUMNS, settingsFromRow, settingsToRow } from '../rows/settings';

/** Per-user preferences; a user who never saved any gets the defaults. */
export function settingsRepository(db: Kysely<Database>) {
  const get = async (userId: string): Promise<UserSettings> => {
    const r = await db
      .selectFrom('user_settings')
      .select([...SETTINGS_COLUMNS])
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return r ? settingsFromRow(r) : { ...DEFAULT_SETTINGS };
  };
  return {
    get,
    /** Applies a change to the saved settings (or the defaults) and returns the result. */
    async save(userId: string, patch: SettingsPatch, nowIso: string): Promise<UserSettings> {
      return db.transaction().execute(async (trx) => {
        const current = await settingsRepository(trx).get(userId);
        const next: UserSettings = { ...current, ...patch };
        const row = settingsToRow(userId, next, nowIso);
        await trx
          .insertInto('user_settings')
          .values(row)
          .onConflict((oc) =>
            oc.column('user_id').doUpdateSet({
              units: row.units,
              country: row.country,
              keep_originals: row.keep_originals,
              running_goal: row.running_goal,
              updated_at: row.updated_at,
            }),
          )
          .execute();
        return next;
      });
    },
  };
}
