import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import {
  hashSessionToken,
  newSessionToken,
  SESSION_COOKIE,
  SESSION_TTL_MS,
  sessionTokenHasher,
} from '../session-tokens';
import { LAST_SEEN_EVERY_MS } from '../../app/sessions';
import { keptUserAgent } from '../../core/account/user-agent';

export interface SessionUser {
  id: string;
  email: string;
  /** The user's data version as the request began (see `users.data_version`): read with the session, free. */
  dataVersion: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    sessionTokenHash: string | null;
  }
  interface FastifyContextConfig {
    /** Routes are private by default; a public route says so. */
    public?: boolean;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Reads the session cookie, enforces that non-public API routes have a user, and
 * rejects state-changing requests from other sites (Origin check).
 */
export function installSessions(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionTokenHash', null);
  const hashToken = sessionTokenHasher(deps.config.sessionSecret);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    checkOrigin(request, deps, Boolean(token));
    if (token) {
      const tokenHash = hashToken(token);
      const now = deps.clock.now();
      const found = await deps.repos.sessions.findActive(tokenHash, now.toISOString());
      if (found) {
        // "Last seen" for the list of sessions, written at most every few minutes per session.
        if (now.getTime() - Date.parse(found.lastSeenAt) >= LAST_SEEN_EVERY_MS) {
          await deps.repos.sessions.seen(tokenHash, now.toISOString());
        }
        request.user = { id: found.userId, email: found.email, dataVersion: found.dataVersion };
        request.sessionTokenHash = tokenHash;
      }
    }
    if (request.is404 || request.routeOptions.config.public) return;
    if (request.url.startsWith('/api/') && !request.user) {
      throw new AppError('unauthenticated', 'Log in to use this.');
    }
  });
}

/** The signed-in user of a private route (the hook has already refused anonymous requests). */
export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new AppError('unauthenticated', 'Log in to use this.');
  return request.user;
}

/** Starts a session for `userId` on the server and sets its cookie on the reply. */
export async function startSession(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
): Promise<void> {
  const now = deps.clock.now();
  const token = newSessionToken();
  await deps.repos.sessions.create({
    tokenHash: hashSessionToken(deps.config.sessionSecret, token),
    userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
    lastSeenAt: now.toISOString(),
    userAgent: keptUserAgent(request.headers['user-agent']),
  });
  setSessionCookie(reply, request, token, now);
}

export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  token: string,
  now: Date,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: new Date(now.getTime() + SESSION_TTL_MS),
  });
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}

function checkOrigin(request: FastifyRequest, deps: AppDeps, hasCookie: boolean): void {
  if (!UNSAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
  if (!origin) {
    // Browsers send Origin on every cross-site POST; a cookie without one is not from our page.
    if (hasCookie)
      throw new AppError('csrf_rejected', 'Missing Origin header on a request that carries a session.');
    return;
  }
  const own = `${request.protocol}://${request.host}`;
  if (origin !== own && !deps.config.allowedOrigins.includes(origin)) {
    throw new AppError('csrf_rejected', `Requests from ${origin} are not accepted.`);
  }
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}
