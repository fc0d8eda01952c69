/** The one mapping between a `user_settings` row and a runner's settings, used by every query of the table. */
import type { Insertable, Selectable } from 'kysely';
import type { UserSettingsTable } from '../schema';
import type { UserSettings } from '../../core/account/settings';

export const SETTINGS_COLUMNS = [
  'units',
  'country',
  'keep_originals',
  'running_goal',
] as const satisfies readonly (keyof UserSettingsTable)[];

export const settingsFromRow = (
  r: Pick<Selectable<UserSettingsTable>, (typeof SETTINGS_COLUMNS)[number]>,
): UserSettings => ({
  units: r.units,
  country: r.country,
  keepOriginals: r.keep_originals !== 0,
  goal: r.running_goal,
});

export const settingsToRow = (
  userId: string,
  s: UserSettings,
  nowIso: string,
): Insertable<UserSettingsTable> => ({
  user_id: userId,
  units: s.units,
  country: s.country,
  keep_originals: s.keepOriginals ? 1 : 0,
  running_goal: s.goal,
  updated_at: nowIso,
});
