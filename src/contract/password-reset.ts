/** Forgotten passwords: ask for an emailed link, then set a new password with it. */
import { z } from 'zod';
export { resetConfirmBodySchema, resetRequestBodySchema } from '../core/account/password-reset';

export const resetRequestedSchema = z.object({ message: z.string() });
