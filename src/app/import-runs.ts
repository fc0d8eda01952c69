import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import { runsRepository } from '../store/repositories/runs';
import { shoesRepository } from '../store/repositories/shoes';
import { activityFilesRepository, type NewActivityFile } from '../store/repositories/activity-files';
import { importFilesRepository } from '../store/repositories/import-files';
import { encodeSeriesAsync } from '../importers/series-codec';
import { DuplicateIndex, activityKey, type ActivityKey } from '../core/activity/batch-duplicates';
import { isSameActivity } from '../core/activity/duplicates';
import { outcomeOf } from '../core/imports/import-counts';
import { manualRun, runFromActivity, sportOf, type Run } from '../core/runs/run';
import type { FileEvent, ImportEvent, ManualActivityEvent } from '../importers/import-events';
import { discardsUnwritten, MAX_BATCH_FILES, MAX_HOLD_MS, QUIET, QUIET_MS, withQuiet } from './group-commit';
import { resettleFile, settleFile, type ImportFileResult, type ImportStatus } from './import-status';
import { ImportShoes } from './shoes';

export interface ImportIntoStoreOptions {
  db: Kysely<Database>;
  userId: string;
  events: AsyncIterable<ImportEvent>;
  /** Files already settled in it (uploads refused before reading) stay counted. */
  status: ImportStatus;
  now: () => Date;
  /** Called after each batch is written and at the end; the caller decides how often to persist. */
  onUpdate?: (status: ImportStatus) => void | Promise<void>;
  /** Most files settled per transaction (see group-commit.ts). Default MAX_BATCH_FILES. */
  maxBatchFiles?: number;
  /**
   * Keep the import's ledger: each settled file's result is written in the transaction of its runs
   * (files without runs with the next one), numbered from `nextSeq`, so a resumed run knows what is done.
   */
  ledger?: { importId: string; nextSeq: number };
  /** Files settled before the events begin that the events do not count (uploads refused before reading). */
  settledBefore?: number;
}

const DUPLICATE_WINDOW_MS = 60_000;
/** An activity stored or about to be, and the result of the file (in this import) it came from. */
type Known = ActivityKey & { id: string; result: ImportFileResult | null };

/**
 * Stores what an import pipeline yields: new runs in transactional batches; the same file twice, or the
 * same activity from another format, is a duplicate and not stored again. A complete copy of an
 * activity takes the place of a partly read one. Each file is counted once, by the rules in
 * src/core/imports/import-counts.ts. Mutates and returns `status`. One failed file never stops the rest.
 */
export async function importIntoStore(options: ImportIntoStoreOptions): Promise<ImportStatus> {
  const { db, userId, status } = options;
  const repo = Object.assign(runsRepository(db), { shoes: shoesRepository(db) });
  const maxBatchFiles = options.maxBatchFiles ?? MAX_BATCH_FILES;
  /** Files settled since the last transaction, and when the first of them was. */
  let unwritten = 0;
  let heldSince = 0;
  const settledBefore = options.settledBefore ?? status.filesDone;
  const { ledger } = options;
  /** Results to write to the ledger with the next transaction, and each one's key and number. */
  const ledgerKeys = new Map<ImportFileResult, { key: string; seq: number }>();
  let dirty = new Set<ImportFileResult>();
  const settle = (result: ImportFileResult, key: string | undefined) => {
    settleFile(status, result);
    if (unwritten++ === 0) heldSince = performance.now();
    if (!ledger || key === undefined) return;
    ledgerKeys.set(result, { key, seq: ledger.nextSeq++ });
    dirty.add(result);
  };
  const seenHashes = new Set<string>();
  const index = new DuplicateIndex<Known>();
  const replacedIds = new Set<string>();
  let pending: { run: Run; series: Uint8Array | null }[] = [];
  let toDelete: string[] = [];
  /** Files to keep with the next batch; `result.runIds` is read at the write, after any replacement. */
  let files: { file: Omit<NewActivityFile, 'runId'>; result: ImportFileResult }[] = [];
  let shoes: ImportShoes | null = null;
  const importShoes = async () =>
    (shoes ??= await ImportShoes.load({ repos: { shoes: repo.shoes } }, userId));

  const flush = async () => {
    unwritten = 0;
    if (pending.length === 0 && toDelete.length === 0 && files.length === 0 && dirty.size === 0) return;
    const settled = [...dirty].map((result) => ({ ...ledgerKeys.get(result)!, result }));
    dirty = new Set();
    const batch = pending;
    const gone = toDelete;
    const kept = files.map(({ file, result }) => ({ ...file, runId: result.runIds[0] ?? null }));
    files = [];
    const newShoes = shoes?.takePending() ?? [];
    pending = [];
    toDelete = [];
    await db.transaction().execute(async (trx) => {
      // Shoes an export's gear named first appear here, with the runs that wear them.
      await shoesRepository(trx).insertMany(userId, newShoes);
      await runsRepository(trx).insertMany(userId, batch);
      await runsRepository(trx).deleteMany(userId, gone);
      await activityFilesRepository(trx).insertMany(userId, kept);
      if (ledger) await importFilesRepository<ImportFileResult>(trx).put(ledger.importId, settled);
    });
    await options.onUpdate?.(status);
  };

  /** The activity stored already or earlier in this import that `run` is a copy of, if any. */
  const findSame = async (run: Run): Promise<Known | null> => {
    const key = activityKey(run);
    const inImport = index.findDuplicate(key);
    if (inImport) return inImport;
    const stored = await repo.keysNear(userId, run.startTime, DUPLICATE_WINDOW_MS);
    const same = stored.find((k) => !replacedIds.has(k.id) && isSameActivity(k, key));
    return same ? { ...same, result: null } : null;
  };

  /** A partly read run gives way to a complete copy: it is not stored, or deleted with the next batch. */
  const replace = (partial: Known) => {
    index.remove(partial);
    replacedIds.add(partial.id);
    const waiting = pending.findIndex((p) => p.run.id === partial.id);
    if (waiting >= 0) pending.splice(waiting, 1);
    else toDelete.push(partial.id);
    if (!partial.result) {
      status.replaced++;
      return;
    }
    // Its file came earlier in this import: it no longer added that run.
    if (ledgerKeys.has(partial.result)) dirty.add(partial.result);
    resettleFile(status, partial.result, (r) => {
      r.runIds = r.runIds.filter((id) => id !== partial.id);
      if (r.runIds.length > 0) return;
      r.status = 'duplicate';
      r.error = {
        code: 'duplicate',
        message: 'a complete copy of this activity came later in this import and was kept instead',
      };
    });
  };

  /**
   * Stores `run` unless it is already here, in the shoe its export's `gear` names or its sport's default;
   * returns whether it was stored and what it replaced.
   */
  const add = async (found: Run, series: Uint8Array | null, result: ImportFileResult, gear?: string) => {
    const same = await findSame(found);
    // Only a complete recording replaces a partly read one; a typed-in entry never does.
    const better = same?.partial === true && found.recovered === null && found.source === 'import';
    if (same && !better) return { added: false, replaced: null };
    if (same) replace(same);
    const run = { ...found, shoeId: (await importShoes()).shoeFor(found, gear, options.now()) };
    index.add({ ...activityKey(run), id: run.id, result });
    pending.push({ run, series });
    result.runIds.push(run.id);
    return { added: true, replaced: same && !same.result ? same.id : null };
  };

  const onFile = async (event: FileEvent) => {
    const { source } = event;
    if (!event.ok) {
      const { code, message } = event.error;
      const status1 = code === 'not_an_activity' ? 'skipped' : 'failed';
      settle({ source, status: status1, error: { code, message }, runIds: [], entry: false }, event.key);
      return;
    }
    const again = seenHashes.has(event.contentHash);
    if (again || (await repo.hasContentHash(userId, event.contentHash))) {
      const message = again
        ? 'the same file came earlier in this import'
        : 'the same file was imported before';
      settle(
        { source, status: 'duplicate', error: { code: 'duplicate', message }, runIds: [], entry: false },
        event.key,
      );
      return;
    }
    seenHashes.add(event.contentHash);
    const result: ImportFileResult = { source, status: 'imported', error: null, runIds: [], entry: false };
    const createdAt = options.now().toISOString();
    // A multisport file's transitions are not training: keep the legs, drop the changeovers.
    const held = event.activities.filter((a) => a.sport !== 'transition');
    const replaced: string[] = [];
    for (const [i, activity] of event.activities.entries()) {
      if (activity.sport === 'transition') continue;
      const run = runFromActivity(activity, {
        id: randomUUID(),
        createdAt,
        contentHash: event.contentHash,
        meta: event.meta,
      });
      // Packed by the decode thread when it could; otherwise here, off this thread.
      const packed = event.packedSeries?.[i];
      const series = packed === undefined ? await encodeSeriesAsync(activity.series) : packed;
      const added = await add(run, series, result, event.meta?.gear);
      if (added.replaced) replaced.push(added.replaced);
    }
    const damaged = event.activities.find((a) => a.recovered !== null)?.recovered ?? null;
    result.status = outcomeOf({
      read: 'ok',
      damaged: damaged !== null,
      held: held.length,
      added: result.runIds.length,
    });
    result.error = fileNote(result.status, damaged?.reason ?? '', replaced);
    settle(result, event.key);
    keepFile(event, result, held[0]?.format ?? null);
  };

  /** A file that gave runs is kept (its original), unless they were all here already. */
  const keepFile = (event: FileEvent & { ok: true }, result: ImportFileResult, format: string | null) => {
    if (!event.original || result.runIds.length === 0) return;
    const { name, sizeBytes, gzip } = event.original;
    files.push({
      file: {
        id: randomUUID(),
        importId: status.id,
        name,
        format,
        sizeBytes,
        sha256: event.contentHash,
        gzip,
        createdAt: options.now().toISOString(),
      },
      result,
    });
  };

  const onManual = async (event: ManualActivityEvent) => {
    const { source } = event;
    const result: ImportFileResult = { source, status: 'imported', error: null, runIds: [], entry: true };
    if (!event.startTime || event.elapsedS === null) {
      const missing = !event.startTime ? 'a start time' : 'a duration';
      result.status = 'skipped';
      result.error = { code: 'incomplete_entry', message: `the export's list gives it without ${missing}` };
      settle(result, event.key);
      return;
    }
    const { sport, subSport } = sportOf({ sport: 'generic', subSport: 'generic' }, event.meta);
    const run = manualRun(
      {
        startTime: event.startTime,
        // Strava's export gives km for runs.
        distanceM: (event.distance ?? 0) * 1000,
        elapsedS: event.elapsedS,
        indoor: subSport === 'treadmill',
        sport,
        subSport,
        name: event.meta.name ?? null,
      },
      { id: randomUUID(), createdAt: options.now().toISOString() },
    );
    const { added } = await add(run, null, result, event.meta.gear);
    if (!added) {
      result.status = 'duplicate';
      result.error = {
        code: 'duplicate',
        message: 'an activity with the same start, sport and distance is here',
      };
    }
    settle(result, event.key);
  };

  /** Whether an event is being stored: an error then came from storing, not from the events stopping. */
  let busy = false;
  try {
    for await (const event of withQuiet(options.events, QUIET_MS)) {
      busy = true;
      const due = unwritten >= maxBatchFiles || performance.now() - heldSince >= MAX_HOLD_MS;
      if (event === QUIET || (unwritten > 0 && due)) await flush();
      if (event === QUIET) {
        busy = false;
        continue;
      }
      if (event.type === 'progress') {
        status.filesTotal =
          event.filesTotal === undefined
            ? null
            : Math.max(settledBefore + event.filesTotal, status.filesDone);
        status.bytesDone = event.bytesDone;
        status.bytesTotal = event.bytesTotal ?? null;
        await options.onUpdate?.(status);
      } else if (event.type === 'file') {
        await onFile(event);
      } else if (event.type === 'manual') {
        await onManual(event);
      } else {
        status.bytesDone = event.bytesDone;
      }
      busy = false;
    }
    busy = true;
    await flush();
    status.filesTotal = status.filesDone;
    status.state = 'done';
  } catch (error) {
    // A stop keeps the files settled until then, unless another worker now redoes them.
    if (!busy && !discardsUnwritten(error)) await flush().catch(() => undefined);
    // Runs already written stay: each batch was its own transaction.
    status.state = 'failed';
    status.error = error instanceof Error ? error.message : String(error);
  }
  await options.onUpdate?.(status);
  return status;
}

/** The code and technical message said about a file that was read. */
function fileNote(
  outcome: ImportFileResult['status'],
  damage: string,
  replaced: string[],
): ImportFileResult['error'] {
  if (outcome === 'recovered') return { code: 'partly_read', message: damage };
  if (outcome === 'skipped')
    return { code: 'not_an_activity', message: 'it holds only changeovers between sports' };
  if (outcome === 'duplicate') {
    const message = 'every activity in it is already here (same start, sport and distance)';
    return { code: 'duplicate', message: damage ? `${message}; it is also damaged: ${damage}` : message };
  }
  if (replaced.length > 0) {
    return { code: 'replaced_partial', message: `took the place of partly read run ${replaced.join(', ')}` };
  }
  return null;
}
