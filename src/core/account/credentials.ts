import { z } from 'zod';
import { secretText, textProblem } from '../validation/input-rules';

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
  .refine((email) => textProblem(email) === null, 'email holds a control or broken character')
  .pipe(z.email('email is not a valid address'))
  .transform(normaliseEmail);

/** Any characters a keyboard or password manager types (spaces kept), but no control characters. */
export const newPasswordSchema = secretText('password', MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH);

export const registerBodySchema = z.object({ email: emailSchema, password: newPasswordSchema });

/** Logging in never reveals the password policy: any non-empty string is checked against the hash. */
export const loginBodySchema = z.object({
  email: emailSchema,
  password: secretText('password', 1, MAX_PASSWORD_LENGTH),
});
