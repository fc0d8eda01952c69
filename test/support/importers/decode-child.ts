/**
 * Test support, run as a child process: decodes one file (`file PATH`) or imports paths (`import PATH...`)
 * and prints one JSON line: the outcomes, the time taken and how far memory rose over the baseline.
 * Run with `--max-old-space-size` to hold the heap to a bound: past it the child dies and the test fails.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeFile } from '../../../src/importers/decode-file';
import { importSources } from '../../../src/importers/import-batch';

const [mode, ...paths] = process.argv.slice(2);
const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const outcomes: string[] = [];
if (mode === 'file') {
  const path = paths[0] ?? '';
  const buffer = readFileSync(path);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const result = decodeFile(bytes, basename(path));
  outcomes.push(result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`);
} else {
  for await (const event of importSources(paths)) {
    if (event.type === 'file') outcomes.push(event.ok ? 'ok' : `${event.error.code}: ${event.error.message}`);
  }
}
const ms = Math.round(performance.now() - started);
// maxRSS is the process's peak (KiB); measured from the RSS before decoding, it is an upper bound.
const peakOverBaselineMb = mb(process.resourceUsage().maxRSS * 1024 - rssBefore);
console.log(
  JSON.stringify({ outcomes, ms, peakOverBaselineMb, heapUsedMb: mb(process.memoryUsage().heapUsed) }),
);
