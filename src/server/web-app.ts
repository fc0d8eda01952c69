import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built single-page app; any non-API GET that is not a file gets index.html
 * so deep links (`/runs/123`) work on reload.
 */
export async function installWebApp(app: FastifyInstance, webDist: string | null): Promise<void> {
  const hasBuild = webDist !== null && existsSync(join(webDist, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false, maxAge: '1h' });
  }
  app.get('/*', { config: { public: true }, schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.status(404).send({
        code: 'not_found',
        message: `No route ${request.method} ${request.url.split('?')[0]}`,
        requestId: String(request.id),
      });
    }
    if (!hasBuild) {
      return reply
        .type('text/html')
        .send(
          '<!doctype html><title>backstride</title><p>The web app is not built. Run <code>npm run build</code>.</p>',
        );
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
