/**
 * `npm run bench:import`: (a) FIT decoding against @garmin/fitsdk on the same bytes in this process;
 * (b) a synthetic 2,000-activity Strava-style export imported end to end into SQLite, in a child process
 * (so peak RSS is the import's own), against decoding the same archive without storing as the baseline.
 * The child is compiled as `npm start` runs backstride (bench/compiled-child.ts), not run under tsx.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileImportChild } from './compiled-child';
import { runFitDecodeBench } from './fit-decode.bench';
import { buildSyntheticStravaArchive } from './strava-archive';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

interface ChildResult {
  seconds: number;
  activities: number;
  imported: number;
  duplicates: number;
  failed: number;
  peakRssMb: number;
  /** CPU seconds of the child's main thread: reading the archive and writing the runs. */
  mainCpuS: number;
  /** CPU seconds of the whole child, decode threads included. */
  cpuS: number;
}

/** `threads`: decode threads (BACKSTRIDE_DECODE_THREADS); undefined for the default, one per CPU. */
function child(script: string, zip: string, target: string, threads?: number): ChildResult {
  const env = { ...process.env };
  if (threads === undefined) delete env.BACKSTRIDE_DECODE_THREADS;
  else env.BACKSTRIDE_DECODE_THREADS = String(threads);
  const out = execFileSync(process.execPath, [script, zip, target], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
    env,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildResult;
}

export async function runImportBench(count = 2000): Promise<void> {
  console.log('(a) FIT decode to Activity, every valid corpus FIT file, ~3 s per decoder');
  const fit = await runFitDecodeBench(3);
  console.log(
    `    files ${fit.files}, ${(fit.bytes / 1e6).toFixed(2)} MB, ${fit.records.toLocaleString('en')} records per pass`,
  );
  console.log(
    `    backstride      ${fit.ours.mbps.toFixed(1).padStart(7)} MB/s ${Math.round(fit.ours.recordsPerS).toLocaleString('en').padStart(12)} records/s`,
  );
  console.log(
    `    @garmin/fitsdk  ${fit.sdk.mbps.toFixed(1).padStart(7)} MB/s ${Math.round(fit.sdk.recordsPerS).toLocaleString('en').padStart(12)} records/s`,
  );
  console.log(`    ratio ${fit.ratio.toFixed(1)}x  (target >= 15x: ${fit.ratio >= 15 ? 'met' : 'NOT met'})`);

  const dir = mkdtempSync(join(tmpdir(), 'backstride-bench-'));
  const compiled = await compileImportChild(ROOT);
  try {
    const zip = join(dir, 'strava-export.zip');
    const built = await buildSyntheticStravaArchive(zip, count);
    console.log(
      `\n(b) ${built.activities} activities in a Strava-style export (${(statSync(zip).size / 1e6).toFixed(0)} MB zip, ${built.sources.length} corpus sources)`,
    );
    const cpus = availableParallelism();
    const baseline = child(compiled.path, zip, '--decode-only');
    const single = child(compiled.path, zip, join(dir, 'single.db'), 1);
    const full = child(compiled.path, zip, join(dir, 'bench.db'));
    const row = (name: string, r: ChildResult) =>
      `    ${name.padEnd(26)} ${r.seconds.toFixed(2).padStart(7)} s ${(r.activities / r.seconds).toFixed(0).padStart(7)} activities/s  peak RSS ${r.peakRssMb.toFixed(0).padStart(4)} MB  CPU ${r.cpuS.toFixed(1).padStart(5)} s, main thread ${r.mainCpuS.toFixed(1).padStart(5)} s`;
    console.log(row(`decode only, ${cpus} threads`, baseline));
    console.log(row('import, 1 decode thread', single));
    console.log(row(`import, ${Math.min(cpus, 4)} decode threads`, full));
    console.log(
      `    stored ${full.activities} runs (imported files ${full.imported}, duplicates ${full.duplicates}, failed ${full.failed})`,
    );
    console.log(`    import / decode-only time: ${(full.seconds / baseline.seconds).toFixed(2)}x`);
    console.log(`    every core / one decode thread: ${(single.seconds / full.seconds).toFixed(2)}x faster`);
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(
      `    targets: <= 4 s (${met(full.seconds <= 4)}), peak RSS <= 300 MB (${met(full.peakRssMb <= 300)}) for ${built.activities} activities`,
    );
  } finally {
    compiled.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runImportBench(Number(process.argv[2] ?? 2000));
}
