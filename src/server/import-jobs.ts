import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { createImporter } from '../app/import-pipeline';
import { createImportQueue } from '../app/import-queue';
import { defaultImportSettings, type ImportSettings } from '../app/import-settings';
import type { ImportStatus } from '../app/import-status';
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
 * Runs uploads' imports in the background of this process: the import use case decodes in worker
 * threads, and a fair queue runs a few at once, each runner's in turn. The status is saved as it goes
 * so a runner can leave and come back; the upload's folder is removed when its import ends.
 */
export function createImportJobs(deps: AppDeps) {
  const settings: ImportSettings = { ...defaultImportSettings(), ...deps.config.imports };
  const importer = createImporter({
    db: deps.store.db,
    now: () => deps.clock.now(),
    settings,
    limits: { maxFileBytes: deps.config.maxFileBytes },
  });
  const queue = createImportQueue({ concurrency: settings.importsAtOnce, perOwner: 1 });
  const persistEveryMs = 400;

  const run = async (userId: string, status: ImportStatus, files: SpooledFile[], dir: string) => {
    let lastSave = 0;
    const save = async (s: ImportStatus, force = false) => {
      const now = Date.now();
      if (!force && now - lastSave < persistEveryMs) return;
      lastSave = now;
      await deps.repos.imports.save(userId, s.id, deps.clock.now().toISOString(), s);
    };
    try {
      await importer.run({
        userId,
        status,
        sources: files.map((f) => ({ path: f.path, label: f.label })),
        cwd: dir,
        tempRoot: dir,
        onUpdate: (s) => save(s, s.state !== 'processing'),
      });
    } finally {
      await save(status, true).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    }
  };

  return {
    /** Queues an import; resolves when it has finished (the HTTP route does not wait). */
    start(userId: string, status: ImportStatus, files: SpooledFile[], dir: string): Promise<void> {
      return queue.add(userId, () => run(userId, status, files, dir));
    },
    /** Resolves when every queued import has finished: for tests and shutdown. */
    idle: (): Promise<void> => queue.idle(),
    /** Ends the decode threads (after `idle`, at shutdown). */
    close: (): Promise<void> => importer.close(),
  };
}

export type ImportJobs = ReturnType<typeof createImportJobs>;
