import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { dashboard, DASHBOARD_CACHE, dashboardCacheKey } from '../../app/dashboard';
import { createVersionedCache } from '../../app/versioned-cache';
import { dashboardSchema } from '../../contract/dashboard';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';
import { fromContract } from './contract-route';

/**
 * Home's one request. The answer is kept per runner and reused until their data version or their day
 * changes (or a minute passes), so a dashboard over years of runs costs a session lookup when nothing
 * changed; it is checked against the contract when computed, and sent as kept JSON with an ETag.
 */
export function dashboardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const cache = createVersionedCache(DASHBOARD_CACHE);
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.route({
    ...fromContract('GET /api/dashboard'),
    handler: async (request, typedReply) => {
      // Kept JSON text goes out as it is: the plain reply sends a string without serialising it again.
      const reply: FastifyReply = typedReply;
      const user = currentUser(request);
      const now = deps.clock.now();
      const { key, stamp } = dashboardCacheKey(user, request.query, now);
      const answer = await cache.get(key, stamp, now.getTime(), async () =>
        JSON.stringify(
          dashboardSchema.parse(await dashboard({ repos: deps.repos, now }, user.id, request.query)),
        ),
      );
      reply.header('etag', answer.etag);
      if (request.headers['if-none-match'] === answer.etag) return reply.status(304).send();
      return reply.type('application/json; charset=utf-8').send(answer.json);
    },
  });
}
