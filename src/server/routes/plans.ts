import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import type { Result } from '../../core/result';
import { planCalendarFile } from '../../app/plan-calendar-link';
import { createPlan, currentPlan, endPlan, planById } from '../../app/plans';
import { logPlanItem, setNextMorningPain } from '../../app/plans-logs';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';
import { fromContract } from './contract-route';

/** The value of a use case's result, or its failure on its way to the error handler. */
function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw AppError.from(result.error);
  return result.value;
}

/** The plan: build, read (adapted), end, log pain, download as a calendar. Another runner's plan is a 404. */
export function planRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = () => ({ repos: deps.repos, now: deps.clock.now() });

  r.route({
    ...fromContract('POST /api/plans'),
    handler: async (request, reply) =>
      reply.status(201).send(valueOf(await createPlan(ctx(), currentUser(request).id, request.body))),
  });

  r.route({
    ...fromContract('GET /api/plans/current'),
    handler: async (request) =>
      valueOf(await currentPlan(ctx(), currentUser(request).id, request.query.timeZone)),
  });

  r.route({
    ...fromContract('GET /api/plans/:id'),
    handler: async (request) =>
      valueOf(await planById(ctx(), currentUser(request).id, request.params.id, request.query.timeZone)),
  });

  r.route({
    ...fromContract('POST /api/plans/:id/end'),
    handler: async (request) => valueOf(await endPlan(ctx(), currentUser(request).id, request.params.id)),
  });

  r.route({
    ...fromContract('POST /api/plans/:id/logs'),
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(valueOf(await logPlanItem(ctx(), currentUser(request).id, request.params.id, request.body))),
  });

  r.route({
    ...fromContract('PATCH /api/plans/:id/logs/:logId'),
    handler: async (request) => {
      const { id, logId } = request.params;
      const pain = request.body.painNextMorning;
      return valueOf(await setNextMorningPain(ctx(), currentUser(request).id, id, logId, pain));
    },
  });

  r.route({
    ...fromContract('GET /api/plans/:id/calendar.ics'),
    handler: async (request, reply) => {
      const file = valueOf(await planCalendarFile(ctx(), currentUser(request).id, request.params.id));
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.text);
    },
  });
}
