import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import {
  addPainEntry,
  deletePainEntry,
  editPainEntry,
  listPainEntries,
  painEntryById,
  painEscalation,
} from '../../app/pain-diary';
import { insightsForRunner } from '../../app/pain-insights';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';
import { fromContract } from './contract-route';

/** The pain diary: list, add, change, delete, and the escalation view. Another runner's entry is a 404. */
export function painRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = () => ({ repos: deps.repos, now: deps.clock.now() });

  r.route({
    ...fromContract('GET /api/pain'),
    handler: async (request) => {
      const { from, to, limit } = request.query;
      const range = {
        limit,
        ...(from === undefined ? {} : { from: new Date(from).toISOString() }),
        ...(to === undefined ? {} : { to: new Date(to).toISOString() }),
      };
      return { items: await listPainEntries(deps, currentUser(request).id, range) };
    },
  });

  r.route({
    ...fromContract('POST /api/pain'),
    handler: async (request, reply) => {
      const saved = await addPainEntry(ctx(), currentUser(request).id, request.body);
      if (!saved.ok) throw AppError.from(saved.error);
      return reply.status(201).send(saved.value);
    },
  });

  r.route({
    ...fromContract('GET /api/pain/escalation'),
    handler: async (request) => painEscalation(ctx(), currentUser(request).id, request.query.timeZone),
  });

  r.route({
    ...fromContract('GET /api/pain/insights'),
    handler: async (request) =>
      insightsForRunner(ctx(), currentUser(request).id, request.query.timeZone, request.query.weeks),
  });

  r.route({
    ...fromContract('GET /api/pain/:id'),
    handler: async (request) => {
      const found = await painEntryById(deps, currentUser(request).id, request.params.id);
      if (!found.ok) throw AppError.from(found.error);
      return found.value;
    },
  });

  r.route({
    ...fromContract('PATCH /api/pain/:id'),
    handler: async (request) => {
      const saved = await editPainEntry(ctx(), currentUser(request).id, request.params.id, request.body);
      if (!saved.ok) throw AppError.from(saved.error);
      return saved.value;
    },
  });

  r.route({
    ...fromContract('DELETE /api/pain/:id'),
    handler: async (request, reply) => {
      const done = await deletePainEntry(deps, currentUser(request).id, request.params.id);
      if (!done.ok) throw AppError.from(done.error);
      return reply.status(204).send();
    },
  });
}
