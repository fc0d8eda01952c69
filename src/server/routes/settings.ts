import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';
import { fromContract } from './contract-route';

export function settingsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.route({
    ...fromContract('GET /api/settings'),
    handler: async (request) => deps.repos.settings.get(currentUser(request).id),
  });
  r.route({
    ...fromContract('PUT /api/settings'),
    handler: async (request) =>
      deps.repos.settings.save(currentUser(request).id, request.body, deps.clock.now().toISOString()),
  });
}
