import { Decoder, Stream } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import {
  corpusEntries,
  corpusPresenceTest,
  CORPUS_AVAILABLE,
  readCorpus,
} from '../../../test/support/importers/corpus';
import { decodeFit } from './to-activities';

interface SdkSession {
  totalDistance?: number;
  totalElapsedTime?: number;
}

function sdk(bytes: Uint8Array) {
  const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read();
  return {
    records: (messages.recordMesgs ?? []).length,
    sessions: (messages.sessionMesgs ?? []) as SdkSession[],
    failed: errors.length > 0,
  };
}

const validFit = corpusEntries().filter((e) => e.format === 'fit' && !e.malformed);

describe('FIT decoder against @garmin/fitsdk (oracle)', () => {
  corpusPresenceTest();
  it.skipIf(!CORPUS_AVAILABLE)('the corpus has valid FIT files', () => {
    expect(validFit.length).toBeGreaterThan(20);
  });

  for (const { file } of validFit) {
    it(`${file}: same records, session distances and elapsed times`, () => {
      const bytes = readCorpus(file);
      const ours = decodeFit(bytes);
      expect(ours.ok, JSON.stringify(!ours.ok && ours.error)).toBe(true);
      if (!ours.ok) return;
      const oracle = sdk(bytes);
      const samples = ours.value.reduce((n, a) => n + a.series.t.length, 0);
      if (!oracle.failed) expect(samples).toBe(oracle.records);
      else expect(samples).toBeGreaterThan(0); // SDK refuses these: compressed timestamps, summary first
      expect(ours.value.map((a) => a.distanceM)).toEqual(oracle.sessions.map((s) => s.totalDistance ?? null));
      expect(ours.value.map((a) => a.elapsedS)).toEqual(
        oracle.sessions.map((s) => s.totalElapsedTime ?? null),
      );
      expect(ours.value.every((a) => a.recovered === null)).toBe(true);
    });
  }
});
