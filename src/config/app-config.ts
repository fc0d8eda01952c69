import type { MailSettings } from './mail-config';
import type { TrustProxySetting } from './trust-proxy';
import type { ImportSettings } from '../app/import-settings';
import type { RateLimits } from '../core/account/rate-limits';
import type { JobSettings } from '../app/job-settings';

/**
 * What the HTTP server is configured with: read from the environment by `resolveServerSettings`, or built
 * by tests. It lives here, not in src/server, so the CLI can read configuration without the server.
 */
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
  /** Import jobs: workers in this process, lease, retries; see `DEFAULT_JOB_SETTINGS` in src/app/job-settings.ts. */
  jobs?: Partial<JobSettings>;
  /** Where uploads are spooled, each in a private folder; default the OS temp folder. */
  uploadDir?: string;
  /** Uploads received at once, per account and in total; see `DEFAULT_UPLOAD_SLOTS`. */
  uploadSlots?: Partial<UploadSlotLimits>;
  /** Timeouts of the HTTP server; see `DEFAULT_TIMEOUTS`. */
  timeouts?: Partial<ServerTimeouts>;
  /** The origin people open the app at (`PUBLIC_URL`), for links in emails; null when not set. */
  publicUrl?: string | null;
  /** SMTP for password reset emails; null when not set (then an administrator sets passwords). */
  mail?: MailSettings | null;
  /** Rate limits per route class (`BACKSTRIDE_RATE_LIMITS`); classes left out keep `DEFAULT_RATE_LIMITS`. */
  rateLimits?: Partial<RateLimits>;
}

export interface ServerTimeouts {
  /** A connection that sends or receives nothing for this long is closed; a stalled upload is answered 408. */
  idleMs: number;
  /** Longest time to receive one whole request, headers and body (the slowest upload allowed). */
  requestMs: number;
  /** Longest time to receive a request's headers. */
  headersMs: number;
}

export interface UploadSlotLimits {
  /** Uploads one account may be sending at once. */
  perUser: number;
  /** Uploads the server receives at once, all accounts together. */
  total: number;
}

/**
 * Idle 60 s: a phone that loses signal in a tunnel resumes within that, and TCP retries on its own;
 * nothing arriving for a minute is a stall. Request 6 h: the slowest whole upload, so a 2 GiB export
 * needs 100 KB/s (0.8 Mbit/s) on average, 500 MB needs 24 KB/s. Headers 30 s: a few hundred bytes.
 */
export const DEFAULT_TIMEOUTS: Readonly<ServerTimeouts> = Object.freeze({
  idleMs: 60_000,
  requestMs: 6 * 60 * 60_000,
  headersMs: 30_000,
});

/**
 * Each upload being received holds a socket and an open spool file until it ends or times out; these
 * slots bound how many, so stalled or dripping uploads cannot use up the process's file descriptors
 * (or the disk), and one account cannot take every slot.
 */
export const DEFAULT_UPLOAD_SLOTS: Readonly<UploadSlotLimits> = Object.freeze({ perUser: 2, total: 16 });
