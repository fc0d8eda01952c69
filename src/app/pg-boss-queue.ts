import { CompiledQuery, sql, type Kysely } from 'kysely';
import PgBoss from 'pg-boss';
import type { Database } from '../store/schema';
import type { ImportJobsRepository } from '../store/repositories/import-jobs';
import type { JobHandler, JobQueue } from './job-queue';
import type { JobSettings } from './job-settings';

export const IMPORT_QUEUE = 'backstride-import';
/** pg-boss keeps its tables in a schema of its own in backstride's database. */
export const PG_BOSS_SCHEMA = 'pgboss';

export interface PgBossQueueOptions {
  db: Kysely<Database>;
  jobs: ImportJobsRepository;
  settings: Pick<JobSettings, 'leaseMs' | 'maxAttempts' | 'retryDelayMs' | 'pollMs'>;
  /** Longest import, ms: pg-boss gives a job up (and retries it) only well after it. */
  importTimeoutMs: number;
  onError?: (error: unknown) => void;
  now?: () => Date;
}

interface ImportJobData {
  importId: string;
}

/**
 * The queue on PostgreSQL: pg-boss 10 (the last major that runs on Node 20), on backstride's own
 * connection pool, in the `pgboss` schema. A job is only "run import X"; the import's row says what
 * to do and who holds it. pg-boss retries a job that threw (`RetryLater`) with exponential backoff;
 * a worker that died is noticed by its lease running out, and any worker's sweep queues the import again.
 * @example const queue = await createPgBossQueue({ db, jobs, settings, importTimeoutMs });
 */
export async function createPgBossQueue(options: PgBossQueueOptions): Promise<JobQueue> {
  const { db, jobs, settings } = options;
  const now = options.now ?? (() => new Date());
  const boss = new PgBoss({
    db: {
      executeSql: async (text: string, values: unknown[] = []) => {
        const result = await db.executeQuery(CompiledQuery.raw(text, values));
        return { rows: result.rows as unknown[] };
      },
    },
    schema: PG_BOSS_SCHEMA,
    schedule: false,
    supervise: true,
    migrate: true,
    maintenanceIntervalSeconds: 60,
  });
  boss.on('error', (error) => options.onError?.(error));
  await boss.start();
  await boss.createQueue(IMPORT_QUEUE, {
    name: IMPORT_QUEUE,
    policy: 'standard',
    retryLimit: settings.maxAttempts,
    retryDelay: Math.max(1, Math.round(settings.retryDelayMs / 1000)),
    retryBackoff: true,
    // Under pg-boss's 24-hour cap; a live worker's import is never given up by pg-boss before it ends.
    expireInSeconds: Math.min(23 * 3600, Math.ceil(options.importTimeoutMs / 1000) + 600),
  });
  const send = async (importId: string, startAfterS = 0) => {
    const data: ImportJobData = { importId };
    await boss.send(IMPORT_QUEUE, data, startAfterS > 0 ? { startAfter: startAfterS } : {});
  };
  const workerIds: string[] = [];
  let running = 0;
  let sweeper: ReturnType<typeof setInterval> | null = null;
  let idleWaiters: (() => void)[] = [];

  /**
   * Imports whose worker died (its lease ran out): queued again, once, by whichever sweep frees them.
   * Then imports that no job will ever run (orphans, below): queued again, once, by whichever sweep
   * marks them first.
   */
  const sweep = async () => {
    for (const id of await jobs.freeExpired(now().toISOString())) await send(id);
    for (const id of await orphans(db, now(), settings.leaseMs)) await send(id);
  };

  return {
    kind: 'pg-boss',
    async send(importId) {
      await send(importId);
      for (const id of workerIds) boss.notifyWorker(id);
    },
    async work(handler: JobHandler, concurrency) {
      const pollingIntervalSeconds = Math.max(0.5, settings.pollMs / 1000);
      for (let i = 0; i < concurrency; i++) {
        const id = await boss.work<ImportJobData>(
          IMPORT_QUEUE,
          { batchSize: 1, pollingIntervalSeconds },
          async ([job]) => {
            if (!job) return;
            running++;
            try {
              const outcome = await handler(job.data.importId);
              // Another import of the runner is running: this one waits its turn, behind others' imports.
              if (outcome === 'deferred') await send(job.data.importId, 5);
              // Stopped for a shutdown: queued again at once, for another worker (or this one, later).
              if (outcome === 'interrupted') await send(job.data.importId);
            } finally {
              running--;
              if (running === 0) for (const resolve of idleWaiters.splice(0)) resolve();
            }
          },
        );
        workerIds.push(id);
      }
      await sweep();
      sweeper = setInterval(
        () => void sweep().catch((error: unknown) => options.onError?.(error)),
        Math.max(500, settings.leaseMs / 2),
      );
      sweeper.unref();
    },
    get running() {
      return running;
    },
    async stop() {
      if (sweeper) clearInterval(sweeper);
      await boss.offWork(IMPORT_QUEUE).catch(() => undefined);
      if (running > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve));
      idleWaiters = [];
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 5_000 });
    },
  };
}

/**
 * Queued imports that no job will run: the instance that queued one (its row `processing`, its upload
 * stored) stopped before it sent the job, or a worker died between taking the job and claiming the
 * import. Such an import has no lease, has not changed for a lease, and pg-boss holds no job for it
 * that is waiting, due to be retried, or started within a lease. Each is marked (its `updated_at`
 * moved on) by one conditional UPDATE, so of several workers sweeping at once one alone sends it again;
 * a job sent twice anyway is harmless, since the claim lets one worker alone run the import.
 * Reads pg-boss 10's own table (`pgboss.job`: name, data, state, started_on).
 */
export async function orphans(db: Kysely<Database>, now: Date, leaseMs: number): Promise<string[]> {
  const quietSince = new Date(now.getTime() - leaseMs).toISOString();
  const found = await sql<{ id: string; updated_at: string }>`
    select i.id, i.updated_at from imports i
    where i.state = 'processing' and i.sources_json is not null and i.lease_until is null
      and i.updated_at < ${quietSince}
      and not exists (
        select 1 from ${sql.table(`${PG_BOSS_SCHEMA}.job`)} j
        where j.name = ${IMPORT_QUEUE} and j.data ->> 'importId' = i.id
          and (j.state in ('created', 'retry')
            or (j.state = 'active' and j.started_on > now() - make_interval(secs => ${leaseMs / 1000})))
      )`.execute(db);
  const marked: string[] = [];
  for (const row of found.rows) {
    const updated = await db
      .updateTable('imports')
      .set({ updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .where('updated_at', '=', row.updated_at)
      .where('lease_until', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 1) marked.push(row.id);
  }
  return marked;
}
