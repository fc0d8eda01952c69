import helmet from 'helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The web app's content security policy: every script, style, image and request from this origin only; no
 * inline script or style (the built index.html has none, and the theme is set from the bundle), no plugins,
 * no framing, no <base> tricks, forms post here only. WebAssembly may be compiled (`'wasm-unsafe-eval'`, which
 * allows no JavaScript eval): the form check runs its pose model on tfjs's WASM runtime, in a worker from this
 * origin (`worker-src 'self'`), fetching the model from this origin (`connect-src 'self'`).
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
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
 * What every API answer carries. An answer of the API is JSON, never a document a browser renders, so the
 * document-level headers (the page's policy, permissions, cross-origin isolation) mean nothing on it; what
 * matters is that it can never be rendered, framed, sniffed or kept (OWASP's REST security cheat sheet).
 * The policy is stricter than the web app's: nothing at all may load from an API answer.
 */
export const API_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
} as const;

/**
 * Security headers on every response: the web app's with helmet and the permissions policy, the API's
 * (`API_HEADERS`) set in one go; HSTS over HTTPS only (directly or through a trusted proxy's
 * X-Forwarded-Proto). `Cache-Control: no-store` on the API, whose answers are health data. Registered before
 * the other hooks, so refusals carry the headers too.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  // helmet's middleware is built once here and run on each web request. (@fastify/helmet built it again for
  // each request, parsing the policy each time: a tenth of the server's time under load, by a profile.)
  const applyHelmet = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
    // Not helmet's no-referrer: with it, browsers send `Origin: null` on the app's own POSTs.
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    if (request.url.startsWith('/api/')) {
      reply.headers(API_HEADERS);
      done();
      return;
    }
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    applyHelmet(request.raw, reply.raw, (error?: unknown) =>
      done(error instanceof Error ? error : undefined),
    );
  });
}
