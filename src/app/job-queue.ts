import type { JobOutcome } from './import-job';

/** Runs one import job to its end; throws `RetryLater` when it should be tried again. */
export type JobHandler = (importId: string) => Promise<JobOutcome>;

/**
 * Where import jobs wait for a worker: pg-boss on PostgreSQL (pg-boss-queue.ts), the imports table
 * itself on SQLite (database-queue.ts). Either way the job is a row that outlives the process.
 */
export interface JobQueue {
  readonly kind: 'pg-boss' | 'database';
  /** Announces an import whose row is queued (state `processing`, its upload stored). */
  send(importId: string, userId: string): Promise<void>;
  /** Starts `concurrency` workers in this process, each running one job at a time with `handler`. */
  work(handler: JobHandler, concurrency: number): Promise<void>;
  /** Jobs this process is running now. */
  readonly running: number;
  /** Stops taking jobs and waits for the running ones (tell them to stop first); ends the queue. */
  stop(): Promise<void>;
}
