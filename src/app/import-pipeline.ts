/**
 * Importing, as one use case: the server's background imports, `backstride import` and the import
 * benchmark all run it. Files and archives are read here, decoded in worker threads (a pool with a
 * time and heap budget per file), and stored by import-runs.ts; the whole import has a time budget too.
 */
import type { Kysely } from 'kysely';
import type { ImportLimits } from '../importers/archive/limits';
import { collectInputs, type ImportInput } from '../importers/collect-inputs';
import { createDecodePool, TASKS_PER_THREAD } from '../importers/decode-pool';
import { importInputs } from '../importers/import-batch';
import type { ImportEvent } from '../importers/import-events';
import type { Database } from '../store/schema';
import { settingsRepository } from '../store/repositories/settings';
import { importIntoStore } from './import-runs';
import type { ImportSettings } from './import-settings';
import type { ImportStatus } from './import-status';

export interface ImporterOptions {
  db: Kysely<Database>;
  /** The clock new runs are dated by. */
  now: () => Date;
  settings: ImportSettings;
  /** Bounds on what one import reads (file size, entries, unpacked bytes); defaults for what is left out. */
  limits?: Partial<ImportLimits>;
}

/** One import: whose, what, and where its status goes. */
export interface ImportJob {
  userId: string;
  /** Files, folders or archives on disk; `label` names their files in the results (an upload's own name). */
  sources: { path: string; label?: string }[];
  /** Filled in as it goes (counts, per-file results), then `done` or `failed` with its reason. */
  status: ImportStatus;
  /** Relative paths resolve against it. Default process.cwd(). */
  cwd?: string;
  /** Parent folder for temp files (nested compressed zips). Default the OS temp folder. */
  tempRoot?: string;
  /** Called as progress is made and at the end; the caller decides how often to save or draw. */
  onUpdate?: (status: ImportStatus) => void | Promise<void>;
  /** Stops the import (shutdown, a lost lease): it ends `failed` with the signal's reason. */
  signal?: AbortSignal;
  /** A resumed job: the files its ledger holds, skipped unread, and where its numbering goes on. */
  resume?: { done: ReadonlySet<string>; importId: string; nextSeq: number };
}

export interface Importer {
  /** Runs one import to its end; never throws for bad files, a passed budget or a store error (`failed`). */
  run(job: ImportJob): Promise<ImportStatus>;
  /** Ends the decode threads; imports after it fail. */
  close(): Promise<void>;
}

/**
 * The importer of one process (the server makes one, a CLI command one): owns the decode threads.
 * @example
 * const importer = createImporter({ db, now: () => new Date(), settings: resolveImportSettings(process.env) });
 * const status = await importer.run({ userId, sources: [{ path: 'export.zip' }], status: newImportStatus(id, 'export.zip', now) });
 * await importer.close();
 */
export function createImporter(options: ImporterOptions): Importer {
  const { settings } = options;
  const pool = createDecodePool({
    threads: settings.decodeThreads,
    memoryMb: settings.decodeMemoryMb,
    fileTimeoutMs: settings.fileTimeoutMs,
  });
  return {
    run: (job) => runImport(options, pool.decode, job),
    close: () => pool.close(),
  };
}

/** Said when an import passes its whole-import time budget. */
export class ImportTimeout extends Error {
  readonly code = 'import_timeout';
  constructor(ms: number) {
    super(
      `import_timeout: the import took longer than the ${formatDuration(ms)} one import may take (BACKSTRIDE_IMPORT_TIMEOUT_S), so it was stopped; runs stored before then are kept`,
    );
  }
}

async function runImport(
  options: ImporterOptions,
  decode: ReturnType<typeof createDecodePool>['decode'],
  job: ImportJob,
): Promise<ImportStatus> {
  const { settings } = options;
  const stop = new AbortController();
  const timer = setTimeout(
    () => stop.abort(new ImportTimeout(settings.importTimeoutMs)),
    settings.importTimeoutMs,
  );
  const stopFromOutside = () => stop.abort(job.signal?.reason);
  if (job.signal?.aborted) stopFromOutside();
  job.signal?.addEventListener('abort', stopFromOutside, { once: true });
  const { resume } = job;
  try {
    const inputs = await collect(job.sources, job.cwd ?? process.cwd());
    const { keepOriginals } = await settingsRepository(options.db).get(job.userId);
    const events = importInputs(inputs, {
      ...(options.limits ? { limits: options.limits } : {}),
      ...(job.tempRoot ? { tempRoot: job.tempRoot } : {}),
      decode,
      // As many files as the threads hold, and one read ahead, so the threads never wait on the reading.
      window: settings.decodeThreads * TASKS_PER_THREAD + 1,
      signal: stop.signal,
      keepOriginals,
      packSeries: true,
      ...(resume ? { skip: (key: string) => resume.done.has(key) } : {}),
    });
    return await importIntoStore({
      db: options.db,
      userId: job.userId,
      status: job.status,
      events: untilStopped(events, stop.signal),
      now: options.now,
      ...(job.onUpdate ? { onUpdate: job.onUpdate } : {}),
      ...(resume ? { ledger: { importId: resume.importId, nextSeq: resume.nextSeq }, settledBefore: 0 } : {}),
    });
  } catch (error) {
    // Only collecting the inputs can throw here; importIntoStore says its own failures in the status.
    job.status.state = 'failed';
    job.status.error = error instanceof Error ? error.message : String(error);
    await job.onUpdate?.(job.status);
    return job.status;
  } finally {
    clearTimeout(timer);
    job.signal?.removeEventListener('abort', stopFromOutside);
  }
}

async function collect(sources: ImportJob['sources'], cwd: string): Promise<ImportInput[]> {
  const inputs: ImportInput[] = [];
  for (const { path, label } of sources) {
    for (const input of await collectInputs([path], cwd)) inputs.push(label ? { ...input, label } : input);
  }
  return inputs;
}

/** The events until `signal` stops the import; then its reason is thrown, so the import is `failed`. */
async function* untilStopped(
  events: AsyncIterable<ImportEvent>,
  signal: AbortSignal,
): AsyncGenerator<ImportEvent> {
  for await (const event of events) {
    if (signal.aborted) break;
    yield event;
  }
  if (signal.aborted) throw signal.reason;
}

function formatDuration(ms: number): string {
  const s = ms / 1000;
  if (s < 120) return `${Math.round(s * 10) / 10} s`;
  return `${Math.round(s / 60)} minutes`;
}
