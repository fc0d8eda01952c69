/**
 * Builds a synthetic Strava bulk export (activities.csv + activities/<id>.<fmt>.gz) of many
 * distinct runs from the corpus, for import benchmarks. Each activity is a corpus run moved by its
 * own number of whole days, so no two are duplicates: FIT dates are patched field by field
 * (bench/time-shift), GPX/TCX timestamps rewritten in the text. Every shifted source is checked
 * once by decoding it. Run: `node bin/run-ts bench/strava-archive.ts OUT.zip [COUNT]`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Activity } from '../src/core/activity/activity';
import { activityKey, DuplicateIndex } from '../src/core/activity/batch-duplicates';
import { decodeFile } from '../src/importers/decode-file';
import { ZipFileWriter } from '../test/support/importers/zip-writer';
import { shiftFitDays, shiftXmlDays } from './time-shift';

const CORPUS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/data/activities');
/** Larger sources would make a 2,000-activity archive needlessly big. */
const MAX_SOURCE_BYTES = 1024 * 1024;
const GEAR = ['Pegasus 40', 'Novablast 4', 'Speedgoat 5', ''];
const HEADER =
  'Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,' +
  'Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,' +
  'Bike Weight,Elapsed Time,Moving Time,Distance';

interface Source {
  file: string;
  format: 'fit' | 'gpx' | 'tcx';
  bytes: Uint8Array;
  activity: Activity;
}

export interface SyntheticArchive {
  path: string;
  activities: number;
  /** Corpus files used, each many times. */
  sources: string[];
}

/**
 * Writes a Strava-style zip of `count` distinct running activities to `outPath` (streamed to disk).
 * @example const { activities } = await buildSyntheticStravaArchive('/tmp/strava-2000.zip');
 */
export async function buildSyntheticStravaArchive(
  outPath: string,
  count = 2000,
  corpusDir = CORPUS,
): Promise<SyntheticArchive> {
  const sources = loadRunSources(corpusDir);
  if (sources.length === 0) throw new Error(`no usable running files in ${corpusDir}`);
  const zip = await ZipFileWriter.create(outPath);
  const rows = [HEADER];
  const seen = new DuplicateIndex();
  let day = 0;
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const start = Date.parse(source.activity.startTime);
    // A whole day more until no earlier activity starts within the duplicate tolerance.
    let key;
    do {
      day++;
      key = { ...activityKey(source.activity), startTime: new Date(start + day * 86_400_000).toISOString() };
    } while (seen.findDuplicate(key));
    seen.add(key);
    const id = String(2_000_000_000 + i);
    const bytes = shiftSource(source, day);
    const plain = i % 100 === 99; // real exports hold a few files not gzipped
    const filename = `activities/${id}.${source.format}${plain ? '' : '.gz'}`;
    await zip.add({
      name: filename,
      data: plain ? bytes : gzipSync(bytes),
      method: plain ? 'deflate' : 'store',
    });
    rows.push(csvRow(id, key.startTime, source.activity, filename, i));
  }
  await zip.add({ name: 'activities.csv', data: `${rows.join('\n')}\n`, method: 'deflate' });
  await zip.close();
  return { path: outPath, activities: count, sources: sources.map((s) => s.file) };
}

/** Top-level corpus runs (MANIFEST notes start with "run", "trail run", ...) that decode cleanly and shift correctly. */
export function loadRunSources(corpusDir = CORPUS): Source[] {
  const [, ...lines] = readFileSync(join(corpusDir, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const out: Source[] = [];
  for (const line of lines) {
    const [file = '', , size = '0', format = '', notes = ''] = line.split('\t');
    if (file.includes('/') || !/^(fit|gpx|tcx)$/.test(format) || Number(size) > MAX_SOURCE_BYTES) continue;
    if (!/^(run|trail run|treadmill run|outdoor run)\b/i.test(notes)) continue;
    const bytes = new Uint8Array(readFileSync(join(corpusDir, file)));
    const decoded = decodeFile(bytes, file);
    if (!decoded.ok || decoded.value.length !== 1 || decoded.value[0]!.recovered) continue;
    const source: Source = { file, format: format as Source['format'], bytes, activity: decoded.value[0]! };
    if (shiftsCleanly(source)) out.push(source);
  }
  return out;
}

function shiftSource(source: Source, days: number): Uint8Array {
  if (source.format === 'fit') {
    const shifted = shiftFitDays(source.bytes, days);
    if (!shifted) throw new Error(`${source.file} cannot be shifted`);
    return shifted;
  }
  return new TextEncoder().encode(shiftXmlDays(new TextDecoder().decode(source.bytes), days));
}

function shiftsCleanly(source: Source): boolean {
  if (source.format === 'fit' && !shiftFitDays(source.bytes, 1)) return false;
  const decoded = decodeFile(shiftSource(source, 1), source.file);
  if (!decoded.ok || decoded.value.length !== 1) return false;
  const moved = decoded.value[0]!;
  const delta = Date.parse(moved.startTime) - Date.parse(source.activity.startTime);
  return delta === 86_400_000 && moved.recovered === null && moved.distanceM === source.activity.distanceM;
}

function csvRow(id: string, startTime: string, a: Activity, filename: string, i: number): string {
  const elapsed = a.elapsedS ?? 0;
  const km = a.distanceM === null ? '' : (a.distanceM / 1000).toFixed(2);
  const gear = GEAR[i % GEAR.length] ?? '';
  const name = i % 7 === 0 ? `"Run ${i + 1}, with a comma"` : `Run ${i + 1}`;
  return [
    id,
    `"${stravaDate(startTime)}"`,
    name,
    'Run',
    '',
    Math.round(elapsed),
    km,
    '',
    '',
    'false',
    '',
    gear,
    filename,
    '',
    '',
    elapsed.toFixed(1),
    (a.timerS ?? elapsed).toFixed(1),
    a.distanceM?.toFixed(1) ?? '',
  ].join(',');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Aug 15, 2015, 2:45:08 PM" in UTC, as Strava writes it. */
function stravaDate(iso: string): string {
  const d = new Date(iso);
  const h = d.getUTCHours();
  const pad = (n: number): string => String(n).padStart(2, '0');
  const time = `${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${time}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [out = 'strava-synthetic.zip', count = '2000'] = process.argv.slice(2);
  const built = await buildSyntheticStravaArchive(resolve(out), Number(count));
  console.log(
    `${built.path}: ${built.activities} activities from ${built.sources.length} sources: ${built.sources.join(', ')}`,
  );
}
