import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/database';
import type { Repositories } from '../store/repositories';
import type { LoginThrottle } from '../core/account/login-throttle';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface AppConfig {
  version: string;
  sessionSecret: string;
  /** Extra origins allowed to send state-changing requests (e.g. the public URL behind a proxy). */
  allowedOrigins: string[];
  trustProxy: boolean;
  /** Folder with the built web app; null serves only the API. */
  webDist: string | null;
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  /** Largest single upload (a whole export archive), bytes. */
  maxUploadBytes: number;
  /** Largest activity file inside an upload or archive, bytes. */
  maxFileBytes: number;
}

/** Everything the HTTP adapter needs, built by the caller (CLI `serve`, tests). */
export interface AppDeps {
  config: AppConfig;
  store: Store;
  repos: Repositories;
  clock: Clock;
  throttle: LoginThrottle;
  logger?: FastifyBaseLogger;
}
