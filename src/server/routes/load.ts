import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { weeklyLoad } from '../../app/weekly-load';
import { weeklyLoadQuerySchema, weeklyLoadSchema } from '../../contract/load';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';

export function loadRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/load/weekly',
    {
      schema: {
        tags: ['load'],
        summary: 'Weekly running distance, judged by the 10 % rule and for 30 % spikes',
        querystring: weeklyLoadQuerySchema,
        response: { 200: weeklyLoadSchema },
      },
    },
    async (request) =>
      weeklyLoad({ repos: deps.repos, now: deps.clock.now() }, currentUser(request).id, request.query),
  );
}
