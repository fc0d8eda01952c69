/**
 * Issue 8's crafted files, replayed in child processes that measure memory. The bound held here:
 * decoding any one file within the default limits takes at most 64 MB of V8 old space (the child runs
 * with --max-old-space-size=64 and would die past it) and at most 400 MB of RSS over the process's
 * baseline, the file's own bytes included. Before the limits, the first file here took 4.7 GB and
 * killed the process after 60 s.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fitRecordFlood,
  gzipToFile,
  nestedXml,
  overlappingZip,
  writeToFile,
} from '../../test/support/importers/hostile';
import { ZipFileWriter } from '../../test/support/importers/zip-writer';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const HEAP_MB = 64;
const RSS_BOUND_MB = 400;
const FAST_MS = 15_000; // a hang, not a speed target (the bench measures speed); a shared CI machine can be slow
const DEPTH = 33_000_000;

interface ChildReport {
  outcomes: string[];
  ms: number;
  peakOverBaselineMb: number;
}

async function measure(mode: 'file' | 'import', path: string): Promise<ChildReport> {
  const args = [
    `--max-old-space-size=${HEAP_MB}`,
    join(ROOT, 'bin/run-ts'),
    join(ROOT, 'test/support/importers/decode-child.ts'),
    mode,
    path,
  ];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, timeout: 120_000 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildReport;
}

/** A valid FIT of `records` timed records padded with an unknown message to ~100 MB, gzipped. */
function* paddedFit(records: number, padding: number): Generator<Uint8Array> {
  const recDef = [0x40, 0, 0, 20, 0, 2, 253, 4, 0x86, 3, 1, 0x02];
  const padDef = [0x41, 0, 0, 0x00, 0xff, 1, 1, 255, 0x0d];
  const size = recDef.length + records * 6 + padDef.length + padding * 256;
  const len = [size & 0xff, (size >>> 8) & 0xff, (size >>> 16) & 0xff, size >>> 24];
  yield new Uint8Array([14, 0x20, 0x93, 0x08, ...len, 0x2e, 0x46, 0x49, 0x54, 0, 0, ...recDef]);
  for (let i = 0; i < records; i += 65_536) {
    const n = Math.min(65_536, records - i);
    const view = new DataView(new ArrayBuffer(n * 6));
    for (let k = 0; k < n; k++) {
      view.setUint32(k * 6 + 1, 1_000_000_000 + i + k, true);
      view.setUint8(k * 6 + 5, 140);
    }
    yield new Uint8Array(view.buffer);
  }
  yield new Uint8Array(padDef);
  const block = new Uint8Array(256 * 1024).map((_, i) => (i % 256 === 0 ? 1 : 7));
  for (let left = padding; left > 0; left -= 1024) yield left >= 1024 ? block : block.subarray(0, left * 256);
}

describe('hostile files: bounded memory, fast typed refusal', { timeout: 120_000 }, () => {
  let dir = '';
  const at = (name: string): string => join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'backstride-hostile-memory-'));
    await gzipToFile(at('nested.gpx.gz'), nestedXml('gpx', DEPTH)); // 96 KB
    await gzipToFile(at('nested.tcx.gz'), nestedXml('tcx', DEPTH));
    await writeToFile(at('nested.gpx'), nestedXml('gpx', DEPTH)); // 99 MB
    const zip = await ZipFileWriter.create(at('gz-inside.zip'));
    await zip.add({
      name: 'activities/1.gpx.gz',
      data: await readFile(at('nested.gpx.gz')),
      method: 'store',
    });
    await zip.close();
    await gzipToFile(at('flood.fit.gz'), fitRecordFlood(52_000_000)); // 104 MB of records in 100 KB
    await gzipToFile(at('largest.fit.gz'), paddedFit(1_999_000, 360_000)); // valid, 104 MB
    await writeFile(at('overlap.zip'), overlappingZip(gzipSync(new Uint8Array(99 * 1024 * 1024)), 2_000));
  }, 180_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['file', 'nested.gpx.gz', /^limit_exceeded: GPX: elements nested deeper .*\(maxXmlDepth\)$/],
    ['file', 'nested.tcx.gz', /^limit_exceeded: TCX: elements nested deeper .*\(maxXmlDepth\)$/],
    ['file', 'nested.gpx', /^limit_exceeded: GPX: elements nested deeper .*\(maxXmlDepth\)$/],
    ['import', 'gz-inside.zip', /^limit_exceeded: GPX: elements nested deeper .*\(maxXmlDepth\)$/],
    ['file', 'flood.fit.gz', /^limit_exceeded: FIT: too many samples .*\(maxSamples\)$/],
    ['import', 'overlap.zip', /^overlapping_entries: /],
  ] as const)('%s %s: refused with a typed error, fast, within the bound', async (mode, name, outcome) => {
    const report = await measure(mode, at(name));
    expect(report.outcomes).toHaveLength(1);
    expect(report.outcomes[0]).toMatch(outcome);
    expect(report.ms).toBeLessThan(FAST_MS);
    expect(report.peakOverBaselineMb).toBeLessThan(RSS_BOUND_MB);
  });

  it('the largest valid file the limits let through (100 MB, 2 million records) decodes within the bound', async () => {
    const report = await measure('file', at('largest.fit.gz'));
    expect(report.outcomes).toEqual(['ok']);
    expect(report.peakOverBaselineMb).toBeLessThan(RSS_BOUND_MB);
  });
});
