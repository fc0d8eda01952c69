/**
 * The fuzz targets: one per format, each calling the entry point the import pipeline calls for it and
 * checking the contract. A target returns (or resolves) for any bytes whose result keeps the contract;
 * it throws for anything else, and that throw is a finding. `npm run fuzz` drives these with Jazzer.js;
 * `regressions.test.ts` replays every input that ever failed through the same functions.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Activity, Lap } from '../src/core/activity/activity';
import type { Result } from '../src/core/result';
import { parseStravaActivities } from '../src/importers/archive/strava-activities';
import { decodeInThread, type Decoder } from '../src/importers/decode-event';
import { decodeFileMeasured } from '../src/importers/decode-file';
import { resolveDecodeLimits } from '../src/importers/decode-limits';
import { sniffFormat } from '../src/importers/detect';
import { decodeFit } from '../src/importers/fit/to-activities';
import { decodeGpx } from '../src/importers/gpx';
import { importInputs } from '../src/importers/import-batch';
import type { ImportEvent } from '../src/importers/import-events';
import { decodeTcx } from '../src/importers/tcx';

export const FORMATS = ['fit', 'gpx', 'tcx', 'zip', 'csv'] as const;
export type FuzzFormat = (typeof FORMATS)[number];

/** A result that breaks the contract without an exception of its own (a wrong shape, a swallowed error). */
export class FuzzFinding extends Error {
  override name = 'FuzzFinding';
}

/** What a target does with one input: returns for a kept contract, throws a finding. */
export type FuzzTarget = (bytes: Uint8Array) => void | Promise<void>;

/** The file name each format's bytes arrive under (the name only breaks ties in format sniffing). */
const FILE_NAMES: Record<'fit' | 'gpx' | 'tcx', string> = {
  fit: 'fuzz.fit',
  gpx: 'fuzz.gpx',
  tcx: 'fuzz.tcx',
};

/**
 * One activity file through `decodeFileMeasured`, as each decode worker calls it. Expected failures are
 * values; an exception a decoder threw comes back as `details.decoderError`, and is rethrown here (from
 * the decoder itself, so the finding carries its own stack).
 * @example checkDecode(bytes, 'fuzz.fit')
 */
export function checkDecode(bytes: Uint8Array, name: string): void {
  const { result, unpackedBytes } = decodeFileMeasured(bytes, name);
  if (!Number.isInteger(unpackedBytes) || unpackedBytes < 0) {
    throw new FuzzFinding(`unpackedBytes is ${unpackedBytes}`);
  }
  checkResult(result, bytes, name);
}

function checkResult(result: Result<Activity[]>, bytes: Uint8Array, name: string): void {
  if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') {
    throw new FuzzFinding(`not a Result: ${String(result)}`);
  }
  if (!result.ok) {
    const { code, message, details } = result.error;
    if (typeof code !== 'string' || typeof message !== 'string' || message === '') {
      throw new FuzzFinding(`a failure without a code or message: ${JSON.stringify(result.error)}`);
    }
    if ((details as { decoderError?: string } | undefined)?.decoderError !== undefined) {
      rethrowFromDecoder(bytes, name);
      throw new FuzzFinding(`decoder exception: ${message}`);
    }
    return;
  }
  for (const activity of result.value) {
    const negative = SUMMARY.find((key) => !noneOrAmount(activity[key]));
    if (negative) throw new FuzzFinding(`an activity's ${negative} is ${activity[negative]}`);
    if (!Number.isFinite(Date.parse(activity.startTime))) {
      throw new FuzzFinding(`an activity starts at ${activity.startTime}`);
    }
    for (const lap of activity.laps) {
      if (lap.startTime !== '' && !Number.isFinite(Date.parse(lap.startTime))) {
        throw new FuzzFinding(`a lap starts at ${lap.startTime}`);
      }
      const bad = LAP_SUMMARY.find((key) => !noneOrAmount(lap[key]));
      if (bad) throw new FuzzFinding(`a lap's ${bad} is ${lap[bad]}`);
    }
    const lengths = new Set(Object.values(activity.series).map((column) => column.length));
    if (lengths.size > 1) throw new FuzzFinding(`series columns of lengths ${[...lengths].join(', ')}`);
  }
}

/** Summary numbers the Activity type says are `null` when the file does not know them, else amounts. */
const SUMMARY = [
  'distanceM',
  'elapsedS',
  'timerS',
  'gpsDistanceM',
  'ascentM',
  'avgHeartRate',
  'avgCadenceSpm',
  'avgStepLengthMm',
  'avgVerticalOscillationMm',
  'avgGroundContactMs',
] as const satisfies readonly (keyof Activity)[];
const LAP_SUMMARY = ['elapsedS', 'timerS', 'distanceM'] as const satisfies readonly (keyof Lap)[];

/** Null, or a finite amount of at least 0 (no run lasts -2 s or covers -5 m). */
const noneOrAmount = (value: number | null): boolean =>
  value === null || (Number.isFinite(value) && value >= 0);

/** Runs the decoder `decodeFileMeasured` chose, outside its catch, so its exception surfaces as it was. */
function rethrowFromDecoder(bytes: Uint8Array, name: string): void {
  let inner = bytes;
  if (sniffFormat(bytes, name) === 'gzip') {
    try {
      inner = gunzipSync(bytes, { maxOutputLength: 100 * 1024 * 1024 });
    } catch {
      return;
    }
  }
  const limits = resolveDecodeLimits();
  const format = sniffFormat(inner, name.replace(/\.gz$/i, ''));
  if (format === 'fit') decodeFit(inner, limits);
  else if (format === 'gpx') decodeGpx(inner, limits);
  else if (format === 'tcx') decodeTcx(inner, limits);
}

let scratch: string | null = null;

/** One folder for the archive target's files, removed when the process exits. */
function scratchDir(): string {
  if (scratch) return scratch;
  const base = process.platform === 'linux' ? '/dev/shm' : tmpdir();
  let dir: string;
  try {
    dir = mkdtempSync(join(base, 'backstride-fuzz-'));
  } catch {
    dir = mkdtempSync(join(tmpdir(), 'backstride-fuzz-'));
  }
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  scratch = dir;
  return dir;
}

/**
 * One uploaded archive through `importInputs`, as an upload's is imported: written to disk, walked
 * (nested zips, Strava's activities.csv), each file decoded in this thread and checked as `checkDecode`
 * does. The walk must end with its `done` event, every file event must say ok or a coded error, and no
 * decoder may have thrown.
 * @example await checkArchive(zipBytes) // { files: 2, activities: 2 }
 */
export async function checkArchive(bytes: Uint8Array): Promise<{ files: number; activities: number }> {
  const dir = scratchDir();
  const path = join(dir, 'upload.zip');
  writeFileSync(path, bytes);
  let finding: unknown = null;
  const decode: Decoder = (request, signal) => {
    try {
      checkDecode(request.bytes, request.name);
    } catch (error) {
      finding ??= error;
    }
    return decodeInThread(request, signal);
  };
  const events: ImportEvent[] = [];
  const input = { kind: 'archive' as const, path, label: 'upload.zip', size: bytes.length };
  for await (const event of importInputs([input], { decode, tempRoot: dir, progressIntervalMs: 60_000 })) {
    events.push(event);
  }
  if (finding) throw finding;
  const last = events.at(-1);
  if (last?.type !== 'done')
    throw new FuzzFinding(`the import ended on ${last?.type ?? 'nothing'}, not done`);
  for (const event of events) {
    if (event.type !== 'file' || event.ok) continue;
    if (event.error.code === 'decoder_stopped' || typeof event.error.message !== 'string') {
      throw new FuzzFinding(`${event.source}: ${event.error.code}: ${event.error.message}`);
    }
  }
  const files = events.filter((e) => e.type === 'file').length;
  const manual = events.filter((e) => e.type === 'manual').length;
  if (last.filesDone !== files + manual) {
    throw new FuzzFinding(`done says ${last.filesDone} files, the events ${files + manual}`);
  }
  return { files: last.filesDone, activities: last.activities };
}

/** Strava's activities.csv through `parseStravaActivities`, with the bound the archive walk gives it. */
export function checkCsv(bytes: Uint8Array): void {
  const parsed = parseStravaActivities(bytes, 100_000);
  for (const row of [...parsed.byFilename.values(), ...parsed.manual]) {
    if (typeof row.activityId !== 'string') throw new FuzzFinding('a row without an activity id string');
    if (row.startTime !== null && !Number.isFinite(Date.parse(row.startTime))) {
      throw new FuzzFinding(`a row starts at ${row.startTime}`);
    }
    for (const n of [row.elapsedS, row.distance]) {
      if (n !== null && !Number.isFinite(n)) throw new FuzzFinding(`a number that is not finite: ${n}`);
    }
  }
}

/** Each format's target. */
export const TARGETS: Record<FuzzFormat, FuzzTarget> = {
  fit: (bytes) => checkDecode(bytes, FILE_NAMES.fit),
  gpx: (bytes) => checkDecode(bytes, FILE_NAMES.gpx),
  tcx: (bytes) => checkDecode(bytes, FILE_NAMES.tcx),
  zip: async (bytes) => {
    await checkArchive(bytes);
  },
  csv: checkCsv,
};

/** Targets whose work is synchronous (Jazzer.js runs them in its faster `--sync` mode). */
export const SYNC_FORMATS: ReadonlySet<FuzzFormat> = new Set(['fit', 'gpx', 'tcx', 'csv']);
