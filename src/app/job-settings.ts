/** How import jobs are run: who works them, how long a claim lasts, how failures are retried. */
export interface JobSettings {
  /** `serve` runs import workers in its own process (`BACKSTRIDE_IMPORT_WORKERS`, on by default; SQLite always). */
  workers: boolean;
  /** How long a worker's claim on an import lasts unless renewed, ms (`BACKSTRIDE_JOB_LEASE_S`). Default 30 s. */
  leaseMs: number;
  /** Starts an import may have before it is marked failed (`BACKSTRIDE_IMPORT_ATTEMPTS`). Default 5. */
  maxAttempts: number;
  /** Wait before the first retry, doubled for each one after, ms (`BACKSTRIDE_JOB_RETRY_S`). Default 10 s. */
  retryDelayMs: number;
  /** How often an idle worker looks for work it was not told about, ms (`BACKSTRIDE_JOB_POLL_S`). Default 2 s. */
  pollMs: number;
}

/**
 * Why these numbers: a worker renews its claim every third of the lease, so 30 s rides out a slow
 * database for 20 s, and an import whose worker died is taken over within 30-45 s; five starts let an
 * import outlive a few crashes or a database restart, and a file that brings its worker down every time
 * is given up after the fifth; retries wait 10, 20, 40, 80 s, long enough for a database to come back.
 */
export const DEFAULT_JOB_SETTINGS: Readonly<JobSettings> = Object.freeze({
  workers: true,
  leaseMs: 30_000,
  maxAttempts: 5,
  retryDelayMs: 10_000,
  pollMs: 2_000,
});
