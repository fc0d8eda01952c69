/**
 * The `backstride` command as a whole process, the way a self-hoster runs it:
 * (a) `backstride --help` start-up, compiled (dist/) against the same command run from source through tsx;
 * (b) `backstride inspect --json` over at least 50 MB of FIT files (the corpus, repeated) against
 *     `@garmin/fitsdk` decoding the same bytes in this process.
 * Run alone: `node bin/run-ts bench/cli.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decoder, Stream } from '@garmin/fitsdk';
import { buildServerIfNeeded } from '../scripts/build-server.mjs';
import { loadBenchCorpus } from './fit-decode.bench';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const CORPUS = resolve(ROOT, '../shared/data/activities');
const BIN = join(ROOT, 'bin/backstride');
const BIN_DEV = join(ROOT, 'bin/backstride-dev');

/** Wall time of one whole process, in milliseconds; throws when it fails. */
function timeProcess(args: string[]): { ms: number; stdout: string } {
  const started = performance.now();
  const res = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (res.status !== 0) throw new Error(`${args.join(' ')} exited ${res.status}: ${res.stderr}`);
  return { ms, stdout: res.stdout };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Median wall time of `runs` runs (after one unmeasured run, so the files are in the page cache). */
function medianMs(args: string[], runs: number): number {
  timeProcess(args);
  return median(Array.from({ length: runs }, () => timeProcess(args).ms));
}

export interface StartupResult {
  nodeMs: number;
  compiledMs: number;
  tsxMs: number;
}

/** Median start-up of `backstride --help`: bare Node, compiled, and from source with tsx. */
export function runStartupBench(runs = 20): StartupResult {
  return {
    nodeMs: medianMs(['-e', '0'], runs),
    compiledMs: medianMs([BIN, '--help'], runs),
    tsxMs: medianMs([BIN_DEV, '--help'], Math.max(5, runs >> 2)),
  };
}

export interface InspectResult {
  files: number;
  bytes: number;
  activities: number;
  cliMs: number;
  sdkMs: number;
  /** sdkMs / cliMs: how many times faster the whole command is than the SDK's decoding alone. */
  ratio: number;
}

/**
 * `backstride inspect --json` over the corpus FIT files the SDK decodes in full, named again and again
 * until they add up to `minBytes`, against `Decoder.read()` over the same bytes, file by file.
 */
export function runInspectBench(minBytes = 50e6, runs = 3): InspectResult {
  const corpus = loadBenchCorpus(CORPUS);
  const once = corpus.reduce((sum, f) => sum + f.bytes.length, 0);
  const repeats = Math.ceil(minBytes / once);
  const paths = Array.from({ length: repeats }, () => corpus.map((f) => join(CORPUS, f.name))).flat();
  const args = [BIN, 'inspect', '--json', ...paths];

  const cli = timeProcess(args); // warm-up, and the output to check
  const lines = cli.stdout.trim().split('\n');
  const failed = lines.filter((line) => !(JSON.parse(line) as { ok: boolean }).ok);
  if (failed.length > 0) throw new Error(`inspect failed on ${failed.length} files: ${failed[0]}`);
  const cliMs = median(Array.from({ length: runs }, () => timeProcess(args).ms));

  const sdkOnce = (): number => {
    const started = performance.now();
    for (const path of paths) {
      const bytes = new Uint8Array(readFileSync(path));
      const { errors } = new Decoder(Stream.fromByteArray(bytes)).read();
      if (errors.length > 0) throw new Error(`@garmin/fitsdk failed on ${path}`);
    }
    return performance.now() - started;
  };
  sdkOnce();
  const sdkMs = median(Array.from({ length: runs }, sdkOnce));
  return {
    files: paths.length,
    bytes: once * repeats,
    activities: lines.length,
    cliMs,
    sdkMs,
    ratio: sdkMs / cliMs,
  };
}

/** Prints both benchmarks, with their targets. */
export async function runCliBench(): Promise<void> {
  if (await buildServerIfNeeded()) console.log('(compiled dist/ first)');
  const s = runStartupBench();
  console.log('(c) `backstride --help` start-up, whole process, median of 20 runs');
  console.log(`    node -e 0 (the floor)          ${s.nodeMs.toFixed(0).padStart(6)} ms`);
  console.log(`    compiled (bin/backstride)      ${s.compiledMs.toFixed(0).padStart(6)} ms`);
  console.log(`    from source with tsx (before)  ${s.tsxMs.toFixed(0).padStart(6)} ms`);
  console.log(
    `    tsx / compiled ${(s.tsxMs / s.compiledMs).toFixed(1)}x  (target < 150 ms: ${s.compiledMs < 150 ? 'met' : 'NOT met'})`,
  );

  const r = runInspectBench();
  console.log(
    `\n(d) \`backstride inspect --json\`, whole process, ${r.files} FIT files (corpus repeated), ${(r.bytes / 1e6).toFixed(1)} MB, ${r.activities} activities; median of 3`,
  );
  const mbps = (ms: number) => (r.bytes / 1e6 / (ms / 1000)).toFixed(1).padStart(7);
  console.log(
    `    backstride inspect --json      ${r.cliMs.toFixed(0).padStart(6)} ms ${mbps(r.cliMs)} MB/s`,
  );
  console.log(
    `    @garmin/fitsdk in-process      ${r.sdkMs.toFixed(0).padStart(6)} ms ${mbps(r.sdkMs)} MB/s`,
  );
  console.log(`    ratio ${r.ratio.toFixed(1)}x  (target >= 10x: ${r.ratio >= 10 ? 'met' : 'NOT met'})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runCliBench();
}
