/** A runner's preferences (units, country); the shapes and their rules live in the core. */
export {
  settingsPatchSchema,
  userSettingsSchema,
  type SettingsPatch,
  type UserSettings,
} from '../core/account/settings';
