import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import { runsRepository } from '../store/repositories/runs';
import { encodeSeries } from '../store/series-codec';
import { DuplicateIndex, activityKey } from '../core/activity/batch-duplicates';
import { isSameActivity } from '../core/activity/duplicates';
import { manualRun, runFromActivity, sportOf, type Run } from '../core/runs/run';
import type { FileEvent, ImportEvent, ManualActivityEvent } from '../importers/import-events';
import { MAX_FILE_RESULTS, type ImportFileResult, type ImportStatus } from './import-status';

export interface ImportIntoStoreOptions {
  db: Kysely<Database>;
  userId: string;
  events: AsyncIterable<ImportEvent>;
  status: ImportStatus;
  now: () => Date;
  /** Called after each batch is written and at the end; the caller decides how often to persist. */
  onUpdate?: (status: ImportStatus) => void | Promise<void>;
  /** Runs written per transaction. */
  batchSize?: number;
}

const DUPLICATE_WINDOW_MS = 60_000;

/**
 * Stores what an import pipeline yields: new runs in transactional batches; the same file twice, or the
 * same activity from another format, is counted as a duplicate and not stored again. Mutates and
 * returns `status`. One failed file never stops the rest.
 */
export async function importIntoStore(options: ImportIntoStoreOptions): Promise<ImportStatus> {
  const { db, userId, status } = options;
  const repo = runsRepository(db);
  const batchSize = options.batchSize ?? 200;
  const seenHashes = new Set<string>();
  const batchIndex = new DuplicateIndex<ReturnType<typeof activityKey>>();
  let pending: { run: Run; series: Uint8Array | null }[] = [];

  const record = (result: ImportFileResult) => {
    if (status.files.length < MAX_FILE_RESULTS) status.files.push(result);
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    await db.transaction().execute((trx) => runsRepository(trx).insertMany(userId, batch));
    await options.onUpdate?.(status);
  };
  const isStoredDuplicate = async (run: Run) =>
    (await repo.keysNear(userId, run.startTime, DUPLICATE_WINDOW_MS)).some((k) => isSameActivity(k, run));

  const onFile = async (event: FileEvent) => {
    if (!event.ok && event.error.code === 'not_an_activity') {
      status.skipped++;
      record({
        source: event.source,
        status: 'skipped',
        error: { code: event.error.code, message: event.error.message },
        runIds: [],
      });
      return;
    }
    if (!event.ok) {
      status.failed++;
      record({
        source: event.source,
        status: 'failed',
        error: { code: event.error.code, message: event.error.message },
        runIds: [],
      });
      return;
    }
    if (seenHashes.has(event.contentHash) || (await repo.hasContentHash(userId, event.contentHash))) {
      status.duplicates++;
      record({ source: event.source, status: 'duplicate', error: null, runIds: [] });
      return;
    }
    seenHashes.add(event.contentHash);
    const createdAt = options.now().toISOString();
    const fresh: Run[] = [];
    // A multisport file's transitions are not training: keep the legs, drop the changeovers.
    for (const activity of event.activities.filter((a) => a.sport !== 'transition')) {
      const run = runFromActivity(activity, {
        id: randomUUID(),
        createdAt,
        contentHash: event.contentHash,
        meta: event.meta,
      });
      if (batchIndex.findDuplicate(run) || (await isStoredDuplicate(run))) continue;
      batchIndex.add(activityKey(run));
      fresh.push(run);
      pending.push({ run, series: encodeSeries(activity.series) });
    }
    if (fresh.length === 0) {
      status.duplicates++;
      record({ source: event.source, status: 'duplicate', error: null, runIds: [] });
      return;
    }
    const recovered = event.activities.some((a) => a.recovered !== null);
    status.imported++;
    if (recovered) status.recovered++;
    record({
      source: event.source,
      status: recovered ? 'recovered' : 'imported',
      error: recovered
        ? { code: 'recovered', message: event.activities.find((a) => a.recovered)?.recovered?.reason ?? '' }
        : null,
      runIds: fresh.map((r) => r.id),
    });
    if (pending.length >= batchSize) await flush();
  };

  const onManual = async (event: ManualActivityEvent) => {
    if (!event.startTime || event.elapsedS === null) {
      record({ source: event.source, status: 'skipped', error: null, runIds: [] });
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
        shoe: event.meta.gear ?? null,
        name: event.meta.name ?? null,
      },
      { id: randomUUID(), createdAt: options.now().toISOString() },
    );
    if (batchIndex.findDuplicate(run) || (await isStoredDuplicate(run))) {
      status.duplicates++;
      record({ source: event.source, status: 'duplicate', error: null, runIds: [] });
      return;
    }
    batchIndex.add(activityKey(run));
    pending.push({ run, series: null });
    status.imported++;
    record({ source: event.source, status: 'imported', error: null, runIds: [run.id] });
  };

  try {
    for await (const event of options.events) {
      if (event.type === 'progress') {
        status.filesDone = event.filesDone;
        status.filesTotal = event.filesTotal ?? null;
        status.bytesDone = event.bytesDone;
        status.bytesTotal = event.bytesTotal ?? null;
        await options.onUpdate?.(status);
      } else if (event.type === 'file') {
        await onFile(event);
      } else if (event.type === 'manual') {
        await onManual(event);
      } else {
        status.filesDone = event.filesDone;
        status.bytesDone = event.bytesDone;
      }
    }
    await flush();
    status.state = 'done';
  } catch (error) {
    // Runs already written stay: each batch was its own transaction.
    status.state = 'failed';
    status.error = error instanceof Error ? error.message : String(error);
  }
  await options.onUpdate?.(status);
  return status;
}
