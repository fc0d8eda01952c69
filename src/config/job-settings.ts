import { DEFAULT_JOB_SETTINGS, type JobSettings } from '../app/job-settings';
import { secondsAsMs, wholeNumber } from './env-values';

/**
 * The job settings from `BACKSTRIDE_*` variables, defaults for what is not set; throws naming a bad value.
 * @example resolveJobSettings({ BACKSTRIDE_IMPORT_WORKERS: 'off' }).workers // false
 */
export function resolveJobSettings(env: Record<string, string | undefined>): JobSettings {
  const d = DEFAULT_JOB_SETTINGS;
  return {
    workers: onOff(env.BACKSTRIDE_IMPORT_WORKERS, d.workers, 'BACKSTRIDE_IMPORT_WORKERS'),
    leaseMs: secondsAsMs(env.BACKSTRIDE_JOB_LEASE_S, d.leaseMs, 'BACKSTRIDE_JOB_LEASE_S'),
    maxAttempts: wholeNumber(env.BACKSTRIDE_IMPORT_ATTEMPTS, d.maxAttempts, 'BACKSTRIDE_IMPORT_ATTEMPTS'),
    retryDelayMs: secondsAsMs(env.BACKSTRIDE_JOB_RETRY_S, d.retryDelayMs, 'BACKSTRIDE_JOB_RETRY_S'),
    pollMs: secondsAsMs(env.BACKSTRIDE_JOB_POLL_S, d.pollMs, 'BACKSTRIDE_JOB_POLL_S'),
  };
}

function onOff(value: string | undefined, fallback: boolean, name: string): boolean {
  if (value === undefined || value === '') return fallback;
  const v = value.trim().toLowerCase();
  if (['on', 'true', '1', 'yes'].includes(v)) return true;
  if (['off', 'false', '0', 'no'].includes(v)) return false;
  throw new Error(`${name} must be on or off, got "${value}"`);
}
