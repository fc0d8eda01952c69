import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Files checked again on every load (an ETag makes that a 304): index.html, so a new version is seen at once,
 * and the service worker with its registration and the app manifest, so a browser never runs an old worker
 * for an hour (browsers cap a worker's cache at a day, but an hour of an old app is already too long).
 */
const REVALIDATED = new Set(['index.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest']);

/**
 * How long a browser may keep a built file: the files of `REVALIDATED` are checked on every load, the hashed
 * bundles under assets/ never change, the rest an hour.
 */
export function cacheControlFor(webDist: string, file: string): string {
  const path = relative(webDist, file).split(sep).join('/');
  if (REVALIDATED.has(path)) return 'no-cache';
  if (path.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

/**
 * Serves the built single-page app; any non-API GET that is not a file gets index.html
 * so deep links (`/runs/123`) work on reload, except under /assets/, where a missing file is a 404.
 */
export async function installWebApp(app: FastifyInstance, webDist: string | null): Promise<void> {
  const hasBuild = webDist !== null && existsSync(join(webDist, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders: (res, file) => res.setHeader('cache-control', cacheControlFor(webDist, file)),
    });
  }
  app.get('/*', { config: { public: true }, schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.status(404).send({
        code: 'not_found',
        message: `No route ${request.method} ${request.url.split('?')[0]}`,
        requestId: String(request.id),
      });
    }
    if (request.url.startsWith('/assets/')) {
      // A built file that is not there (an old bundle after an upgrade, a source map): a page would be wrong.
      return reply.status(404).type('text/plain').send('Not found');
    }
    if (!hasBuild) {
      return reply
        .type('text/html')
        .send(
          '<!doctype html><title>backstride</title><p>The web app is not built. Run <code>npm run build</code>.</p>',
        );
    }
    return reply.sendFile('index.html');
  });
}
