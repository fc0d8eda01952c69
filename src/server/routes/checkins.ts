import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import type { Failure } from '../../core/result';
import { checkIn, checkinById, checkinOverview } from '../../app/check-in';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';
import { fromContract } from './contract-route';

export function checkinRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.route({
    ...fromContract('POST /api/checkins'),
    handler: async (request, reply) => {
      const user = currentUser(request);
      const saved = await checkIn({ repos: deps.repos, now: deps.clock.now() }, user.id, request.body);
      if (!saved.ok) throw checkinError(saved.error);
      return reply.status(201).send(saved.value);
    },
  });

  r.route({
    ...fromContract('GET /api/checkins'),
    handler: async (request) =>
      checkinOverview({ repos: deps.repos, now: deps.clock.now() }, currentUser(request).id),
  });

  r.route({
    ...fromContract('GET /api/checkins/:id'),
    handler: async (request) => {
      const found = await checkinById(deps, currentUser(request).id, request.params.id);
      if (!found.ok) throw AppError.from(found.error);
      return found.value;
    },
  });
}

/** Missing answers and bad findings as issues that name each field. */
function checkinError(error: Failure): AppError {
  const details = error.details as { missing?: string[]; issues?: { path: string; message: string }[] };
  const issues =
    error.code === 'checkin_incomplete'
      ? (details.missing ?? []).map((code) => ({
          path: `body.findings.${code}`,
          message: 'required question not answered',
        }))
      : (details.issues ?? []).map((i) => ({ path: `body.${i.path}`, message: i.message }));
  return new AppError(error.code, error.message, issues);
}
