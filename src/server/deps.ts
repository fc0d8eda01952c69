import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/database';
import type { Repositories } from '../store/repositories';
import type { ThrottlePolicy } from '../core/account/login-throttle';
import type { ResetThrottlePolicy } from '../core/account/reset-throttle';
import type { Mailer } from '../app/accounts';
import type { AppConfig } from '../config/app-config';

// Where the server's callers (tests, other branches) have always found it; it lives in src/config.
export type { AppConfig };

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Everything the HTTP adapter needs, built by the caller (CLI `serve`, tests). */
export interface AppDeps {
  config: AppConfig;
  store: Store;
  repos: Repositories;
  clock: Clock;
  /** Login throttle limits (`DEFAULT_THROTTLE_POLICY` when not given); the counts live in the database. */
  loginPolicy?: ThrottlePolicy;
  /** Limits on password resets (`DEFAULT_RESET_THROTTLE_POLICY` when not given); counted in the database. */
  resetPolicy?: ResetThrottlePolicy;
  /** Sends password reset emails; without it (or without `config.publicUrl`) reset is by the administrator. */
  mailer?: Mailer;
  logger?: FastifyBaseLogger;
}
