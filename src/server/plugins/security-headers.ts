import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The web app's content security policy: every script, style, image and request from this origin only; no
 * inline script or style (the built index.html has none, and the theme is set from the bundle), no plugins,
 * no framing, no <base> tricks, forms post here only.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Powerful features the app never uses, off for it and anything it could ever embed. */
export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/**
 * A year, without includeSubDomains: backstride may be served from a domain whose other subdomains the
 * administrator still serves over plain HTTP.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/**
 * Security headers on every response (@fastify/helmet), HSTS over HTTPS only (directly or through a trusted
 * proxy's X-Forwarded-Proto), and `Cache-Control: no-store` on the API, whose answers are health data.
 * Registered before the other hooks, so refusals carry the headers too.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
    // Not helmet's no-referrer: with it, browsers send `Origin: null` on the app's own POSTs.
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (request.protocol === 'https') reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}
