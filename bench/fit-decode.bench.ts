/**
 * FIT decode throughput: backstride's own decoder (bytes -> Activity[]) against
 * `@garmin/fitsdk`'s Decoder (bytes -> messages, default options) on the same corpus bytes.
 * Run: `node bin/run-ts bench/fit-decode.bench.ts` (prints a table).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decoder, Stream } from '@garmin/fitsdk';
import { decodeFit } from '../src/importers/fit/to-activities';

export interface Throughput {
  mbps: number;
  recordsPerS: number;
}

export interface FitDecodeBenchResult {
  ours: Throughput;
  sdk: Throughput;
  /** ours.mbps / sdk.mbps */
  ratio: number;
  files: number;
  bytes: number;
  records: number;
}

const CORPUS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/data/activities');

/** Valid top-level FIT files the SDK decodes in full (it rejects compressed timestamps and one summary-first file). */
export function loadBenchCorpus(dir = CORPUS): { name: string; bytes: Uint8Array; records: number }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.fit'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }))
    .map((f) => ({ ...f, records: sdkRecords(f.bytes) }))
    .filter((f) => f.records > 0);
}

function sdkDecode(bytes: Uint8Array): { records: number; errors: number } {
  const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read();
  return { records: messages.recordMesgs?.length ?? 0, errors: errors.length };
}

function sdkRecords(bytes: Uint8Array): number {
  const r = sdkDecode(bytes);
  return r.errors === 0 ? r.records : 0;
}

function oursDecode(bytes: Uint8Array): number {
  const r = decodeFit(bytes);
  if (!r.ok) throw new Error(r.error.message);
  let n = 0;
  for (const a of r.value) n += a.series.t.length;
  return n;
}

function measure(
  files: { bytes: Uint8Array }[],
  decode: (b: Uint8Array) => number,
  seconds: number,
): Throughput {
  for (const f of files) decode(f.bytes); // warm-up
  let bytes = 0;
  let records = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const f of files) {
      records += decode(f.bytes);
      bytes += f.bytes.length;
    }
    elapsed = (performance.now() - start) / 1000;
  } while (elapsed < seconds);
  return { mbps: bytes / 1e6 / elapsed, recordsPerS: records / elapsed };
}

/**
 * Runs both decoders for about `seconds` each and reports MB/s, records/s and the ratio.
 * @example const { ratio } = await runFitDecodeBench(); // target >= 15
 */
export async function runFitDecodeBench(seconds = 3): Promise<FitDecodeBenchResult> {
  const files = loadBenchCorpus();
  if (files.length === 0) throw new Error(`no FIT files in ${CORPUS}`);
  const ours = measure(files, oursDecode, seconds);
  const sdk = measure(files, (b) => sdkDecode(b).records, seconds);
  return {
    ours,
    sdk,
    ratio: ours.mbps / sdk.mbps,
    files: files.length,
    bytes: files.reduce((s, f) => s + f.bytes.length, 0),
    records: files.reduce((s, f) => s + f.records, 0),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await runFitDecodeBench();
  const row = (name: string, t: Throughput): string =>
    `${name.padEnd(16)} ${t.mbps.toFixed(1).padStart(9)} ${Math.round(t.recordsPerS).toLocaleString('en').padStart(14)}`;
  console.log(
    `FIT decode, ${r.files} files, ${(r.bytes / 1e6).toFixed(2)} MB, ${r.records} records per pass`,
  );
  console.log(`${'decoder'.padEnd(16)} ${'MB/s'.padStart(9)} ${'records/s'.padStart(14)}`);
  console.log(row('backstride', r.ours));
  console.log(row('@garmin/fitsdk', r.sdk));
  console.log(`ratio ${r.ratio.toFixed(1)}x (target >= 15x)`);
}
