import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { allowedHostNames, isAllowedHost } from '../../core/net/allowed-hosts';
import { textProblem } from '../../core/validation/input-rules';

/** Load balancers and container health checks call this by whatever name they know the server by. */
const ANY_HOST = new Set(['/api/health']);

/**
 * Checks made before anything else: the Host names this server (DNS rebinding), and the address holds no
 * control characters (`%00` in an id reaches PostgreSQL, which refuses NUL with an error, not a 404).
 * Runs before the session hook, so the Origin check there compares with an allowed host only.
 */
export function installRequestGuard(app: FastifyInstance, deps: AppDeps): void {
  const allowed = allowedHostNames([
    ...deps.config.allowedOrigins,
    ...(deps.config.publicUrl ? [deps.config.publicUrl] : []),
  ]);

  // A plain callback, not an async hook: it runs on every request and never waits.
  app.addHook('onRequest', (request, _reply, done) => {
    const path = request.url.split('?')[0] ?? '';
    if (!ANY_HOST.has(path) && !isAllowedHost(request.hostname, allowed)) {
      done(
        new AppError(
          'host_not_allowed',
          `This server does not answer to "${request.hostname.slice(0, 100)}". If people open backstride at that name, ` +
            'its administrator adds it to PUBLIC_URL or BACKSTRIDE_ORIGINS.',
        ),
      );
      return;
    }
    const problem = urlProblem(request);
    if (problem) {
      done(new AppError('validation_failed', `The address ${problem}.`, [{ path: 'url', message: problem }]));
      return;
    }
    done();
  });
}

function urlProblem(request: FastifyRequest): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(request.url);
  } catch {
    return 'is not valid percent-encoding';
  }
  const problem = textProblem(decoded);
  if (problem === 'control_character') return 'holds a control character (such as %00)';
  if (problem === 'lone_surrogate') return 'holds a broken character';
  return null;
}
