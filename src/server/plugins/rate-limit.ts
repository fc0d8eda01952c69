import type { FastifyInstance } from 'fastify';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { clientKey } from '../../core/net/ip-address';
import {
  DEFAULT_RATE_LIMITS,
  rateLimitMessage,
  rateLimitPlan,
  routeClass,
  type RateLimits,
} from '../../core/account/rate-limits';
import type { WindowStore } from '../../app/throttles';

/**
 * The one place where every state-changing route is rate limited: the route's class comes from the core's
 * table (`ROUTE_CLASSES`), the count from the database, so every instance shares it. Runs after the session
 * hook, so a signed-in runner is counted by account and anyone else by client address; a refusal is a 429
 * naming the limit, with `Retry-After`.
 */
export function installRateLimits(app: FastifyInstance, deps: AppDeps, windows: WindowStore): RateLimits {
  const limits: RateLimits = { ...DEFAULT_RATE_LIMITS, ...deps.config.rateLimits };
  app.addHook('onRequest', async (request) => {
    if (request.is404) return;
    const cls = routeClass(request.method, request.routeOptions.url ?? '');
    if (!cls) return;
    const subject = request.user ? { userId: request.user.id } : { ip: clientKey(request.ip) };
    const decision = await windows.run(rateLimitPlan(cls, subject, limits), deps.clock.now());
    if (decision.allowed) return;
    throw new AppError('rate_limited', rateLimitMessage(cls, limits[cls], decision.retryAfterS), undefined, {
      'retry-after': String(decision.retryAfterS),
    });
  });
  return limits;
}
