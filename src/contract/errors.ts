/** The one error body every route answers with when it fails (see src/server/error-handler.ts). */
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../core/error-codes';

const errorCodes = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

export const issueSchema = z.object({
  path: z.string().describe('where the problem is, e.g. body.email or query.limit'),
  message: z.string(),
});

export const errorBodySchema = z.object({
  code: z.enum(errorCodes).describe('stable code from the error catalogue'),
  message: z.string().describe('what went wrong, in plain words'),
  issues: z.array(issueSchema).optional().describe('one entry per field that was wrong'),
  requestId: z.string().describe('quote it when reporting a problem; it is in the server log'),
});

export type ErrorBody = z.output<typeof errorBodySchema>;
export type Issue = z.output<typeof issueSchema>;
