import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { RESET_REQUESTED_MESSAGE } from '../../core/account/password-reset';
import type { ThrottleDecision } from '../../core/account/sliding-window';
import { confirmPasswordReset, requestPasswordReset } from '../../app/accounts';
import { AppError } from '../app-error';
import type { BackgroundTasks } from '../background-tasks';
import type { AppDeps } from '../deps';
import { startSession } from '../plugins/session';
import type { ResetThrottle } from '../../app/throttles';
import { fromContract } from './contract-route';
import { clientKey } from '../../core/net/ip-address';
import { knownDevice, rememberDevice } from '../device-cookie';

const refuseIfThrottled = (decision: ThrottleDecision, message: (minutes: number) => string): void => {
  if (decision.allowed) return;
  throw new AppError('too_many_attempts', message(Math.ceil(decision.retryAfterS / 60)), undefined, {
    'retry-after': String(decision.retryAfterS),
  });
};

/** Forgotten passwords: ask for an emailed link, then set a new password with it. */
export function passwordResetRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  throttle: ResetThrottle,
  background: BackgroundTasks,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const publicUrl = deps.config.publicUrl ?? null;
  const mailer = publicUrl && deps.config.mail && deps.mailer ? deps.mailer : null;

  r.route({
    ...fromContract('GET /api/auth/options'),
    handler: async () => ({ passwordReset: mailer ? ('email' as const) : ('administrator' as const) }),
  });

  r.route({
    ...fromContract('POST /api/auth/password-reset'),
    handler: async (request, reply) => {
      if (!mailer || !publicUrl) {
        throw new AppError(
          'mail_not_configured',
          'This server cannot send email. Ask its administrator to set a new password for you.',
        );
      }
      const { email } = request.body;
      const now = deps.clock.now();
      refuseIfThrottled(
        await throttle.checkRequest(email, clientKey(request.ip), now),
        (min) =>
          `You have asked for several links already. Check your inbox and spam folder, or try again in ${min} min.`,
      );
      // Answered before the account is even looked up, so the timing tells nothing either.
      background.run('password reset email', () =>
        requestPasswordReset(deps.store.db, { email, publicUrl, mailer }, now),
      );
      return reply.status(202).send({ message: RESET_REQUESTED_MESSAGE });
    },
  });

  r.route({
    ...fromContract('POST /api/auth/password-reset/confirm'),
    handler: async (request, reply) => {
      const now = deps.clock.now();
      refuseIfThrottled(
        await throttle.checkConfirm(clientKey(request.ip), now),
        (min) => `Too many attempts from this network. Try again in ${min} min.`,
      );
      const changed = await confirmPasswordReset(deps.store.db, request.body, now);
      if (!changed.ok) throw AppError.from(changed.error);
      // Wrong passwords before the reset (perhaps the reason for it) no longer hold the account back.
      const { email } = changed.value;
      const device = knownDevice(request, deps.config.sessionSecret, email);
      await app.throttles.login.recordPasswordReset({ account: email, ip: clientKey(request.ip), device });
      if (request.sessionTokenHash) await deps.repos.sessions.delete(request.sessionTokenHash);
      await startSession(deps, request, reply, changed.value.userId);
      rememberDevice(reply, request, deps.config.sessionSecret, email, now, device);
      return { id: changed.value.userId, email: changed.value.email };
    },
  });
}
