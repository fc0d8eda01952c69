import { createHmac, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'backstride_session';
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** 256 random bits, URL-safe: what the browser keeps in its cookie. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps: a keyed hash, so a copy of the database alone cannot log anyone in. */
export const hashSessionToken = (secret: string, token: string): string =>
  createHmac('sha256', secret).update(token).digest('base64url');
