import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps';
import { fromContract } from './contract-route';

export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().route({
    ...fromContract('GET /api/health'),
    handler: async () => ({ status: 'ok' as const, db: deps.store.dialect, version: deps.config.version }),
  });
}
