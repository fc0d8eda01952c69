import type { TrustProxySetting } from '../config/trust-proxy';

/**
 * Fastify's `trustProxy` option for a setting. A hop count becomes a function: Fastify's own number option
 * ignores forwarded headers altogether, which would lose the client's address behind a proxy.
 */
export function fastifyTrustProxy(
  setting: TrustProxySetting,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (setting === false || setting === 0) return false;
  if (setting === true) return fastifyTrustProxy(1);
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return [...setting];
}
