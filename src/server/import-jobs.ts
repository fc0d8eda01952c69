import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { collectInputs, type ImportInput } from '../importers/collect-inputs';
import { importInputs } from '../importers/import-batch';
import type { ImportLimits } from '../importers/archive/limits';
import { importIntoStore } from '../app/import-runs';
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

/** A private folder for one upload's files; removed when its import ends. */
export const makeSpoolDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'backstride-import-'));

/** Writes one uploaded part to the spool folder, streaming. */
export async function spool(
  dir: string,
  index: number,
  filename: string,
  stream: Readable,
): Promise<SpooledFile> {
  const label = uploadLabel(filename);
  const extension = /(\.[a-z0-9]{1,8}){1,2}$/i.exec(label)?.[0] ?? '';
  const path = join(dir, `${index}${extension}`);
  await pipeline(stream, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  return { path, label };
}

/**
 * Runs imports in the background of this process, one at a time per server so a big archive does not
 * starve requests; the status is saved as it goes so a runner can leave and come back.
 */
export function createImportJobs(deps: AppDeps, limits: Partial<ImportLimits> = {}) {
  let queue: Promise<void> = Promise.resolve();
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
      const inputs: ImportInput[] = [];
      for (const file of files) {
        for (const input of await collectInputs([file.path], dir))
          inputs.push({ ...input, label: file.label });
      }
      await importIntoStore({
        db: deps.store.db,
        userId,
        status,
        events: importInputs(inputs, { limits, tempRoot: dir }),
        now: () => deps.clock.now(),
        onUpdate: (s) => save(s, s.state !== 'processing'),
      });
    } catch (error) {
      status.state = 'failed';
      status.error = error instanceof Error ? error.message : String(error);
    } finally {
      await save(status, true).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    }
  };

  return {
    /** Queues an import; resolves when it has finished (the HTTP route does not wait). */
    start(userId: string, status: ImportStatus, files: SpooledFile[], dir: string): Promise<void> {
      queue = queue.then(() => run(userId, status, files, dir));
      return queue;
    },
    /** Resolves when every queued import has finished: for tests and shutdown. */
    idle: (): Promise<void> => queue,
  };
}

export type ImportJobs = ReturnType<typeof createImportJobs>;
