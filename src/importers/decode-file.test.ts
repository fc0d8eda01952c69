import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../core/error-codes';
import { decodeFile } from './decode-file';
import {
  corpusEntries,
  corpusPresenceTest,
  CORPUS_AVAILABLE,
  readCorpus,
} from '../../test/support/importers/corpus';

const entries = corpusEntries();
const valid = entries.filter((e) => !e.malformed && e.format !== 'zip');
const malformed = entries.filter((e) => e.malformed);
/** "Malformed-ish" only for decoders that read developer data: backstride skips it, the file is fine. */
const HARMLESS = new Set(['malformed/elemnt-bolt-devdata-no-appid.fit']);

describe('decodeFile over the corpus', () => {
  corpusPresenceTest();

  for (const { file } of valid) {
    it(`decodes ${file}`, () => {
      const r = decodeFile(readCorpus(file), file);
      expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
      if (!r.ok) return;
      for (const a of r.value) {
        expect(Number.isNaN(Date.parse(a.startTime))).toBe(false);
        expect(a.recovered).toBeNull();
        const n = a.series.t.length;
        for (const col of Object.values(a.series)) expect(col.length).toBe(n);
      }
    });
  }

  for (const { file } of malformed) {
    it(`gives a typed error or a flagged recovery for ${file}`, () => {
      const r = decodeFile(readCorpus(file), file);
      if (r.ok) {
        expect(r.value.length).toBeGreaterThan(0);
        expect(r.value.every((a) => a.recovered !== null)).toBe(!HARMLESS.has(file));
      } else {
        expect(Object.keys(ERROR_CODES)).toContain(r.error.code);
        expect(r.error.message.length).toBeGreaterThan(0);
      }
    });
  }
});

describe.skipIf(!CORPUS_AVAILABLE)('decodeFile specifics', () => {
  it('expected outcomes for damaged files', () => {
    const code = (f: string): string => {
      const r = decodeFile(readCorpus(f), f);
      return r.ok ? `recovered:${r.value[0]?.series.t.length}` : r.error.code;
    };
    expect(code('malformed/empty.fit')).toBe('empty_file');
    expect(code('malformed/fr945-treadmill-run-headeronly.truncated.fit')).toBe('corrupt_file');
    expect(code('malformed/gpx-undefined-coords.gpx')).toBe('corrupt_file');
    expect(code('malformed/sigma-ride-truncated.fit')).toBe('recovered:14391');
    expect(code('malformed/coros-apexpro-run.truncated.fit')).toBe('recovered:1461');
    expect(code('malformed/garminconnect-run.truncated.gpx')).toBe('recovered:101');
  });

  it('a truncated FIT without its session still has a start, distance and samples', () => {
    const r = decodeFile(readCorpus('malformed/coros-apexpro-run.truncated.fit'), 'x.fit');
    expect(r.ok && r.value[0]).toMatchObject({ startTime: '2020-03-14T13:52:29.000Z', distanceM: 5662 });
    expect(r.ok && r.value[0]?.recovered?.reason).toMatch(/ends before/);
  });

  it('drops null-island positions (TCX)', () => {
    const r = decodeFile(readCorpus('fitbit-versa-ride-nullisland.tcx'), 'x.tcx');
    expect(r.ok && r.value[0]?.gpsDistanceM === null).toBe(true);
    expect(r.ok && r.value[0]?.distanceM).toBeCloseTo(13679.94, 2);
  });

  it('reads GPX with a BOM and no namespace, and TCX with blanks before the XML declaration', () => {
    const gpx = decodeFile(readCorpus('gpx-bom-no-namespace.gpx'), 'x.gpx');
    expect(gpx.ok && gpx.value[0]?.series.t.length).toBe(3497);
    const tcx = decodeFile(readCorpus('polar-v800-run.tcx'), 'x.tcx');
    expect(tcx.ok && tcx.value[0]?.laps.length).toBe(5);
  });

  it('GPX heart rate and cadence extensions (gpxtpx:), cadence doubled on foot', () => {
    const r = decodeFile(readCorpus('applewatch-run-short.gpx'), 'x.gpx');
    expect(r.ok && r.value[0]).toMatchObject({ sport: 'running', avgHeartRate: 150 });
    expect(r.ok && r.value[0]?.series.cadenceSpm[0]).toBe(128);
  });

  it('TCX RunCadence (ns3:) and the same run as FIT agree', () => {
    const tcx = decodeFile(readCorpus('fr945-run-sloatsburg.tcx'), 'x.tcx');
    const fit = decodeFile(readCorpus('fr945-run-sloatsburg.fit'), 'x.fit');
    expect(tcx.ok && fit.ok).toBe(true);
    if (!tcx.ok || !fit.ok) return;
    expect(tcx.value[0]?.distanceM).toBeCloseTo(fit.value[0]?.distanceM ?? 0, 1);
    expect(tcx.value[0]?.startTime).toBe(fit.value[0]?.startTime);
    expect(tcx.value[0]?.avgCadenceSpm).toBeGreaterThan(150);
  });

  it('gunzips by magic bytes, whatever the name', () => {
    const r = decodeFile(gzipSync(readCorpus('fr110-run-5laps.fit')), 'upload.bin');
    expect(r.ok && r.value[0]?.distanceM).toBe(4835.38);
  });

  it('applies the size limit, also to gunzipped content', () => {
    const bytes = readCorpus('fr110-run-5laps.fit');
    expect(decodeFile(bytes, 'a.fit', { maxBytes: 1000 })).toMatchObject({
      ok: false,
      error: { code: 'limit_exceeded' },
    });
    const gz = gzipSync(bytes);
    expect(decodeFile(gz, 'a.fit.gz', { maxBytes: gz.length + 10 })).toMatchObject({
      ok: false,
      error: { code: 'limit_exceeded' },
    });
  });
});

describe('decodeFile without the corpus', () => {
  const text = (s: string): Uint8Array => new TextEncoder().encode(s);
  it('rejects a DOCTYPE (no entity expansion)', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaa">]><gpx><trk><trkseg><trkpt lat="1" lon="1"><time>2020-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>';
    expect(decodeFile(text(xml), 'a.gpx')).toMatchObject({ ok: false, error: { code: 'corrupt_file' } });
  });
  it('unknown bytes are unknown_format; a zip is not decoded as a file', () => {
    expect(decodeFile(text('hello'), 'a.txt')).toMatchObject({
      ok: false,
      error: { code: 'unknown_format' },
    });
    expect(decodeFile(new Uint8Array([0x50, 0x4b, 3, 4, 0]), 'a.zip')).toMatchObject({
      ok: false,
      error: { code: 'unknown_format' },
    });
  });
  it('a damaged name-only FIT gets a FIT error', () => {
    expect(decodeFile(text('not really fit data'), 'a.fit')).toMatchObject({
      ok: false,
      error: { code: 'corrupt_file', details: { offset: 0 } },
    });
  });
  it('GPX 1.0 without time is corrupt; a GPX without points is not an activity', () => {
    expect(
      decodeFile(
        text('<gpx version="1.0"><trk><trkseg><trkpt lat="1" lon="2"/></trkseg></trk></gpx>'),
        'a.gpx',
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'corrupt_file' },
    });
    expect(decodeFile(text('<gpx version="1.0"></gpx>'), 'a.gpx')).toMatchObject({
      ok: false,
      error: { code: 'not_an_activity' },
    });
  });
  it('GPX with ns3: extensions and zone-less times (taken as UTC)', () => {
    const xml = `<gpx xmlns:ns3="x"><trk><type>running</type><trkseg>
      <trkpt lat="10" lon="10"><time>2020-01-01T00:00:00</time><extensions><ns3:TrackPointExtension><ns3:hr>140</ns3:hr><ns3:cad>80</ns3:cad></ns3:TrackPointExtension></extensions></trkpt>
      <trkpt lat="10.001" lon="10"><time>2020-01-01T00:00:10</time></trkpt></trkseg></trk></gpx>`;
    const r = decodeFile(text(xml), 'a.gpx');
    expect(r.ok && r.value[0]).toMatchObject({
      startTime: '2020-01-01T00:00:00.000Z',
      elapsedS: 10,
      avgHeartRate: 140,
      avgCadenceSpm: 160,
      indoor: false,
    });
  });
});
