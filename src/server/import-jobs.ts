import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { defaultImportSettings, type ImportSettings } from '../app/import-settings';
import type { ImportStatus } from '../app/import-status';
import { startImportJobs, type ImportJobService } from '../app/import-worker';
import { DEFAULT_JOB_SETTINGS, type JobSettings } from '../app/job-settings';
import { keepUpload } from '../app/upload-store';
import { importJobsRepository } from '../store/repositories/import-jobs';
import { importsRepository } from '../store/repositories/imports';
import { uploadChunksRepository } from '../store/repositories/upload-chunks';
import type { AppDeps } from './deps';

export interface SpooledFile {
  path: string;
  label: string;
}

/** Keeps only a safe base name of what the browser called the file. */
export const uploadLabel = (filename: string): string => {
  const name = basename(filename.replace(/\\/g, '/')).replace(/[\0/]/g, '_').slice(0, 200);
  return name === '' || name === '.' || name === '..' ? 'upload' : name;
};

/**
 * Uploads become durable import jobs: the spooled files are stored in the database, the import is
 * queued, and whichever worker takes it (this process's by default, see docs/jobs.md) runs it. The
 * status is saved as it goes, in the database, so every instance shows the same progress.
 */
export async function createImportJobs(deps: AppDeps) {
  const settings: ImportSettings = { ...defaultImportSettings(), ...deps.config.imports };
  const jobSettings: JobSettings = { ...DEFAULT_JOB_SETTINGS, ...deps.config.jobs };
  const service: ImportJobService = await startImportJobs({
    store: deps.store,
    settings,
    jobs: jobSettings,
    limits: { maxFileBytes: deps.config.maxFileBytes },
    work: jobSettings.workers,
    now: () => deps.clock.now(),
    onError: (error) => deps.logger?.error({ err: error }, 'import job'),
  });

  return {
    /**
     * Stores the upload and queues its import (the row exists, in state `receiving`); resolves once
     * queued. The spool folder is removed whatever happens.
     */
    async start(userId: string, status: ImportStatus, files: SpooledFile[], dir: string): Promise<void> {
      const { db } = deps.store;
      try {
        const sources = await keepUpload(db, status.id, files);
        // One transaction: an instance that stops between the two leaves the import `receiving` (failed
        // later, asking for the files again), never `processing` without the upload's whereabouts.
        await db.transaction().execute(async (trx) => {
          const nowIso = deps.clock.now().toISOString();
          await importsRepository<ImportStatus>(trx).save(userId, status.id, nowIso, status);
          await importJobsRepository(trx).queue(status.id, JSON.stringify(sources), nowIso);
        });
      } catch (error) {
        await uploadChunksRepository(db)
          .deleteFor(status.id)
          .catch(() => undefined);
        const failed = { ...status, state: 'failed' as const, error: 'The upload could not be stored.' };
        await deps.repos.imports
          .save(userId, status.id, deps.clock.now().toISOString(), failed)
          .catch(() => undefined);
        throw error;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      await service.send(status.id, userId);
    },
    /** Resolves when no import is unfinished: for tests. */
    idle: (): Promise<void> => service.idle(),
    /** Stops this process's workers (running imports are resumed later, here or elsewhere) and the queue. */
    close: (): Promise<void> => service.close(),
    service,
  };
}

export type ImportJobs = Awaited<ReturnType<typeof createImportJobs>>;
