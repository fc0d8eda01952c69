import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type yauzl from 'yauzl';
import type { Failure } from '../../core/result';
import type { FileMeta, ImportError } from '../import-events';
import { entryKind } from './entry-kind';
import { RATIO_CHECK_MIN_BYTES, type ImportLimits, type UnpackBudget } from './limits';
import { normaliseExportPath, parseStravaActivities, type StravaActivityRow } from './strava-activities';
import { findOverlap } from './zip-layout';
import { ZipArchive, type ZipLocation } from './zip-reader';

/** What walking an archive finds, in entry order. `inputBytes`: compressed bytes of top-level entries. */
export type ArchiveItem =
  | { kind: 'file'; source: string; name: string; bytes: Uint8Array; meta?: FileMeta; inputBytes: number }
  | { kind: 'failed'; source: string; error: ImportError; inputBytes: number }
  | { kind: 'skipped'; source: string; inputBytes: number }
  | { kind: 'manual'; source: string; row: StravaActivityRow }
  /** A nested zip about to be walked: counted in bytes, not as a file. */
  | { kind: 'container'; source: string; inputBytes: number }
  | { kind: 'discovered'; files: number };

/** Shared by one top-level archive and everything nested in it. */
export interface WalkContext {
  limits: ImportLimits;
  /** The import run's unpack budget (limits.maxTotalBytes), shared with its other inputs. */
  budget: UnpackBudget;
  /** A private temp folder for nested compressed zips, created on first use. */
  tempDir: () => Promise<string>;
  tempCounter: number;
}

/**
 * Walks a zip entry by entry: activity files come out as bytes (each at most maxFileBytes),
 * nested zips are walked in turn (stored ones in place, compressed ones via a temp file, removed
 * after), Strava's activities.csv is read first so each file carries its name/type/gear.
 * Limits fail the entry, or the archive when nothing after it could be read safely.
 * @example for await (const item of walkZip({ path, offset: 0, size }, 'export.zip', 0, ctx)) console.log(item.kind);
 */
export async function* walkZip(
  location: ZipLocation,
  label: string,
  depth: number,
  ctx: WalkContext,
): AsyncGenerator<ArchiveItem> {
  const opened = await ZipArchive.open(location);
  if (!opened.ok) {
    yield failed(label, opened.error, 0);
    return;
  }
  const zip = opened.value;
  try {
    const { limits } = ctx;
    if (zip.entryCount > limits.maxEntries) {
      const message = `${label} lists ${zip.entryCount} entries, over the limit of ${limits.maxEntries}`;
      yield failed(label, { code: 'limit_exceeded', message, details: { limit: limits.maxEntries } }, 0);
      return;
    }
    const listed = await zip.listEntries();
    if (!listed.ok) {
      yield failed(label, listed.error, 0);
      return;
    }
    const entries = listed.value;
    const directory = await zip.directory(entries);
    if (directory.unlisted) {
      const count = `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`;
      const message = `${label}: its end record lists ${count}, but the archive holds more: it is not read rather than read in part`;
      yield failed(label, { code: 'entry_count_mismatch', message, details: { offset: 0 } }, 0);
      return;
    }
    const overlap = findOverlap(entries, directory.start, label);
    if (overlap) {
      yield failed(label, overlap, 0);
      return;
    }
    yield { kind: 'discovered', files: entries.filter((e) => entryKind(e.fileName) === 'activity').length };
    const strava = new Map<string, StravaActivityRow>();
    for (const entry of entries) {
      if (entryKind(entry.fileName) !== 'strava-csv') continue;
      const source = `${label}!${entry.fileName}`;
      const refused = refuse(entry, 'activity', depth, ctx); // its size, ratio and the run's budget
      if (refused) {
        yield failed(source, refused.failure, 0);
        if (refused.stopArchive) return;
        continue;
      }
      const bytes = await zip.readBytes(entry, limits.maxFileBytes);
      if (!bytes.ok) {
        yield failed(source, bytes.error, 0);
        continue;
      }
      ctx.budget.spend(bytes.value.length);
      const prefix = entry.fileName.slice(0, entry.fileName.lastIndexOf('/') + 1);
      // An export lists at most one activity per entry it may hold, and some typed in by hand.
      const parsed = parseStravaActivities(bytes.value, limits.maxEntries);
      for (const [file, row] of parsed.byFilename) strava.set(prefix + file, row);
      for (const row of parsed.manual) yield { kind: 'manual', source: `${source}#${row.activityId}`, row };
      if (parsed.truncated) {
        const message = `${entry.fileName} lists more than ${limits.maxEntries} activities (maxEntries): the rest of the list is not read`;
        yield failed(source, { code: 'limit_exceeded', message, details: { limit: limits.maxEntries } }, 0);
      }
    }
    for (const entry of entries) {
      const kind = entryKind(entry.fileName);
      if (kind === 'directory') continue;
      const source = `${label}!${entry.fileName}`;
      const inputBytes = depth === 0 ? entry.compressedSize : 0;
      if (kind === 'skip' || kind === 'strava-csv') {
        yield { kind: 'skipped', source, inputBytes };
        continue;
      }
      const refused = refuse(entry, kind, depth, ctx);
      if (refused) {
        yield failed(source, refused.failure, inputBytes);
        if (refused.stopArchive) return;
        continue;
      }
      if (kind === 'archive') {
        yield* walkNested(zip, entry, source, depth + 1, ctx, inputBytes);
        continue;
      }
      const bytes = await zip.readBytes(entry, limits.maxFileBytes);
      if (!bytes.ok) {
        yield failed(source, bytes.error, inputBytes);
        continue;
      }
      ctx.budget.spend(bytes.value.length);
      const row = strava.get(normaliseExportPath(entry.fileName));
      const meta = row ? metaOf(row) : undefined;
      yield {
        kind: 'file',
        source,
        name: entry.fileName,
        bytes: bytes.value,
        inputBytes,
        ...(meta ? { meta } : {}),
      };
    }
  } finally {
    await zip.close();
  }
}

/** A limit the entry breaks, judged from the central directory before reading a byte. */
function refuse(
  entry: yauzl.Entry,
  kind: 'activity' | 'archive',
  depth: number,
  ctx: WalkContext,
): { failure: Failure; stopArchive?: true } | null {
  const { limits } = ctx;
  const size = entry.uncompressedSize;
  if (kind === 'archive' && depth + 1 > limits.maxNestingDepth) {
    const message = `${entry.fileName}: zip nested ${depth + 1} deep, over the limit of ${limits.maxNestingDepth}`;
    return limit(message, limits.maxNestingDepth);
  }
  if (kind === 'activity' && size > limits.maxFileBytes) {
    const message = `${entry.fileName} is ${size} bytes, over the ${limits.maxFileBytes}-byte limit`;
    return limit(message, limits.maxFileBytes);
  }
  const ratio = size / Math.max(1, entry.compressedSize);
  if (size > RATIO_CHECK_MIN_BYTES && ratio > limits.maxCompressionRatio) {
    const message = `${entry.fileName} unpacks ${Math.round(ratio)}x (limit ${limits.maxCompressionRatio}x): refused as a possible zip bomb`;
    return limit(message, limits.maxCompressionRatio);
  }
  const stored = kind === 'archive' && entry.compressionMethod === 0;
  if (!stored && size > ctx.budget.left) {
    const message = `unpacking ${entry.fileName} would pass this import's ${limits.maxTotalBytes}-byte total unpack limit (maxTotalBytes): the rest of the archive is not read`;
    return { ...limit(message, limits.maxTotalBytes), stopArchive: true };
  }
  return null;
}

const limit = (message: string, value: number): { failure: Failure } => ({
  failure: { code: 'limit_exceeded', message, details: { limit: value } },
});

async function* walkNested(
  zip: ZipArchive,
  entry: yauzl.Entry,
  source: string,
  depth: number,
  ctx: WalkContext,
  inputBytes: number,
): AsyncGenerator<ArchiveItem> {
  const stored = await zip.storedLocation(entry);
  if (stored) {
    yield { kind: 'container', source, inputBytes };
    yield* walkZip(stored, source, depth, ctx);
    return;
  }
  const path = join(await ctx.tempDir(), `nested-${++ctx.tempCounter}.zip`);
  try {
    const copied = await zip.copyToFile(entry, path, ctx.budget.left);
    if (!copied.ok) {
      yield failed(source, copied.error, inputBytes);
      return;
    }
    ctx.budget.spend(copied.value);
    yield { kind: 'container', source, inputBytes };
    yield* walkZip({ path, offset: 0, size: copied.value }, source, depth, ctx);
  } finally {
    await rm(path, { force: true });
  }
}

function failed(source: string, failure: Failure, inputBytes: number): ArchiveItem {
  const details = failure.details as { offset?: unknown } | undefined;
  const offset = typeof details?.offset === 'number' ? details.offset : undefined;
  return {
    kind: 'failed',
    source,
    error: { code: failure.code, message: failure.message, ...(offset === undefined ? {} : { offset }) },
    inputBytes,
  };
}

function metaOf(row: StravaActivityRow): FileMeta {
  const meta: FileMeta = { activityId: row.activityId };
  if (row.name !== null) meta.name = row.name;
  if (row.stravaType !== null) meta.stravaType = row.stravaType;
  if (row.gear !== null) meta.gear = row.gear;
  if (row.description !== null) meta.description = row.description;
  return meta;
}

export { metaOf as stravaMeta };
