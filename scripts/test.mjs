// `npm test`: builds the web app, then runs the three tiers (small, medium, e2e) and prints one summary.
// Under CI=true nothing may be skipped: a skipped test or tier fails the run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebIfNeeded } from './build-web-if-needed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ci = process.env.CI === 'true';
const tiers = process.argv.slice(2).length ? process.argv.slice(2) : ['small', 'medium', 'e2e'];
mkdirSync(join(root, 'test-results'), { recursive: true });
if (tiers.includes('e2e')) buildWebIfNeeded({ force: ci });

const summary = [];
let failed = false;
for (const tier of tiers) {
  const report = join(root, 'test-results', `vitest-${tier}.json`);
  const started = Date.now();
  const res = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--project',
      tier,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: root, stdio: 'inherit', env: process.env },
  );
  const seconds = (Date.now() - started) / 1000;
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    counts = {
      passed: r.numPassedTests,
      failed: r.numFailedTests,
      skipped: r.numPendingTests + r.numTodoTests,
    };
  } catch {
    counts.failed = 1;
  }
  if (res.status !== 0) failed = true;
  if (counts.passed === 0) {
    console.error(`tier ${tier}: no test passed`);
    failed = true;
  }
  if (ci && counts.skipped > 0) {
    console.error(`tier ${tier}: ${counts.skipped} skipped under CI=true; nothing may skip in CI`);
    failed = true;
  }
  summary.push({ tier, ...counts, seconds });
}

console.log('\ntier     passed  failed  skipped  seconds');
for (const s of summary) {
  console.log(
    `${s.tier.padEnd(8)} ${String(s.passed).padStart(6)}  ${String(s.failed).padStart(6)}  ${String(s.skipped).padStart(7)}  ${s.seconds.toFixed(1).padStart(7)}`,
  );
}
const total = summary.reduce(
  (a, s) => ({ passed: a.passed + s.passed, failed: a.failed + s.failed, skipped: a.skipped + s.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failed || total.failed > 0 ? 1 : 0);
