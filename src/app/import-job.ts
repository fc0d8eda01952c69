/**
 * One import, run as a durable job by whichever worker takes it: the same code under pg-boss
 * (PostgreSQL) and the database queue (SQLite). The import's row is its job: a worker claims it with a
 * lease it renews while it works, reads the upload from the database, skips the files the import's
 * ledger says are committed, and ends it (final status, upload and ledger deleted) in one transaction.
 * A worker that dies stops renewing; another worker (or the next start, on SQLite) takes it over.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import { importJobsRepository } from '../store/repositories/import-jobs';
import { importFilesRepository } from '../store/repositories/import-files';
import { importsRepository } from '../store/repositories/imports';
import { uploadChunksRepository } from '../store/repositories/upload-chunks';
import type { Importer } from './import-pipeline';
import { newImportStatus, settleFile, type ImportFileResult, type ImportStatus } from './import-status';
import type { JobSettings } from './job-settings';
import type { DiscardsUnwritten } from './group-commit';
import { fetchUpload, type UploadSources } from './upload-store';

export interface ImportJobContext {
  db: Kysely<Database>;
  importer: Importer;
  /** The clock statuses are dated by. */
  now: () => Date;
  /** The clock leases are measured by: real time, shared closely enough by every worker. */
  leaseNow?: () => Date;
  /** This worker's name in `lease_owner`. */
  workerId: string;
  settings: Pick<JobSettings, 'leaseMs' | 'maxAttempts' | 'retryDelayMs'>;
  /** Hold a retry back in the row (`run_after`); off where the queue itself delays retries (pg-boss). */
  delayRetriesInRow: boolean;
  /** Where the worker copies uploads to read them. */
  tempRoot: string;
}

/**
 * - finished: ended, done or failed for good; gone: nothing to do (ended already, or unknown);
 * - busy: another live worker holds it; deferred: another import of the same runner is running;
 * - interrupted: stopped on purpose (shutdown), given back to be resumed; lost: its lease was taken over.
 */
export type JobOutcome = 'finished' | 'gone' | 'busy' | 'deferred' | 'interrupted' | 'lost';

/** Thrown when an import failed in a way worth trying again (the database went away); it was given back. */
export class RetryLater extends Error {
  constructor(
    message: string,
    readonly attempts: number,
  ) {
    super(message);
  }
}

/** The reason a running import is stopped when its worker shuts down. */
export class WorkerStopping extends Error {
  constructor() {
    super('the worker is stopping; the import goes on where it stopped');
  }
}

class LeaseLost extends Error implements DiscardsUnwritten {
  readonly discardUnwritten = true;
  constructor() {
    super('another worker took this import over');
  }
}

const PERSIST_EVERY_MS = 400;

/**
 * Runs the import `importId` if this worker can claim it; `stop` aborts it for a shutdown.
 * @example const outcome = await runImportJob(ctx, importId, shutdown.signal);
 */
export async function runImportJob(
  ctx: ImportJobContext,
  importId: string,
  stop?: AbortSignal,
): Promise<JobOutcome> {
  const { db, settings } = ctx;
  const leaseNow = ctx.leaseNow ?? (() => new Date());
  const leaseUntil = () => new Date(leaseNow().getTime() + settings.leaseMs).toISOString();
  const jobs = importJobsRepository(db);
  const row = await db
    .selectFrom('imports')
    .select(['user_id', 'state'])
    .where('id', '=', importId)
    .executeTakeFirst();
  if (!row || row.state !== 'processing') return 'gone';
  if (await jobs.runnerBusy(row.user_id, importId, leaseNow().toISOString())) return 'deferred';
  const claimed = await jobs.claim(importId, ctx.workerId, leaseNow().toISOString(), leaseUntil());
  if (!claimed) return 'busy';
  const userId = claimed.userId;
  const imports = importsRepository<ImportStatus>(db);

  const abort = new AbortController();
  const onStop = () => abort.abort(new WorkerStopping());
  if (stop?.aborted) onStop();
  stop?.addEventListener('abort', onStop, { once: true });
  const heartbeat = setInterval(() => {
    void jobs
      .renew(importId, ctx.workerId, leaseUntil())
      .then((held) => {
        if (!held) abort.abort(new LeaseLost());
      })
      // A database that does not answer fails the import's own writes too; the lease runs on meanwhile.
      .catch(() => undefined);
  }, settings.leaseMs / 3);

  const saved = JSON.parse(claimed.statusJson) as ImportStatus;
  const ledger = await importFilesRepository<ImportFileResult>(db).list(importId);
  const status = newImportStatus(importId, saved.filename, saved.createdAt);
  status.filesTotal = saved.filesTotal;
  for (const entry of ledger) settleFile(status, entry.result);
  const resume = {
    importId,
    done: new Set(ledger.map((e) => e.key)),
    nextSeq: ledger.reduce((max, e) => Math.max(max, e.seq), -1) + 1,
  };
  const dir = await mkdtemp(join(ctx.tempRoot, 'backstride-job-'));
  let lastSave = 0;
  const saveProgress = async (s: ImportStatus) => {
    // Only progress is saved along the way; how the import ends is decided below.
    if (s.state !== 'processing' || Date.now() - lastSave < PERSIST_EVERY_MS) return;
    lastSave = Date.now();
    await imports.save(userId, importId, ctx.now().toISOString(), s);
  };
  try {
    let result: ImportStatus;
    try {
      const sources = JSON.parse(claimed.sourcesJson ?? '{"files":[]}') as UploadSources;
      const files = await fetchUpload(db, importId, sources, dir);
      result = await ctx.importer.run({
        userId,
        status,
        sources: files,
        cwd: dir,
        tempRoot: dir,
        signal: abort.signal,
        resume,
        onUpdate: saveProgress,
      });
    } catch (error) {
      result = { ...status, state: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    if (abort.signal.reason instanceof LeaseLost) return 'lost';
    if (abort.signal.reason instanceof WorkerStopping) {
      await imports.save(userId, importId, ctx.now().toISOString(), {
        ...result,
        state: 'processing',
        error: null,
      });
      await jobs.release(importId, ctx.workerId, null, true);
      return 'interrupted';
    }
    const timedOut = result.error?.startsWith('import_timeout') ?? false;
    if (result.state === 'failed' && !timedOut && claimed.attempts < settings.maxAttempts) {
      const delay = settings.retryDelayMs * 2 ** (claimed.attempts - 1);
      const runAfter = ctx.delayRetriesInRow ? new Date(leaseNow().getTime() + delay).toISOString() : null;
      await imports
        .save(userId, importId, ctx.now().toISOString(), { ...result, state: 'processing', error: null })
        .catch(() => undefined);
      await jobs.release(importId, ctx.workerId, runAfter).catch(() => undefined);
      throw new RetryLater(result.error ?? 'the import failed', claimed.attempts);
    }
    await finish(ctx, userId, importId, result);
    return 'finished';
  } finally {
    clearInterval(heartbeat);
    stop?.removeEventListener('abort', onStop);
    await rm(dir, { recursive: true, force: true });
  }
}

/** Saves how the import ended and deletes its upload and ledger, in one transaction, if it is still ours. */
async function finish(ctx: ImportJobContext, userId: string, importId: string, status: ImportStatus) {
  await ctx.db.transaction().execute(async (trx) => {
    const ours = await trx
      .selectFrom('imports')
      .select('id')
      .where('id', '=', importId)
      .where('lease_owner', '=', ctx.workerId)
      .executeTakeFirst();
    if (!ours) return;
    await importsRepository<ImportStatus>(trx).save(userId, importId, ctx.now().toISOString(), status);
    await uploadChunksRepository(trx).deleteFor(importId);
    await importFilesRepository(trx).deleteFor(importId);
    await importJobsRepository(trx).release(importId, ctx.workerId, null);
  });
}
