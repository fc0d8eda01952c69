import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { loadFactorsForUserId } from '../../app/load-factors';
import { weeklyLoad } from '../../app/weekly-load';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';
import { fromContract } from './contract-route';

export function loadRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.route({
    ...fromContract('GET /api/load/weekly'),
    handler: async (request) =>
      weeklyLoad({ repos: deps.repos, now: deps.clock.now() }, currentUser(request).id, request.query),
  });
  r.route({
    ...fromContract('GET /api/load/factors'),
    handler: async (request) =>
      loadFactorsForUserId(
        { repos: deps.repos, now: deps.clock.now() },
        currentUser(request).id,
        request.query,
      ),
  });
}
