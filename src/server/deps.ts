import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/database';
import type { Repositories } from '../store/repositories';
import type { LoginThrottle } from '../core/account/login-throttle';
import type { ResetThrottle } from '../core/account/reset-throttle';
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
  throttle: LoginThrottle;
  /** Limits on password reset requests; a default one is made when not given. */
  resetThrottle?: ResetThrottle;
  /** Sends password reset emails; without it (or without `config.publicUrl`) reset is by the administrator. */
  mailer?: Mailer;
  logger?: FastifyBaseLogger;
}
