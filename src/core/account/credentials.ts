import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Emails compare case-insensitively and without surrounding spaces.
 * @example normaliseEmail('  Ana@Example.COM ') // 'ana@example.com'
 */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'email is longer than 254 characters')
  .pipe(z.email('email is not a valid address'))
  .transform(normaliseEmail);

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `password must be at most ${MAX_PASSWORD_LENGTH} characters`);

export const registerBodySchema = z.object({ email: emailSchema, password: newPasswordSchema });

/** Logging in never reveals the password policy: any non-empty string is checked against the hash. */
export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'password is required').max(MAX_PASSWORD_LENGTH),
});
