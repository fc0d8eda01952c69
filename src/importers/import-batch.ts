import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveLimits, UnpackBudget, type ImportLimits } from './archive/limits';
import { stravaMeta } from './archive/walk-zip';
import { walkZip, type ArchiveItem, type WalkContext } from './archive/walk-zip';
import { collectInputs, type ImportInput } from './collect-inputs';
import { decodeFileMeasured } from './decode-file';
import type { FileEvent, FileMeta, ImportEvent, ProgressEvent } from './import-events';

export interface ImportOptions {
  limits?: Partial<ImportLimits>;
  /** Relative paths resolve against this. Default: process.cwd(). */
  cwd?: string;
  /** Least time between two progress events, ms (one also comes first and last). Default 250. */
  progressIntervalMs?: number;
  /** Parent folder for temp files (nested compressed zips). Default: os.tmpdir(). */
  tempRoot?: string;
}

/**
 * Imports files, folders (recursively), zips (nested too: Strava and Garmin exports) and gzipped
 * files, one event per file; one bad file never stops the rest. Never throws for bad input.
 * Ends with a `done` event. Temp files are removed even when the caller stops iterating early.
 * @example
 * for await (const event of importSources(['export.zip'], { limits: { maxFileBytes: 50e6 } })) {
 *   if (event.type === 'file' && event.ok) console.log(event.source, event.activities.length);
 * }
 */
export async function* importSources(
  paths: string[],
  options: ImportOptions = {},
): AsyncGenerator<ImportEvent> {
  const inputs = await collectInputs(paths, options.cwd ?? process.cwd());
  yield* importInputs(inputs, options);
}

/** The pipeline over already-collected inputs (importUpload names its temp file after the upload). */
export async function* importInputs(
  inputs: ImportInput[],
  options: ImportOptions,
): AsyncGenerator<ImportEvent> {
  const limits = resolveLimits(options.limits);
  const interval = options.progressIntervalMs ?? 250;
  const progress: ProgressEvent = {
    type: 'progress',
    filesDone: 0,
    filesTotal: inputs.filter((i) => i.kind !== 'archive' && i.kind !== 'skipped').length,
    filesSkipped: 0,
    bytesDone: 0,
    bytesTotal: inputs.reduce((sum, i) => sum + ('size' in i ? i.size : 0), 0),
  };
  let filesFailed = 0;
  let entries = 0;
  let activities = 0;
  let lastProgress = Date.now();
  const snapshot = (): ProgressEvent => ({ ...progress });
  const due = (): boolean => Date.now() - lastProgress >= interval;
  let tempDir: string | null = null;
  // One budget for the whole run: every input, every layer (zip, nested zip, gzip) spends from it.
  const budget = new UnpackBudget(limits.maxTotalBytes);
  const count = (event: FileEvent): FileEvent => {
    budget.spend(event.unpackedBytes ?? 0);
    progress.filesDone++;
    if (event.ok) activities += event.activities.length;
    else filesFailed++;
    return event;
  };

  yield snapshot();
  try {
    for (const input of inputs) {
      if (input.kind === 'failed') {
        yield count({ type: 'file', source: input.label, ok: false, error: input.error });
      } else if (input.kind === 'skipped') {
        progress.filesSkipped++;
        progress.bytesDone += input.size;
      } else if (input.kind === 'file') {
        yield count(await decodeDiskFile(input.path, input.label, input.size, limits, budget.left));
        progress.bytesDone += input.size;
      } else {
        const ctx: WalkContext = {
          limits,
          budget,
          tempCounter: 0,
          tempDir: async () =>
            (tempDir ??= await mkdtemp(join(options.tempRoot ?? tmpdir(), 'backstride-import-'))),
        };
        const before = progress.bytesDone;
        for await (const item of walkZip(
          { path: input.path, offset: 0, size: input.size },
          input.label,
          0,
          ctx,
        )) {
          const event = applyItem(item, progress, limits, budget.left);
          if (event?.type === 'manual') entries++;
          if (event) yield event.type === 'file' ? count(event) : event;
          if (due()) {
            lastProgress = Date.now();
            yield snapshot();
          }
        }
        progress.bytesDone = before + input.size;
      }
      if (due()) {
        lastProgress = Date.now();
        yield snapshot();
      }
    }
    yield snapshot();
    const { filesDone, filesSkipped, bytesDone } = progress;
    yield { type: 'done', filesDone, filesFailed, filesSkipped, entries, activities, bytesDone };
  } finally {
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

/** Turns what the archive walk found into an event (or only a counter update). */
function applyItem(
  item: ArchiveItem,
  progress: ProgressEvent,
  limits: ImportLimits,
  unpackLeft: number,
): ImportEvent | null {
  switch (item.kind) {
    case 'discovered':
      progress.filesTotal = (progress.filesTotal ?? 0) + item.files;
      return null;
    case 'container':
      progress.bytesDone += item.inputBytes;
      return null;
    case 'skipped':
      progress.bytesDone += item.inputBytes;
      progress.filesSkipped++;
      return null;
    case 'manual': {
      // An entry without a file is counted like one, so totals match the list of results.
      progress.filesTotal = (progress.filesTotal ?? 0) + 1;
      progress.filesDone++;
      const { row } = item;
      return {
        type: 'manual',
        source: item.source,
        meta: stravaMeta(row),
        startTime: row.startTime,
        elapsedS: row.elapsedS,
        distance: row.distance,
      };
    }
    case 'failed':
      progress.bytesDone += item.inputBytes;
      return { type: 'file', source: item.source, ok: false, error: item.error };
    case 'file':
      progress.bytesDone += item.inputBytes;
      return decodeToEvent(item.bytes, item.source, item.name, limits, item.meta, {
        maxUnpackedBytes: unpackLeft,
      });
  }
}

async function decodeDiskFile(
  path: string,
  label: string,
  size: number,
  limits: ImportLimits,
  unpackLeft: number,
): Promise<FileEvent> {
  if (size > limits.maxFileBytes) {
    const message = `${label} is ${size} bytes, over the ${limits.maxFileBytes}-byte limit`;
    return { type: 'file', source: label, ok: false, error: { code: 'limit_exceeded', message } };
  }
  let bytes: Uint8Array;
  try {
    const buffer = await readFile(path);
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength); // a view, not a copy
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      type: 'file',
      source: label,
      ok: false,
      error: { code: 'not_found', message: `cannot read ${label}: ${code}` },
    };
  }
  return decodeToEvent(bytes, label, label, limits, undefined, { maxUnpackedBytes: unpackLeft });
}

/**
 * Decodes one file's bytes into its event, with the content hash and the bytes gunzip produced
 * (`unpackedBytes`, at most `options.maxUnpackedBytes`: what is left of the run's unpack budget).
 * @example decodeToEvent(bytes, 'export.zip!a/1.fit', 'a/1.fit', resolveLimits()).ok
 */
export function decodeToEvent(
  bytes: Uint8Array,
  source: string,
  name: string,
  limits: ImportLimits,
  meta?: FileMeta,
  options: { maxUnpackedBytes?: number } = {},
): FileEvent {
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const { result, unpackedBytes } = decodeFileMeasured(bytes, name, {
    maxBytes: limits.maxFileBytes,
    maxUnpackedBytes: options.maxUnpackedBytes ?? limits.maxTotalBytes,
  });
  const withMeta = meta ? { meta } : {};
  const unpacked = unpackedBytes > 0 ? { unpackedBytes } : {};
  if (result.ok)
    return {
      type: 'file',
      source,
      ok: true,
      activities: result.value,
      contentHash,
      ...withMeta,
      ...unpacked,
    };
  const details = result.error.details as { offset?: unknown } | undefined;
  const offset = typeof details?.offset === 'number' ? details.offset : undefined;
  const error = {
    code: result.error.code,
    message: result.error.message,
    ...(offset === undefined ? {} : { offset }),
  };
  return { type: 'file', source, ok: false, error, contentHash, ...withMeta, ...unpacked };
}
