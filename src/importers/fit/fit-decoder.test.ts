import { Decoder, Stream } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../decode-file';
import { corpusPresenceTest, CORPUS_AVAILABLE, readCorpus } from '../../../test/support/importers/corpus';
import { writeFit, type FitMessageSpec } from '../../../test/support/importers/fit-writer';
import { fitCrc } from './header';
import { decodeFit } from './to-activities';

const FIT_2020 = 946_771_200; // 2020-01-01T00:00:00Z in FIT seconds (Unix - 631065600)

function runFile(bigEndian: boolean, fileType = 4): Uint8Array {
  const msgs: FitMessageSpec[] = [
    {
      global: 0,
      bigEndian,
      fields: [
        [0, 0x00, fileType],
        [1, 0x84, 1],
        [2, 0x84, 3113],
      ],
    },
    {
      global: 20,
      local: 1,
      bigEndian,
      fields: [
        [253, 0x86, FIT_2020],
        [0, 0x85, 2 ** 29],
        [1, 0x85, -(2 ** 28)],
        [3, 0x02, 150],
        [4, 0x02, 85],
        [5, 0x86, 0],
      ],
      more: [
        [FIT_2020 + 1, 2 ** 29 + 100, -(2 ** 28), 151, 86, 300],
        [FIT_2020 + 2, 0, 0, 152, 87, 600],
      ],
    },
    {
      global: 18,
      local: 2,
      bigEndian,
      fields: [
        [253, 0x86, FIT_2020 + 2],
        [2, 0x86, FIT_2020],
        [5, 0x00, 1],
        [6, 0x00, 1],
        [7, 0x86, 2000],
        [8, 0x86, 2000],
        [9, 0x86, 600],
        [18, 0x02, 86],
      ],
    },
  ];
  return writeFit(msgs);
}

describe('decodeFit on synthetic files', () => {
  it('CRC-16 matches the FIT SDK check value', () => {
    expect(fitCrc(new TextEncoder().encode('123456789'), 0, 9)).toBe(0xbb3d);
  });

  for (const bigEndian of [false, true]) {
    it(`reads a ${bigEndian ? 'big' : 'little'}-endian file like the SDK does`, () => {
      const bytes = runFile(bigEndian);
      const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read();
      expect(errors).toEqual([]);
      const r = decodeFit(bytes);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const [a] = r.value;
      expect(a?.sport).toBe('running');
      expect(a?.subSport).toBe('treadmill');
      expect(a?.indoor).toBe(true);
      expect(a?.startTime).toBe('2020-01-01T00:00:00.000Z');
      expect(a?.distanceM).toBe(messages.sessionMesgs?.[0]?.totalDistance);
      expect(a?.avgCadenceSpm).toBe(172);
      expect(Array.from(a?.series.heartRate ?? [])).toEqual([150, 151, 152]);
      expect(Array.from(a?.series.cadenceSpm ?? [])).toEqual([170, 172, 174]);
      expect(a?.series.lat[0]).toBeCloseTo(45, 9);
      expect(a?.series.lon[0]).toBeCloseTo(-22.5, 9);
      expect(Number.isNaN(a?.series.lat[2])).toBe(true); // 0/0 is "null island": dropped
      expect(a?.device).toEqual({ manufacturer: 'garmin', product: 'fr945' });
      expect(a?.recovered).toBeNull();
    });
  }

  it('a settings file is not an activity', () => {
    const r = decodeFile(runFile(false, 2), 'settings.fit');
    expect(!r.ok && r.error.code).toBe('not_an_activity');
  });

  it('flags a CRC mismatch but still decodes', () => {
    const bytes = runFile(false);
    bytes[bytes.length - 1]! ^= 0xff;
    const r = decodeFit(bytes);
    expect(r.ok && r.value[0]?.recovered?.reason).toMatch(/CRC/);
  });

  it('reads two chained files', () => {
    const one = runFile(false);
    const both = new Uint8Array(one.length * 2);
    both.set(one, 0);
    both.set(one, one.length);
    const r = decodeFit(both);
    expect(r.ok && r.value.map((a) => [a.series.t.length, a.recovered])).toEqual([
      [3, null],
      [3, null],
    ]);
  });
});

describe.skipIf(!CORPUS_AVAILABLE)('decodeFit on corpus edge cases', () => {
  corpusPresenceTest();
  it('compressed-timestamp footpod run: indoor, device distance, monotonic time', () => {
    const r = decodeFit(readCorpus('fr70-footpod-run-compressed.fit'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [a] = r.value;
    expect(a?.indoor).toBe(true);
    expect(a?.distanceM).toBe(10248.67);
    expect(a?.series.t.length).toBe(755);
    const t = a?.series.t ?? new Float64Array();
    for (let i = 1; i < t.length; i++) expect(t[i]!).toBeGreaterThanOrEqual(t[i - 1]!);
  });

  it('summary-first triathlon: five sessions, each with its records', () => {
    const r = decodeFit(readCorpus('fr255-triathlon-summary-first.fit'));
    expect(r.ok && r.value.map((a) => a.sport)).toEqual([
      'swimming',
      'transition',
      'cycling',
      'transition',
      'running',
    ]);
    expect(r.ok && r.value.every((a) => a.series.t.length > 0)).toBe(true);
  });

  it('treadmill run: indoor, distance from the device, no GPS', () => {
    const r = decodeFit(readCorpus('fr945-treadmill-run.fit'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [a] = r.value;
    expect(a).toMatchObject({
      sport: 'running',
      subSport: 'treadmill',
      indoor: true,
      distanceM: 10630.37,
      gpsDistanceM: null,
    });
    expect(a?.avgCadenceSpm).toBeCloseTo(165.64, 2);
    expect(a?.utcOffsetS).toBe(-18000);
  });

  it('running dynamics come through', () => {
    const r = decodeFit(readCorpus('fenix5x-run-devdata.fit'));
    expect(r.ok && r.value[0]).toMatchObject({
      avgStepLengthMm: 1180,
      avgVerticalOscillationMm: 82.2,
      avgGroundContactMs: 271.1,
    });
    expect(r.ok && r.value[0]?.laps.length).toBe(14);
  });
});
