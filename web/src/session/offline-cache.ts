/**
 * The service worker keeps one private thing: the last copy of the current plan (`GET /api/plans/current`),
 * so a session opened once still opens offline. It is the runner's health data, so it goes when they log out
 * or their session has ended. The built files the worker also keeps are the same for everyone.
 */
export const PLAN_CACHE = 'backstride-plan';

/** The one API path the service worker answers from its cache when the network fails. */
export const CACHED_API_PATH = '/api/plans/current';

/** Drops the cached plan; never fails (no Cache API, private mode). */
export async function clearPrivateCaches(): Promise<void> {
  try {
    if ('caches' in window) await caches.delete(PLAN_CACHE);
  } catch {
    // Nothing was kept, or the browser refuses: either way nothing is left to read.
  }
}
