import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/database';
import type { Repositories } from '../store/repositories';
import type { LoginThrottle } from '../core/account/login-throttle';
import type { ResetThrottle } from '../core/account/reset-throttle';
import type { Mailer } from '../app/accounts';
import type { MailSettings } from './mail-config';
import type { TrustProxySetting } from './trust-proxy';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface AppConfig {
  version: string;
  sessionSecret: string;
  /** Extra origins allowed to send state-changing requests (e.g. the public URL behind a proxy). */
  allowedOrigins: string[];
  /** Whom to believe about client address, protocol and host (`TRUST_PROXY`; `true` = one proxy). */
  trustProxy: TrustProxySetting;
  /** Folder with the built web app; null serves only the API. */
  webDist: string | null;
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  /** Largest single upload (a whole export archive), bytes. */
  maxUploadBytes: number;
  /** Largest activity file inside an upload or archive, bytes. */
  maxFileBytes: number;
  /** The origin people open the app at (`PUBLIC_URL`), for links in emails; null when not set. */
  publicUrl?: string | null;
  /** SMTP for password reset emails; null when not set (then an administrator sets passwords). */
  mail?: MailSettings | null;
}

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
