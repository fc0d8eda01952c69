import { z } from 'zod';
import { isKnownCountry } from '../emergency/emergency-services';
import { plainText } from '../validation/input-rules';

export const unitsSchema = z
  .enum(['km', 'mi'])
  .describe('Distance unit shown everywhere: kilometres or miles');

export const countrySchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'country must be a two-letter code such as "GB"')
  .transform((c) => c.toUpperCase())
  .refine(isKnownCountry, { message: 'no emergency numbers are known for this country code' })
  .nullable()
  .describe(
    'Your country (ISO 3166-1 alpha-2), for emergency numbers and words; null = take it from the browser',
  );

export const keepOriginalsSchema = z
  .boolean()
  .describe('Keep each imported activity file as it came (compressed), so an export gives it back');

/** Longest running goal, in characters. */
export const GOAL_MAX = 200;

export const goalSchema = plainText('goal', GOAL_MAX)
  .transform((g) => (g === '' ? null : g))
  .nullable()
  .describe('What you are running for, in your words (for the clinician report); null or empty = none');

export const userSettingsSchema = z.object({
  units: unitsSchema,
  country: countrySchema,
  keepOriginals: keepOriginalsSchema,
  goal: goalSchema,
});

/** A change to some settings; what is left out stays as it was. */
export const settingsPatchSchema = userSettingsSchema.partial();

export type UserSettings = z.infer<typeof userSettingsSchema>;
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: UserSettings = { units: 'km', country: null, keepOriginals: true, goal: null };
