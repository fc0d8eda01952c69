/** Test support: what every decode must give, whatever the bytes (used by the fuzz tests). */
import { expect } from 'vitest';
import { decodeFile, type DecodeOptions } from '../../../src/importers/decode-file';

/**
 * Decodes and asserts the contract: a Result within `maxMs`, never an exception, never the catch-all
 * for decoder exceptions, a start time that is a real date and series columns of one length.
 * @example assertDecodes(bytes, 'run.fit', 2_000)
 */
export function assertDecodes(bytes: Uint8Array, name: string, maxMs: number, options: DecodeOptions = {}) {
  const start = performance.now();
  const r = decodeFile(bytes, name, options);
  expect(performance.now() - start).toBeLessThan(maxMs);
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    expect(typeof r.error.code).toBe('string');
    expect((r.error.details as { decoderError?: string } | undefined)?.decoderError).toBeUndefined();
  } else {
    for (const a of r.value) {
      expect(a.series.t.length).toBe(a.series.lat.length);
      expect(Number.isFinite(Date.parse(a.startTime))).toBe(true);
    }
  }
  return r;
}
