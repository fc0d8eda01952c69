import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app';
import type { AppConfig } from '../../src/config/app-config';
import type { Clock } from '../../src/server/deps';
import { createRepositories } from '../../src/store/repositories';
import { DEFAULT_THROTTLE_POLICY, type ThrottlePolicy } from '../../src/core/account/login-throttle';
import type { ResetThrottlePolicy } from '../../src/core/account/reset-throttle';
import type { RateLimits } from '../../src/core/account/rate-limits';
import type { Mailer } from '../../src/app/accounts';
import type { DialectName } from '../../src/store/database';
import { freshStore, type TestStore } from './databases';

export const ORIGIN = 'http://localhost:80';

/** Rate limits no ordinary test reaches (tests of the limits pass their own in `config.rateLimits`). */
export const TEST_RATE_LIMITS: RateLimits = {
  auth: { max: 100_000, windowMs: 60_000 },
  import: { max: 100_000, windowMs: 60_000 },
  write: { max: 100_000, windowMs: 60_000 },
};

export interface TestApp {
  app: FastifyInstance;
  db: TestStore;
  clock: Clock & { set(iso: string): void; advance(ms: number): void };
  /** Registers a user and returns the cookie header that logs in as them. */
  register(email?: string, password?: string): Promise<{ cookie: string; id: string; email: string }>;
  close(): Promise<void>;
}

let counter = 0;

export async function createTestApp(
  dialect: DialectName,
  options: {
    config?: Partial<AppConfig>;
    /** Login throttle limits; what is left out keeps its default. */
    throttle?: Partial<ThrottlePolicy>;
    resetThrottle?: ResetThrottlePolicy;
    mailer?: Mailer;
    /** Another instance's database: a second app over the same store (not dropped by `close`). */
    sharedStore?: TestStore;
    /** An existing database (another app's, to stand in for a restart); `close` then leaves it. */
    store?: TestStore;
  } = {},
): Promise<TestApp> {
  const db = options.sharedStore ?? options.store ?? (await freshStore(dialect));
  let now = new Date('2026-11-26T08:00:00.000Z').getTime();
  const clock = {
    now: () => new Date(now),
    set: (iso: string) => (now = new Date(iso).getTime()),
    advance: (ms: number) => (now += ms),
  };
  const app = await buildApp({
    config: {
      version: 'test',
      sessionSecret: 'test-secret',
      allowedOrigins: [],
      trustProxy: false,
      webDist: null,
      logLevel: 'silent',
      maxUploadBytes: 200 * 1024 * 1024,
      maxFileBytes: 100 * 1024 * 1024,
      // Far above what any test file sends; tests of the limits set their own.
      rateLimits: TEST_RATE_LIMITS,
      ...options.config,
    },
    store: db.store,
    repos: createRepositories(db.store.db),
    clock,
    loginPolicy: { ...DEFAULT_THROTTLE_POLICY, ...options.throttle },
    ...(options.resetThrottle ? { resetPolicy: options.resetThrottle } : {}),
    ...(options.mailer ? { mailer: options.mailer } : {}),
  });
  return {
    app,
    db,
    clock,
    async register(
      email = `runner${++counter}-${Date.now()}@example.com`,
      password = 'a long enough secret',
    ) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/register',
        headers: { origin: ORIGIN },
        payload: { email, password },
      });
      if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
      return { cookie: cookieHeader(res), ...(res.json() as { id: string; email: string }) };
    },
    async close() {
      await app.close();
      if (!options.sharedStore && !options.store) await db.drop();
    },
  };
}

/** The `name=value` part of the session cookie a response set. */
export function cookieHeader(res: LightMyRequestResponse): string {
  const set = res.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  if (!first) throw new Error('no cookie set');
  return first.split(';')[0] ?? '';
}
