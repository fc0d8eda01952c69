// `npm run audit:prod` (and CI): `npm audit --omit=dev`, failing on any high or critical finding in the
// packages the server runs with. Each finding is listed with the fix npm knows. When npm's advisory service
// cannot be reached at all (no network, or a registry mirror without the audit endpoint) nothing was
// checked: that is said loudly and fails only with AUDIT_REQUIRED=1, so an offline machine can still build.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// AUDIT_JSON=file reads a saved `npm audit --json` report instead (to check this script itself).
const run = process.env.AUDIT_JSON
  ? { stdout: readFileSync(process.env.AUDIT_JSON, 'utf8'), stderr: '' }
  : spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = {};
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why = report.error?.summary || report.message || (run.stderr || run.stdout || 'no answer').trim();
  console.log(
    `npm audit: the advisory service could not be reached, so nothing was checked: ${why.split('\n')[0]}`,
  );
  process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
}

const findings = Object.values(report.vulnerabilities ?? {});
for (const v of findings) {
  const titles = (v.via ?? []).filter((x) => typeof x === 'object').map((x) => x.title);
  const fix =
    v.fixAvailable === true
      ? 'npm audit fix'
      : v.fixAvailable
        ? `${v.fixAvailable.name}@${v.fixAvailable.version}${v.fixAvailable.isSemVerMajor ? ' (a new major)' : ''}`
        : 'no fix yet';
  console.log(
    `${v.severity.padEnd(8)} ${v.name} ${v.range}: ${titles.join('; ') || 'through a dependency'} (fix: ${fix})`,
  );
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit --omit=dev: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low in ${report.metadata.dependencies?.prod ?? '?'} packages`,
);
process.exit(serious > 0 ? 1 : 0);
