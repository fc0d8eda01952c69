import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { changePassword, endOtherSessions, endSession, findSession, listSessions } from '../../app/sessions';
import { clearSessionCookie, currentUser } from '../plugins/session';
import { fromContract } from './contract-route';

/** The runner's sessions (list, log one out, log out everywhere else) and changing the password. */
export function sessionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  /** A private route's request always has its session's token hash. */
  const tokenOf = (hash: string | null): string => {
    if (!hash) throw new AppError('unauthenticated', 'Log in to use this.');
    return hash;
  };

  r.route({
    ...fromContract('GET /api/sessions'),
    handler: async (request) => ({
      sessions: await listSessions(
        deps.repos,
        currentUser(request).id,
        request.sessionTokenHash,
        deps.clock.now(),
      ),
    }),
  });

  r.route({
    ...fromContract('GET /api/sessions/:id'),
    handler: async (request) => {
      const user = currentUser(request);
      const found = await findSession(
        deps.repos,
        user.id,
        request.sessionTokenHash,
        request.params.id,
        deps.clock.now(),
      );
      if (!found.ok) throw AppError.from(found.error);
      return found.value;
    },
  });

  r.route({
    ...fromContract('DELETE /api/sessions/:id'),
    handler: async (request, reply) => {
      const user = currentUser(request);
      const ended = await endSession(
        deps.repos,
        user.id,
        request.sessionTokenHash,
        request.params.id,
        deps.clock.now(),
      );
      if (!ended.ok) throw AppError.from(ended.error);
      if (ended.value.wasCurrent) clearSessionCookie(reply, request);
      return reply.status(204).send();
    },
  });

  r.route({
    ...fromContract('DELETE /api/sessions'),
    handler: async (request) => {
      const user = currentUser(request);
      return { ended: await endOtherSessions(deps.repos, user.id, tokenOf(request.sessionTokenHash)) };
    },
  });

  r.route({
    ...fromContract('POST /api/me/password'),
    handler: async (request) => {
      const user = currentUser(request);
      const changed = await changePassword(
        deps.store.db,
        user.id,
        tokenOf(request.sessionTokenHash),
        request.body,
      );
      if (!changed.ok) throw AppError.from(changed.error);
      return changed.value;
    },
  });
}
