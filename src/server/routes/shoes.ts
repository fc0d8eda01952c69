import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { createShoe, listShoes, retireShoe, shoeById, updateShoe } from '../../app/shoes';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';
import { fromContract } from './contract-route';

/** The garage: list, add, change, retire. Another runner's shoe is a 404, like one that does not exist. */
export function shoeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = () => ({ repos: deps.repos, now: deps.clock.now() });

  r.route({
    ...fromContract('GET /api/shoes'),
    handler: async (request) => ({ items: await listShoes(deps, currentUser(request).id) }),
  });

  r.route({
    ...fromContract('GET /api/shoes/:id'),
    handler: async (request) => {
      const found = await shoeById(deps, currentUser(request).id, request.params.id);
      if (!found.ok) throw AppError.from(found.error);
      return found.value;
    },
  });

  r.route({
    ...fromContract('POST /api/shoes'),
    handler: async (request, reply) =>
      reply.status(201).send(await createShoe(ctx(), currentUser(request).id, request.body)),
  });

  r.route({
    ...fromContract('PATCH /api/shoes/:id'),
    handler: async (request) => {
      const saved = await updateShoe(ctx(), currentUser(request).id, request.params.id, request.body);
      if (!saved.ok) throw AppError.from(saved.error);
      return saved.value;
    },
  });

  r.route({
    ...fromContract('POST /api/shoes/:id/retire'),
    handler: async (request) => {
      const { id } = request.params;
      const saved = await retireShoe(ctx(), currentUser(request).id, id, request.body.retired);
      if (!saved.ok) throw AppError.from(saved.error);
      return saved.value;
    },
  });
}
