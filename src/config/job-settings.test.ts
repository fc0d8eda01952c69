import { describe, expect, it } from 'vitest';
import { resolveJobSettings } from './job-settings';

describe('resolveJobSettings', () => {
  it('defaults to workers in the server, a 30 s lease, 5 attempts, 10 s first retry, 2 s polls', () => {
    expect(resolveJobSettings({})).toEqual({
      workers: true,
      leaseMs: 30_000,
      maxAttempts: 5,
      retryDelayMs: 10_000,
      pollMs: 2_000,
    });
  });

  it('reads each variable', () => {
    expect(
      resolveJobSettings({
        BACKSTRIDE_IMPORT_WORKERS: 'off',
        BACKSTRIDE_JOB_LEASE_S: '3',
        BACKSTRIDE_IMPORT_ATTEMPTS: '2',
        BACKSTRIDE_JOB_RETRY_S: '0.5',
        BACKSTRIDE_JOB_POLL_S: '1',
      }),
    ).toEqual({ workers: false, leaseMs: 3_000, maxAttempts: 2, retryDelayMs: 500, pollMs: 1_000 });
  });

  it('names the variable holding a bad value', () => {
    expect(() => resolveJobSettings({ BACKSTRIDE_IMPORT_WORKERS: 'sometimes' })).toThrow(
      'BACKSTRIDE_IMPORT_WORKERS must be on or off, got "sometimes"',
    );
    expect(() => resolveJobSettings({ BACKSTRIDE_JOB_LEASE_S: '-1' })).toThrow('BACKSTRIDE_JOB_LEASE_S');
  });
});
