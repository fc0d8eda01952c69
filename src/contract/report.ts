/** The report for a clinician and its share links (issue 12 items 5–6). */
import { z } from 'zod';
import { weeklyLoadQuerySchema } from './load';

export const reportQuerySchema = z.object({
  timeZone: weeklyLoadQuerySchema.shape.timeZone,
});

export const reportHtmlText = z.string().describe('the report as one printable HTML page (text/html)');
export const reportPdfBytes = z.custom<Uint8Array>().describe('the report as a PDF (application/pdf)');

/** How long a share link lasts by default, and at most, in days. */
export const SHARE_DAYS = { default: 7, max: 90 } as const;

export const shareCreateBody = z.object({
  days: z
    .number()
    .int('days must be a whole number')
    .min(1, 'days must be at least 1')
    .max(SHARE_DAYS.max, `days must be at most ${SHARE_DAYS.max}`)
    .default(SHARE_DAYS.default)
    .describe(`how many days the link works (default ${SHARE_DAYS.default})`),
  label: z
    .string()
    .trim()
    .max(80, 'label must be at most 80 characters')
    .nullish()
    .describe('who it is for, to tell links apart ("physio")'),
  timeZone: weeklyLoadQuerySchema.shape.timeZone,
});

export const SHARE_STATUSES = ['active', 'expired', 'revoked'] as const;

export const shareLinkSchema = z.object({
  id: z.string(),
  label: z.string().nullable(),
  /** The address to give the clinician. */
  url: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  status: z.enum(SHARE_STATUSES),
});

export const shareListSchema = z.object({ items: z.array(shareLinkSchema) });

export const shareIdParams = z.object({ id: z.string().uuid('not a share link id') });

export const sharedTokenParams = z.object({
  token: z
    .string()
    .max(64, 'not a share link')
    .regex(/^[A-Za-z0-9_-]{20,64}$/, 'not a share link'),
});

export type ShareCreateBody = z.input<typeof shareCreateBody>;
export type ShareLink = z.output<typeof shareLinkSchema>;
