/** The one mapping between a `user_settings` row and a runner's settings, used by every query of the table. */
import type { Insertable } from 'kysely';
import type { UserSettingsTable } from '../schema';
import type { UserSettings } from '../../core/account/settings';

export const SETTINGS_COLUMNS = ['units', 'country'] as const satisfies readonly (keyof UserSettingsTable)[];

export const settingsFromRow = (
  r: Pick<UserSettingsTable, (typeof SETTINGS_COLUMNS)[number]>,
): UserSettings => ({
  units: r.units,
  country: r.country,
});

export const settingsToRow = (
  userId: string,
  s: UserSettings,
  nowIso: string,
): Insertable<UserSettingsTable> => ({
  user_id: userId,
  units: s.units,
  country: s.country,
  updated_at: nowIso,
});
