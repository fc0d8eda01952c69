import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { deleteFormCheck, formCheckById, listFormChecks, saveFormCheck } from '../../app/form-checks';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';
import { fromContract } from './contract-route';

/** Saved form checks: save, list, read, delete. Another runner's check is a 404. */
export function formCheckRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.route({
    ...fromContract('POST /api/form-checks'),
    handler: async (request, reply) => {
      const ctx = { repos: deps.repos, now: deps.clock.now() };
      const saved = await saveFormCheck(ctx, currentUser(request).id, request.body);
      if (!saved.ok) throw AppError.from(saved.error);
      return reply.status(201).send(saved.value);
    },
  });

  r.route({
    ...fromContract('GET /api/form-checks'),
    handler: async (request) => ({ items: await listFormChecks(deps, currentUser(request).id) }),
  });

  r.route({
    ...fromContract('GET /api/form-checks/:id'),
    handler: async (request) => {
      const found = await formCheckById(deps, currentUser(request).id, request.params.id);
      if (!found.ok) throw AppError.from(found.error);
      return found.value;
    },
  });

  r.route({
    ...fromContract('DELETE /api/form-checks/:id'),
    handler: async (request, reply) => {
      const done = await deleteFormCheck(deps, currentUser(request).id, request.params.id);
      if (!done.ok) throw AppError.from(done.error);
      return reply.status(204).send();
    },
  });
}
