/**
 * `npm run fuzz [-- FORMAT[,FORMAT...]] [EXECUTIONS]`: coverage-guided fuzzing of each importer with
 * Jazzer.js (libFuzzer), one process per target, each input given at most 1 s. Prints per target the
 * executions, seconds and findings; a finding (an uncaught exception, a broken contract, a timeout, a
 * crash) is copied into test/fuzz-regressions/<format>/, which `npm test` replays. Exits 1 on any finding.
 * The growing corpus is kept in test-results/fuzz/corpus/ between runs; fuzz/dictionaries/ gives libFuzzer
 * each format's tokens (XML names, zip signatures, FIT headers, Strava's column names).
 * @example npm run fuzz -- fit 200000
 */
import { spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { jazzerEnvironment } from './jazzer-compat';
import { seedsFor } from './seeds';
import { FORMATS, SYNC_FORMATS, type FuzzFormat } from './targets';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const WORK = join(ROOT, 'test-results', 'fuzz');
const REGRESSIONS = join(ROOT, 'test', 'fuzz-regressions');
const DEFAULT_EXECUTIONS = 100_000;
const TIMEOUT_MS = 1_000;

interface Outcome {
  format: FuzzFormat;
  executions: number;
  seconds: number;
  findings: string[];
  exitCode: number | null;
}

function parseArgs(argv: string[]): { formats: FuzzFormat[]; executions: number } {
  let formats: FuzzFormat[] = [...FORMATS];
  let executions = DEFAULT_EXECUTIONS;
  for (const arg of argv) {
    if (/^\d+$/.test(arg)) executions = Number(arg);
    else if (arg !== 'all') {
      const asked = arg.split(',');
      const unknown = asked.filter((f) => !(FORMATS as readonly string[]).includes(f));
      if (unknown.length) {
        console.error(`unknown target ${unknown.join(', ')}: choose from ${FORMATS.join(', ')} or all`);
        process.exit(2);
      }
      formats = asked as FuzzFormat[];
    }
  }
  return { formats, executions };
}

/** One CommonJS bundle of the targets and the importers they call (npm packages stay outside it). */
async function bundleTargets(): Promise<string> {
  const outfile = join(WORK, 'build', 'targets.cjs');
  await build({
    stdin: {
      contents: `import { TARGETS } from './targets';\n${FORMATS.map((f) => `export const ${f} = TARGETS.${f};`).join('\n')}`,
      resolveDir: join(ROOT, 'fuzz'),
      sourcefile: 'jazzer-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    packages: 'external',
    outfile,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'error',
  });
  return outfile;
}

/** Writes the seeds into the target's corpus folder (beside what earlier runs found). */
function writeSeeds(format: FuzzFormat): string {
  const dir = join(WORK, 'corpus', format);
  mkdirSync(dir, { recursive: true });
  seedsFor(format).forEach((bytes, i) => writeFileSync(join(dir, `seed-${i}`), bytes));
  return dir;
}

function runTarget(
  format: FuzzFormat,
  bundle: string,
  executions: number,
  env: Record<string, string>,
): Promise<Outcome> {
  const corpus = writeSeeds(format);
  const regressions = join(REGRESSIONS, format);
  mkdirSync(regressions, { recursive: true });
  const artifacts = join(WORK, 'artifacts', format);
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  const log = join(WORK, `${format}.log`);
  const args = [
    join(ROOT, 'node_modules', '@jazzer.js', 'core', 'dist', 'cli.js'),
    bundle,
    corpus,
    regressions,
    `--fuzz_function=${format}`,
    `--timeout=${TIMEOUT_MS}`,
    '--includes=test-results/fuzz/build/',
    ...(SYNC_FORMATS.has(format) ? ['--sync'] : []),
    '--',
    `-runs=${executions}`,
    `-artifact_prefix=${artifacts}/`,
    '-rss_limit_mb=3072',
    '-max_len=16384',
    '-print_final_stats=1',
    `-dict=${join(ROOT, 'fuzz', 'dictionaries', `${format}.dict`)}`,
  ];
  const started = Date.now();
  return new Promise((done) => {
    const out = createWriteStream(log);
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const keep = (chunk: Buffer) => {
      out.write(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (exitCode) => {
      out.end();
      const seconds = (Date.now() - started) / 1000;
      const runs = /Done (\d+) runs in/.exec(tail) ?? /stat::number_of_executed_units:\s*(\d+)/.exec(tail);
      const lastPulse = [...tail.matchAll(/^#(\d+)\s/gm)].at(-1);
      const findings = readdirSync(artifacts).map((name) => {
        copyFileSync(join(artifacts, name), join(regressions, name));
        return join(relative(ROOT, regressions), name);
      });
      if (exitCode !== 0 && findings.length === 0)
        findings.push(`exit ${exitCode}: see ${relative(ROOT, log)}`);
      done({
        format,
        executions: Number(runs?.[1] ?? lastPulse?.[1] ?? 0),
        seconds,
        findings,
        exitCode,
      });
    });
  });
}

async function main(): Promise<void> {
  const { formats, executions } = parseArgs(process.argv.slice(2));
  mkdirSync(WORK, { recursive: true });
  const env = jazzerEnvironment(ROOT, WORK);
  const bundle = await bundleTargets();
  console.log(
    `fuzzing ${formats.join(', ')}: ${executions} executions each, at most ${TIMEOUT_MS} ms an input`,
  );
  const outcomes: Outcome[] = [];
  for (const format of formats) {
    const outcome = await runTarget(format, bundle, executions, env);
    outcomes.push(outcome);
    const rate = Math.round(outcome.executions / Math.max(outcome.seconds, 0.001));
    console.log(
      `${format.padEnd(4)} ${String(outcome.executions).padStart(9)} executions ${outcome.seconds.toFixed(1).padStart(7)} s ` +
        `(${rate}/s)  findings: ${outcome.findings.length}`,
    );
    for (const finding of outcome.findings) console.log(`     ${finding}`);
  }
  const short = outcomes.filter((o) => o.executions < executions && o.findings.length === 0);
  for (const o of short) console.log(`${o.format}: only ${o.executions} of ${executions} executions`);
  const failed = outcomes.some((o) => o.findings.length > 0) || short.length > 0;
  if (failed)
    console.log(
      'Findings are kept in test/fuzz-regressions/: fix the importer, then `npm test` replays them.',
    );
  process.exitCode = failed ? 1 : 0;
}

await main();
