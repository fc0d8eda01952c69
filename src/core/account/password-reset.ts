import { z } from 'zod';
import { emailSchema, newPasswordSchema } from './credentials';
import { secretText } from '../validation/input-rules';

/** A reset link works for one hour. */
export const RESET_TOKEN_TTL_MS = 60 * 60_000;

/** Random bytes in a reset token: 256 bits, so guessing one is hopeless (at least 128 are required). */
export const RESET_TOKEN_BYTES = 32;

export const resetRequestBodySchema = z.object({ email: emailSchema });

/** The token is checked against the stored hashes, so any short string may be sent; only a stored one works. */
export const resetConfirmBodySchema = z.object({
  token: secretText('token', 1, 200),
  password: newPasswordSchema,
});

/** What is stored about a token, enough to judge it. */
export interface ResetTokenRecord {
  expiresAt: string;
  usedAt: string | null;
}

export type ResetLinkState = 'valid' | 'unknown' | 'expired' | 'used';

/**
 * Whether a reset link may still set a password at `now`. A token that is not stored is `unknown`:
 * mistyped, never sent, or replaced by a newer link (asking again removes the earlier ones).
 * @example resetLinkState({ expiresAt: '2026-12-01T11:00:00Z', usedAt: null }, new Date('2026-12-01T10:30:00Z')) // 'valid'
 */
export function resetLinkState(record: ResetTokenRecord | undefined, now: Date): ResetLinkState {
  if (!record) return 'unknown';
  if (record.usedAt !== null) return 'used';
  if (Date.parse(record.expiresAt) <= now.getTime()) return 'expired';
  return 'valid';
}

/** What a runner holding a link that no longer works is told, by state. */
export const RESET_LINK_PROBLEMS: Record<Exclude<ResetLinkState, 'valid'>, string> = {
  unknown:
    'This reset link is not valid. If you asked for more than one, use the newest email; or ask for a new link.',
  expired: 'This reset link has expired: links last one hour. Ask for a new one.',
  used: 'This reset link has already been used. If you still cannot log in, ask for a new one.',
};

/** When a token made at `now` stops working, as stored (ISO-8601 UTC). */
export const resetExpiry = (now: Date): string => new Date(now.getTime() + RESET_TOKEN_TTL_MS).toISOString();

/**
 * The link in the email. The token rides in the fragment, which browsers never send to a server, so it
 * stays out of access logs and proxies; the page reads it and posts it.
 * @example resetLink('https://back.example.org', 'abc') // 'https://back.example.org/reset-password#token=abc'
 */
export function resetLink(publicUrl: string, token: string): string {
  return `${new URL(publicUrl).origin}/reset-password#token=${encodeURIComponent(token)}`;
}

/** The answer to every accepted reset request, whether or not the email has an account. */
export const RESET_REQUESTED_MESSAGE =
  'If an account uses this email, a link to set a new password is on its way. It works for one hour.';
