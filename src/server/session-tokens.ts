import { createHmac, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'backstride_session';
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** 256 random bits, URL-safe: what the browser keeps in its cookie. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps: a keyed hash, so a copy of the database alone cannot log anyone in. */
export const hashSessionToken = (secret: string, token: string): string =>
  createHmac('sha256', secret).update(token).digest('base64url');

/** The length of a token from `newSessionToken`: 32 bytes in base64url. */
export const TOKEN_LENGTH = 43;

/** How many tokens' hashes a server keeps; past that it starts again (the hash is cheap to make anew). */
export const KNOWN_TOKENS = 10_000;

/**
 * `hashSessionToken`, remembering the hashes of the tokens it has seen: every request of a logged-in runner
 * hashes the same token, and under load the HMAC was a twentieth of the server's time. Only the process's
 * memory holds the tokens, as it does while it answers their requests anyway.
 * @example const hash = sessionTokenHasher(secret); hash(token) === hashSessionToken(secret, token) // true
 */
export function sessionTokenHasher(secret: string, max = KNOWN_TOKENS): (token: string) => string {
  const known = new Map<string, string>();
  return (token) => {
    // Only tokens shaped like ours are remembered: a client sending long made-up cookies cannot fill memory.
    if (token.length !== TOKEN_LENGTH) return hashSessionToken(secret, token);
    let hash = known.get(token);
    if (hash === undefined) {
      if (known.size >= max) known.clear();
      hash = hashSessionToken(secret, token);
      known.set(token, hash);
    }
    return hash;
  };
}
