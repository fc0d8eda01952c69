import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppDeps } from '../deps';
import { AppError } from '../app-error';
import { fromContract } from './contract-route';

/**
 * Longest wait for the database's answer, ms. A database that is unreachable rather than refusing (a
 * firewall dropping packets) would otherwise hold the check until the load balancer gives up on it.
 */
export const HEALTH_DB_TIMEOUT_MS = 3000;

/**
 * `GET /api/health`: up only if the database answers a trivial query, so a load balancer or container
 * check takes an instance that lost its database out of rotation (503, `database_unavailable`).
 */
export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().route({
    ...fromContract('GET /api/health'),
    handler: async (request) => {
      const reason = await databaseProblem(deps, HEALTH_DB_TIMEOUT_MS);
      if (reason !== null) {
        request.log.warn({ reason }, 'health check: the database does not answer');
        throw new AppError(
          'database_unavailable',
          `This instance cannot reach its ${deps.store.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'} database (${reason}), so it cannot serve requests.`,
          undefined,
          { 'retry-after': '5' },
        );
      }
      return { status: 'ok' as const, db: deps.store.dialect, version: deps.config.version };
    },
  });
}

/** Null when `select 1` is answered within `timeoutMs`; otherwise a short reason for operators. */
async function databaseProblem(deps: AppDeps, timeoutMs: number): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(resolve, timeoutMs, `no answer within ${timeoutMs / 1000} s`);
  });
  const query = sql`select 1 as ok`
    .execute(deps.store.db)
    .then(() => null)
    .catch((error: unknown) => errorReason(error));
  try {
    return await Promise.race([query, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The error's code (ECONNREFUSED, 57P03) where it has one, else its message, without addresses or names. */
function errorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code !== '') return code;
  return error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
}
