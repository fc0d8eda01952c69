import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { decoyHash, verifyPassword } from '../../app/passwords';
import { registerAccount } from '../../app/accounts';
import { clearSessionCookie, currentUser, startSession } from '../plugins/session';
import { clientKey } from '../../core/net/ip-address';
import { retryText, type LoginDecision } from '../../core/account/login-throttle';
import { knownDevice, rememberDevice } from '../device-cookie';
import { fromContract } from './contract-route';

export function authRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.route({
    ...fromContract('POST /api/auth/register'),
    handler: async (request, reply) => {
      const created = await registerAccount(deps.repos, request.body, deps.clock.now());
      if (!created.ok) throw AppError.from(created.error);
      const account = created.value;
      await startSession(deps, request, reply, account.id);
      rememberDevice(reply, request, deps.config.sessionSecret, account.email, deps.clock.now());
      return reply.status(201).send(account);
    },
  });

  r.route({
    ...fromContract('POST /api/auth/login'),
    handler: async (request, reply) => {
      const { email, password } = request.body;
      const now = deps.clock.now();
      const device = knownDevice(request, deps.config.sessionSecret, email);
      const attempt = { account: email, ip: clientKey(request.ip), device };
      const throttle = app.throttles.login;
      refuseIfThrottled(await throttle.check(attempt, now));
      const user = await deps.repos.users.findByEmail(email);
      const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
      if (!user || !valid) {
        await throttle.recordFailure(attempt, now);
        throw new AppError('invalid_credentials', 'Email or password is wrong.');
      }
      await throttle.recordSuccess(attempt);
      await startSession(deps, request, reply, user.id);
      rememberDevice(reply, request, deps.config.sessionSecret, email, now, device);
      return { id: user.id, email: user.email };
    },
  });

  r.route({
    ...fromContract('POST /api/auth/logout'),
    handler: async (request, reply) => {
      if (request.sessionTokenHash) await deps.repos.sessions.delete(request.sessionTokenHash);
      clearSessionCookie(reply, request);
      return reply.status(204).send();
    },
  });

  r.route({
    ...fromContract('GET /api/me'),
    handler: async (request) => currentUser(request),
  });
}

/** A refused login says how long to wait, and for the account-wide limit, how to get in sooner. */
function refuseIfThrottled(decision: LoginDecision): void {
  if (decision.allowed) return;
  const wait = retryText(decision.retryAfterS);
  const message =
    decision.limit === 'account'
      ? `This account has had too many wrong passwords today. Log in on a device you have used before, ` +
        `set a new password with “Forgot your password?”, or try again in ${wait}.`
      : `Too many login attempts. Try again in ${wait}.`;
  throw new AppError('too_many_attempts', message, undefined, {
    'retry-after': String(decision.retryAfterS),
  });
}
