/** Accounts: sign up, log in, who is logged in, and how forgotten passwords are handled. */
import { z } from 'zod';
export { loginBodySchema, registerBodySchema } from '../core/account/credentials';

/** The logged-in runner. */
export const meSchema = z.object({ id: z.string(), email: z.string() });

export const authOptionsSchema = z.object({
  passwordReset: z
    .enum(['email', 'administrator'])
    .describe('email: a reset link can be emailed; administrator: the administrator sets passwords'),
});

export type Me = z.output<typeof meSchema>;
export type AuthOptions = z.output<typeof authOptionsSchema>;
