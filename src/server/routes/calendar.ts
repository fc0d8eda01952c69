import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  calendarLink,
  newCalendarLink,
  revokeCalendarLink,
  subscribedCalendar,
} from '../../app/plan-calendar-link';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';
import { fromContract } from './contract-route';

/**
 * The private calendar address: show, make anew (the old one stops working), revoke; and the public
 * subscription itself, where the secret address is the key (a revoked or unknown one is a 404).
 */
export function calendarRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = () => ({ repos: deps.repos, now: deps.clock.now(), secret: deps.config.sessionSecret });
  // The configured public address when there is one (behind a proxy the request's may be internal).
  const origin = (request: FastifyRequest) =>
    deps.config.publicUrl ?? `${request.protocol}://${request.host}`;

  r.route({
    ...fromContract('GET /api/calendar-link'),
    handler: async (request) => calendarLink(ctx(), currentUser(request).id, origin(request)),
  });

  r.route({
    ...fromContract('POST /api/calendar-link'),
    handler: async (request, reply) =>
      reply.status(201).send(await newCalendarLink(ctx(), currentUser(request).id, origin(request))),
  });

  r.route({
    ...fromContract('DELETE /api/calendar-link'),
    handler: async (request, reply) => {
      await revokeCalendarLink(ctx(), currentUser(request).id);
      return reply.status(204).send();
    },
  });

  r.route({
    ...fromContract('GET /api/calendar/:file'),
    handler: async (request, reply) => {
      const found = await subscribedCalendar(ctx(), request.params.file);
      if (!found.ok) throw AppError.from(found.error);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="backstride-plan.ics"')
        .header('cache-control', 'private, no-cache')
        .send(found.value);
    },
  });
}
