import { retryText } from './login-throttle';
import type { ThrottlePlan } from './sliding-window';

/**
 * Rate limits on every state-changing route (POST, PUT, PATCH, DELETE), counted in the database so that every
 * instance of the server shares them. Each route belongs to one class; the class says how many requests one
 * subject (the signed-in account, or else the client address) may make in a sliding window.
 *
 * - `auth`: signing up, logging in, reset links, changing the password, deleting the account. Tight, by client
 *   address (or by account once signed in): these are what an attacker repeats. The login throttle and the
 *   reset throttle keep their own, finer limits behind this one.
 * - `import`: uploads of activity files and of an export. Moderate: each can hold the server for minutes.
 * - `write`: everything else (check-ins, runs, shoes, plans, pain entries…). Generous: a runner tapping through
 *   a session or a check-in never meets it; a runaway script does.
 */
export type RouteClass = 'auth' | 'import' | 'write';

export interface RateLimit {
  /** Requests allowed inside the window. */
  max: number;
  windowMs: number;
}

export type RateLimits = Record<RouteClass, RateLimit>;

export const DEFAULT_RATE_LIMITS: Readonly<RateLimits> = Object.freeze({
  auth: { max: 30, windowMs: 15 * 60_000 },
  import: { max: 60, windowMs: 60 * 60_000 },
  write: { max: 600, windowMs: 10 * 60_000 },
});

/** The one table of routes that are not ordinary writes; any other POST, PUT, PATCH or DELETE is `write`. */
export const ROUTE_CLASSES: Readonly<Record<string, RouteClass>> = Object.freeze({
  'POST /api/auth/register': 'auth',
  'POST /api/auth/login': 'auth',
  'POST /api/auth/password-reset': 'auth',
  'POST /api/auth/password-reset/confirm': 'auth',
  'POST /api/me/password': 'auth',
  'DELETE /api/me': 'auth',
  'POST /api/imports': 'import',
  'POST /api/import-account': 'import',
});

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The class of a route by its method and path pattern (as the route table has it); null for a read.
 * @example routeClass('POST', '/api/imports') // 'import'
 * @example routeClass('PATCH', '/api/runs/:id') // 'write'
 * @example routeClass('GET', '/api/runs') // null
 */
export function routeClass(method: string, path: string): RouteClass | null {
  if (!STATE_CHANGING.has(method)) return null;
  return ROUTE_CLASSES[`${method} ${path}`] ?? 'write';
}

/** Who is counted: the signed-in account, or else the client address (`clientKey`). */
export type RateSubject = { userId: string } | { ip: string };

/**
 * The plan for one request of class `cls` by `subject`: one window, counted when allowed.
 * @example rateLimitPlan('write', { userId: 'u1' }, DEFAULT_RATE_LIMITS).checks[0]?.limit // 600
 */
export function rateLimitPlan(
  cls: RouteClass,
  subject: RateSubject,
  limits: Readonly<RateLimits>,
): ThrottlePlan<RouteClass> {
  const who = 'userId' in subject ? `user ${subject.userId}` : `ip ${subject.ip}`;
  const { max, windowMs } = limits[cls];
  const rule = { key: `rate ${cls}\n${who}`, limit: max, windowMs };
  return { checks: [{ ...rule, label: cls }], hits: [rule] };
}

const CLASS_WORDS: Record<RouteClass, string> = {
  auth: 'sign-in and password requests',
  import: 'imports',
  write: 'changes',
};

/**
 * What a refused request is told: the limit it reached and when to try again.
 * @example rateLimitMessage('import', { max: 60, windowMs: 3_600_000 }, 300)
 * // 'Too many imports: the limit is 60 in 60 min. Try again in 5 min.'
 */
export function rateLimitMessage(cls: RouteClass, limit: RateLimit, retryAfterS: number): string {
  return (
    `Too many ${CLASS_WORDS[cls]}: the limit is ${limit.max} in ${retryText(limit.windowMs / 1000)}. ` +
    `Try again in ${retryText(retryAfterS)}.`
  );
}

/**
 * Reads limits from text such as `auth=30/15m,import=60/1h,write=600/10m` (any classes, others keep their
 * default): how `BACKSTRIDE_RATE_LIMITS` is written. Null with a reason when the text is not of that shape.
 * @example parseRateLimits('write=100/1m', DEFAULT_RATE_LIMITS).write // { max: 100, windowMs: 60000 }
 */
export function parseRateLimits(
  text: string,
  base: Readonly<RateLimits>,
): { ok: true; value: RateLimits } | { ok: false; reason: string } {
  const value: RateLimits = { ...base };
  const units: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(auth|import|write)=(\d{1,9})\/(\d{1,6})([smh])$/.exec(part);
    if (!match) {
      return {
        ok: false,
        reason: `"${part.slice(0, 40)}" is not CLASS=COUNT/WINDOW (CLASS auth, import or write; WINDOW like 15m, 1h, 30s)`,
      };
    }
    const [, cls, count, amount, unit] = match as unknown as [string, RouteClass, string, string, string];
    const windowMs = Number(amount) * (units[unit] ?? 0);
    if (Number(count) < 1 || windowMs < 1000) {
      return { ok: false, reason: `"${part}" must allow at least 1 request in at least 1 s` };
    }
    value[cls] = { max: Number(count), windowMs };
  }
  return { ok: true, value };
}
