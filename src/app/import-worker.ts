/**
 * Import jobs for one process: the queue (pg-boss on PostgreSQL, the imports table on SQLite) to
 * announce imports on, and, where this process works them (`serve` by default, `backstride worker`),
 * the workers: decode threads, one import per worker at a time, stopped cleanly at shutdown.
 */
import { randomUUID } from 'node:crypto';
import { hostname, tmpdir } from 'node:os';
import type { ImportLimits } from '../importers/archive/limits';
import type { Store } from '../store/database';
import { importJobsRepository } from '../store/repositories/import-jobs';
import { importsRepository } from '../store/repositories/imports';
import { uploadChunksRepository } from '../store/repositories/upload-chunks';
import { createDatabaseQueue } from './database-queue';
import { runImportJob, type ImportJobContext } from './import-job';
import { createImporter } from './import-pipeline';
import type { ImportSettings } from './import-settings';
import type { ImportStatus } from './import-status';
import type { JobQueue } from './job-queue';
import type { JobSettings } from './job-settings';
import { createPgBossQueue } from './pg-boss-queue';

export interface ImportJobsOptions {
  store: Pick<Store, 'db' | 'dialect'>;
  settings: ImportSettings;
  jobs: JobSettings;
  limits?: Partial<ImportLimits>;
  /** Run workers in this process (SQLite: always). */
  work: boolean;
  /** The clock statuses are dated by. */
  now: () => Date;
  /** Where workers copy uploads to read them. Default the OS temp folder. */
  tempRoot?: string;
  onError?: (error: unknown) => void;
}

export interface ImportJobService {
  readonly queue: JobQueue;
  /** Whether workers run in this process. */
  readonly working: boolean;
  /** Announces an import whose row is queued. */
  send(importId: string, userId: string): Promise<void>;
  /** Resolves when no import in the database is unfinished and none runs here: for tests. */
  idle(): Promise<void>;
  /** Stops the workers (running imports are given back, to be resumed) and the queue. */
  close(): Promise<void>;
}

/** An upload the receiving instance never finished storing is failed after this long (or, on SQLite, at start). */
const RECEIVING_GIVE_UP_MS = 6 * 60 * 60_000;

export async function startImportJobs(options: ImportJobsOptions): Promise<ImportJobService> {
  const { store, settings, jobs: jobSettings } = options;
  const jobs = importJobsRepository(store.db);
  const sqlite = store.dialect === 'sqlite';
  const work = sqlite || options.work;
  const queue: JobQueue = sqlite
    ? createDatabaseQueue({
        jobs,
        pollMs: jobSettings.pollMs,
        ...(options.onError ? { onError: options.onError } : {}),
      })
    : await createPgBossQueue({
        db: store.db,
        jobs,
        settings: jobSettings,
        importTimeoutMs: settings.importTimeoutMs,
        ...(options.onError ? { onError: options.onError } : {}),
      });
  const shutdown = new AbortController();
  let importer: ReturnType<typeof createImporter> | null = null;

  if (work) {
    // On SQLite this process is the only one working the file: whatever held a lease has ended.
    if (sqlite) await jobs.freeAll();
    await failStaleUploads(store, options.now, sqlite ? 0 : RECEIVING_GIVE_UP_MS);
    importer = createImporter({
      db: store.db,
      now: options.now,
      settings,
      ...(options.limits ? { limits: options.limits } : {}),
    });
    const ctx: ImportJobContext = {
      db: store.db,
      importer,
      now: options.now,
      workerId: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
      settings: jobSettings,
      delayRetriesInRow: queue.kind === 'database',
      tempRoot: options.tempRoot ?? tmpdir(),
    };
    await queue.work((id) => runImportJob(ctx, id, shutdown.signal), settings.importsAtOnce);
  }

  return {
    queue,
    working: work,
    send: (importId, userId) => queue.send(importId, userId),
    async idle() {
      for (;;) {
        if (queue.running === 0 && (await jobs.unfinishedCount()) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async close() {
      shutdown.abort();
      await queue.stop();
      await importer?.close();
    },
  };
}

/** Fails imports whose upload stopped arriving before `olderThanMs` ago, and deletes what was stored of it. */
async function failStaleUploads(store: ImportJobsOptions['store'], now: () => Date, olderThanMs: number) {
  const before = new Date(Date.now() - olderThanMs).toISOString();
  const imports = importsRepository<ImportStatus>(store.db);
  for (const stale of await importJobsRepository(store.db).staleReceiving(before)) {
    const status = JSON.parse(stale.statusJson) as ImportStatus;
    const failed: ImportStatus = {
      ...status,
      state: 'failed',
      error:
        'The server stopped before the upload was stored, so nothing was imported. Upload the files again.',
    };
    const row = await store.db
      .selectFrom('imports')
      .select('user_id')
      .where('id', '=', stale.id)
      .executeTakeFirst();
    if (!row) continue;
    await imports.save(row.user_id, stale.id, now().toISOString(), failed);
    await uploadChunksRepository(store.db).deleteFor(stale.id);
  }
}
