import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/database';
import type { Repositories } from '../store/repositories';
import type { LoginThrottle } from '../core/account/login-throttle';
import type { ResetThrottle } from '../core/account/reset-throttle';
import type { Mailer } from '../app/accounts';
import type { ImportSettings } from '../app/import-settings';
import type { MailSettings } from './mail-config';
import type { UploadSlotLimits } from './upload-slots';
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
  /** Largest activity file inside an upload or archive, bytes; also the largest uploaded part that is not a zip. */
  maxFileBytes: number;
  /** Decode threads, their budgets and imports at once; see `defaultImportSettings` in src/app/import-settings.ts. */
  imports?: Partial<ImportSettings>;
  /** Where uploads are spooled, each in a private folder; default the OS temp folder. */
  uploadDir?: string;
  /** Uploads received at once, per account and in total; see `DEFAULT_UPLOAD_SLOTS` in upload-slots.ts. */
  uploadSlots?: Partial<UploadSlotLimits>;
  /** Timeouts of the HTTP server; see `DEFAULT_TIMEOUTS` in http-timeouts.ts. */
  timeouts?: Partial<ServerTimeouts>;
  /** The origin people open the app at (`PUBLIC_URL`), for links in emails; null when not set. */
  publicUrl?: string | null;
  /** SMTP for password reset emails; null when not set (then an administrator sets passwords). */
  mail?: MailSettings | null;
}

export interface ServerTimeouts {
  /** A connection that sends or receives nothing for this long is closed; a stalled upload is answered 408. */
  idleMs: number;
  /** Longest time to receive one whole request, headers and body (the slowest upload allowed). */
  requestMs: number;
  /** Longest time to receive a request's headers. */
  headersMs: number;
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
