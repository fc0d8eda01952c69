import { z } from 'zod';

export const unitsSchema = z
  .enum(['km', 'mi'])
  .describe('Distance unit shown everywhere: kilometres or miles');

export const userSettingsSchema = z.object({ units: unitsSchema });

export type UserSettings = z.infer<typeof userSettingsSchema>;

export const DEFAULT_SETTINGS: UserSettings = { units: 'km' };
