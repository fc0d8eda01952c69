import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveLimits, UnpackBudget, type ImportLimits } from './archive/limits';
import { stravaMeta } from './archive/walk-zip';
import { walkZip, type ArchiveItem, type WalkContext } from './archive/walk-zip';
import { collectInputs, type ImportInput } from './collect-inputs';
import { decodeInThread, failedFile, type DecodeRequest, type Decoder } from './decode-event';
import type { FileEvent, ImportEvent, ProgressEvent } from './import-events';

export interface ImportOptions {
  limits?: Partial<ImportLimits>;
  /** Relative paths resolve against this. Default: process.cwd(). */
  cwd?: string;
  /** Least time between two progress events, ms (one also comes first and last). Default 250. */
  progressIntervalMs?: number;
  /** Parent folder for temp files (nested compressed zips). Default: os.tmpdir(). */
  tempRoot?: string;
  /** Decodes each file; default in this thread. The import pipeline (src/app) passes a worker pool's. */
  decode?: Decoder;
  /**
   * Files being decoded at once, while the next ones are read; events still come in input order.
   * Default 1 (one file at a time). More only helps with a decoder that works elsewhere (a pool).
   */
  window?: number;
  /** Stops the run: files being decoded are abandoned, no further events come. */
  signal?: AbortSignal;
  /** Attach each decoded file's own bytes, gzipped (`FileEvent.original`), so the store can keep them. */
  keepOriginals?: boolean;
  /** Attach each decoded activity's series packed for the store (`FileEvent.packedSeries`), made where it is decoded. */
  packSeries?: boolean;
  /**
   * Files (and entries) already done by an earlier run of the same import, by `key`: neither read
   * further nor decoded, and no event comes for them. Asked once per file, in input order.
   */
  skip?: (key: string) => boolean;
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

/**
 * The pipeline over already-collected inputs (an upload's are named after what was sent). Reading
 * (files, zip entries) happens here; each file's bytes go to `options.decode`, up to `options.window`
 * at once. Every file's gunzip output is charged to one unpack budget (limits.maxTotalBytes): a file
 * being decoded holds what it may unpack, min(maxFileBytes, what is left), and gives back what it did
 * not use when it ends, so files decoded side by side never unpack more than the budget together.
 */
export async function* importInputs(
  inputs: ImportInput[],
  options: ImportOptions,
): AsyncGenerator<ImportEvent> {
  const limits = resolveLimits(options.limits);
  const decode = options.decode ?? decodeInThread;
  const window = Math.max(1, options.window ?? 1);
  const { signal } = options;
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
    progress.filesDone++;
    if (event.ok) activities += event.activities.length;
    else filesFailed++;
    return event;
  };
  /** Events in input order; a file's settles when its decode ends. */
  const ahead: Promise<ImportEvent>[] = [];
  // `source#n`: the n-th file of that source in this run, so two uploaded files of one name differ.
  const occurrences = new Map<string, number>();
  const keyOf = (source: string): string => {
    const n = occurrences.get(source) ?? 0;
    occurrences.set(source, n + 1);
    return `${source}#${n}`;
  };
  const submit = (request: Omit<DecodeRequest, 'maxFileBytes' | 'maxUnpackedBytes'>) => {
    const key = keyOf(request.source);
    if (options.skip?.(key)) return;
    const gzip = request.bytes[0] === 0x1f && request.bytes[1] === 0x8b;
    const held = gzip ? Math.min(budget.left, limits.maxFileBytes) : 0;
    budget.spend(held);
    const full = {
      ...request,
      maxFileBytes: limits.maxFileBytes,
      maxUnpackedBytes: held,
      // Gzipped where it is decoded (a worker thread), not on this one.
      ...(options.keepOriginals ? { keepOriginal: true } : {}),
      ...(options.packSeries ? { packSeries: true } : {}),
    };
    ahead.push(
      decode(full, signal)
        .catch((error: unknown) =>
          failedFile(full, {
            code: 'decoder_stopped',
            message: `the decoder stopped: ${error instanceof Error ? error.message : String(error)}`,
          }),
        )
        .then((event) => {
          budget.spend((event.unpackedBytes ?? 0) - held);
          return { ...event, key };
        }),
    );
  };
  /** Yields settled events, oldest first, until at most `keep` are still ahead. */
  async function* settle(keep: number): AsyncGenerator<ImportEvent> {
    while (ahead.length > keep) {
      const event = await ahead.shift()!;
      if (signal?.aborted) return;
      yield event.type === 'file' ? count(event) : event;
    }
  }
  const emit = (event: ImportEvent) => {
    if (event.type === 'file' || event.type === 'manual') {
      const key = keyOf(event.source);
      if (options.skip?.(key)) return;
      ahead.push(Promise.resolve({ ...event, key }));
      return;
    }
    ahead.push(Promise.resolve(event));
  };

  yield snapshot();
  try {
    // The next file on disk is read while this one decodes (one file ahead, so at most one more in memory).
    let readAhead: { index: number; read: ReturnType<typeof readDiskFile> } | null = null;
    const readAt = (index: number) => {
      const next = inputs[index];
      return next?.kind === 'file' ? readDiskFile(next.path, next.label, next.size, limits) : null;
    };
    for (const [index, input] of inputs.entries()) {
      if (signal?.aborted) return;
      if (input.kind === 'failed') {
        emit({ type: 'file', source: input.label, ok: false, error: input.error });
      } else if (input.kind === 'skipped') {
        progress.filesSkipped++;
        progress.bytesDone += input.size;
      } else if (input.kind === 'file') {
        const read = await (readAhead?.index === index
          ? readAhead.read
          : readDiskFile(input.path, input.label, input.size, limits));
        const following = readAt(index + 1);
        readAhead = following ? { index: index + 1, read: following } : null;
        if ('bytes' in read) submit({ bytes: read.bytes, source: input.label, name: input.label });
        else emit(read);
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
          if (signal?.aborted) return;
          if (item.kind === 'file') {
            progress.bytesDone += item.inputBytes;
            const { bytes, source, name, meta } = item;
            submit({ bytes, source, name, ...(meta ? { meta } : {}) });
          } else {
            const event = applyItem(item, progress);
            if (event?.type === 'manual') entries++;
            if (event) emit(event);
          }
          yield* settle(window - 1);
          if (due()) {
            lastProgress = Date.now();
            yield snapshot();
          }
        }
        progress.bytesDone = before + input.size;
      }
      yield* settle(window - 1);
      if (due()) {
        lastProgress = Date.now();
        yield snapshot();
      }
    }
    yield* settle(0);
    if (signal?.aborted) return;
    yield snapshot();
    const { filesDone, filesSkipped, bytesDone } = progress;
    yield { type: 'done', filesDone, filesFailed, filesSkipped, entries, activities, bytesDone };
  } finally {
    ahead.length = 0;
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

/** Turns what the archive walk found (but a file to decode) into an event, or only a counter update. */
function applyItem(
  item: Exclude<ArchiveItem, { kind: 'file' }>,
  progress: ProgressEvent,
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
  }
}

/** A file's bytes, or the failed event of a file too large or unreadable. */
async function readDiskFile(
  path: string,
  label: string,
  size: number,
  limits: ImportLimits,
): Promise<{ bytes: Uint8Array } | FileEvent> {
  if (size > limits.maxFileBytes) {
    const message = `${label} is ${size} bytes, over the ${limits.maxFileBytes}-byte limit`;
    return { type: 'file', source: label, ok: false, error: { code: 'limit_exceeded', message } };
  }
  try {
    const buffer = await readFile(path);
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) }; // a view, not a copy
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      type: 'file',
      source: label,
      ok: false,
      error: { code: 'not_found', message: `cannot read ${label}: ${code}` },
    };
  }
}
