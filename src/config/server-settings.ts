import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { DEFAULT_TIMEOUTS, DEFAULT_UPLOAD_SLOTS, type AppConfig, type ServerTimeouts } from './app-config';
import { parsePublicUrl, resolveMailSettings } from './mail-config';
import { resolveDatabaseTarget } from '../store/location';
import { parseTrustProxy } from './trust-proxy';
import { PROJECT_ROOT } from './project-root';
import { resolveImportSettings } from './import-settings';
import { resolveJobSettings } from './job-settings';
import { secondsAsMs, wholeNumber } from './env-values';
import { DEFAULT_RATE_LIMITS, parseRateLimits, type RateLimits } from '../core/account/rate-limits';

export interface ServerSettings {
  port: number;
  host: string;
  /** A SQLite file path or a postgres:// URL. */
  database: string;
  dataDir: string;
  app: AppConfig;
}

export interface ServerOverrides {
  port?: number;
  host?: string;
  db?: string;
}

/**
 * Reads configuration from the environment (and command-line overrides), filling in defaults:
 * port 8080, host 127.0.0.1, SQLite under ./data, a session secret generated on first start.
 */
export function resolveServerSettings(
  env: Record<string, string | undefined>,
  cwd: string,
  overrides: ServerOverrides = {},
): ServerSettings {
  const dataDir = resolve(cwd, env.BACKSTRIDE_DATA_DIR ?? 'data');
  const port = overrides.port ?? parsePort(env.PORT ?? '8080', 'PORT');
  const publicUrl = parsePublicUrl(env.PUBLIC_URL);
  const extraOrigins = parseOrigins(env.BACKSTRIDE_ORIGINS);
  return {
    port,
    host: overrides.host ?? env.HOST ?? '127.0.0.1',
    database: resolveDatabaseTarget(env, cwd, overrides.db),
    dataDir,
    app: {
      version: packageVersion(),
      sessionSecret: env.SESSION_SECRET ?? loadOrCreateSecret(dataDir),
      // The public address is where the app's own pages are served from, so it may send state changes.
      allowedOrigins:
        publicUrl && !extraOrigins.includes(publicUrl) ? [...extraOrigins, publicUrl] : extraOrigins,
      trustProxy: parseTrustProxy(env.TRUST_PROXY),
      webDist: resolve(PROJECT_ROOT, 'web/dist'),
      logLevel: parseLogLevel(env.LOG_LEVEL),
      maxUploadBytes: megabytes(env.BACKSTRIDE_MAX_UPLOAD_MB, 2048, 'BACKSTRIDE_MAX_UPLOAD_MB'),
      maxFileBytes: megabytes(env.BACKSTRIDE_MAX_FILE_MB, 100, 'BACKSTRIDE_MAX_FILE_MB'),
      timeouts: resolveTimeouts(env),
      imports: resolveImportSettings(env),
      jobs: resolveJobSettings(env),
      uploadSlots: {
        total: wholeNumber(env.BACKSTRIDE_MAX_UPLOADS, DEFAULT_UPLOAD_SLOTS.total, 'BACKSTRIDE_MAX_UPLOADS'),
      },
      publicUrl,
      mail: resolveMailSettings(env, publicUrl),
      rateLimits: resolveRateLimits(env.BACKSTRIDE_RATE_LIMITS),
    },
  };
}

/**
 * `BACKSTRIDE_ORIGINS`: comma-separated http(s) origins (no path), each also a host name the server answers to.
 * @example parseOrigins('https://Back.example.org/, http://nas.local:8080') // ['https://back.example.org', 'http://nas.local:8080']
 */
export function parseOrigins(value: string | undefined): string[] {
  const origins = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const url = URL.canParse(entry) ? new URL(entry) : null;
      if (!url || !['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search) {
        throw new Error(
          `BACKSTRIDE_ORIGINS must list origins like https://back.example.org (no path), got "${entry}"`,
        );
      }
      return url.origin;
    });
  return [...new Set(origins)];
}

export function parsePort(value: string, name: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535)
    throw new Error(`${name} must be a port number 1-65535, got "${value}"`);
  return port;
}

function megabytes(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback * 1024 * 1024;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`${name} must be a positive number of megabytes, got "${value}"`);
  return Math.round(n * 1024 * 1024);
}

/** The server's timeouts from `BACKSTRIDE_*_TIMEOUT_S` (seconds), defaults from DEFAULT_TIMEOUTS. */
export function resolveTimeouts(env: Record<string, string | undefined>): ServerTimeouts {
  const timeouts = {
    idleMs: secondsAsMs(env.BACKSTRIDE_IDLE_TIMEOUT_S, DEFAULT_TIMEOUTS.idleMs, 'BACKSTRIDE_IDLE_TIMEOUT_S'),
    requestMs: secondsAsMs(
      env.BACKSTRIDE_REQUEST_TIMEOUT_S,
      DEFAULT_TIMEOUTS.requestMs,
      'BACKSTRIDE_REQUEST_TIMEOUT_S',
    ),
    headersMs: secondsAsMs(
      env.BACKSTRIDE_HEADERS_TIMEOUT_S,
      DEFAULT_TIMEOUTS.headersMs,
      'BACKSTRIDE_HEADERS_TIMEOUT_S',
    ),
  };
  if (timeouts.headersMs > timeouts.requestMs)
    throw new Error('BACKSTRIDE_HEADERS_TIMEOUT_S must not be longer than BACKSTRIDE_REQUEST_TIMEOUT_S');
  return timeouts;
}

function parseLogLevel(value: string | undefined): AppConfig['logLevel'] {
  const levels = ['silent', 'error', 'warn', 'info', 'debug'] as const;
  return levels.find((l) => l === value) ?? 'info';
}

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** A random secret kept in the data folder (mode 600), made on first start. */
function loadOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return secret;
}

/**
 * `BACKSTRIDE_RATE_LIMITS`: e.g. `auth=30/15m,import=60/1h,write=600/10m`; classes left out keep their default.
 * @example resolveRateLimits('write=100/1m').write // { max: 100, windowMs: 60000 }
 */
export function resolveRateLimits(value: string | undefined): RateLimits {
  const parsed = parseRateLimits(value ?? '', DEFAULT_RATE_LIMITS);
  if (!parsed.ok) throw new Error(`BACKSTRIDE_RATE_LIMITS: ${parsed.reason}`);
  return parsed.value;
}
