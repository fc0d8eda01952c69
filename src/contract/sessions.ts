/** Your sessions (the devices logged in to your account) and changing your password. */
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, newPasswordSchema } from '../core/account/credentials';
import { idText, secretText } from '../core/validation/input-rules';

export const sessionSchema = z.object({
  id: z.string().describe('names the session in this API; not its secret'),
  device: z.string().describe('the browser and system in words, e.g. "Firefox on Android"'),
  userAgent: z.string().nullable().describe('the User-Agent the session started with; null when not known'),
  createdAt: z.string().describe('when the session started (logged in), ISO 8601'),
  lastSeenAt: z.string().describe('when it was last used, to within five minutes, ISO 8601'),
  current: z.boolean().describe('true for the session this request came with: this device'),
});

export const sessionListSchema = z.object({ sessions: z.array(sessionSchema) });

export const sessionIdParams = z.object({ id: idText });

export const sessionsEndedSchema = z.object({
  ended: z.number().int().nonnegative().describe('how many sessions were ended'),
});

export const passwordChangeBody = z.object({
  currentPassword: secretText('current password', 1, MAX_PASSWORD_LENGTH),
  newPassword: newPasswordSchema,
});

export const passwordChangedSchema = z.object({
  sessionsEnded: z.number().int().nonnegative().describe('sessions on other devices that were ended'),
});

export type SessionInfo = z.output<typeof sessionSchema>;
export type SessionList = z.output<typeof sessionListSchema>;
export type PasswordChangeBody = z.input<typeof passwordChangeBody>;
