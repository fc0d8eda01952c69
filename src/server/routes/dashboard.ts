import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { dashboard } from '../../app/dashboard';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';
import { fromContract } from './contract-route';

export function dashboardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.route({
    ...fromContract('GET /api/dashboard'),
    handler: async (request) =>
      dashboard({ repos: deps.repos, now: deps.clock.now() }, currentUser(request).id, request.query),
  });
}
