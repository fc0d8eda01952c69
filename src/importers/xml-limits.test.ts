import { describe, expect, it } from 'vitest';
import { summariseSurviving } from '../core/activity/surviving';
import { decodeFile } from './decode-file';
import { decodeGpx } from './gpx';
import { decodeTcx } from './tcx';
import { corpusEntries, corpusPresenceTest, readCorpus } from '../../test/support/importers/corpus';
import { nestedXml } from '../../test/support/importers/hostile';
import { gpxRun } from '../../test/support/importers/synthetic';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const limitOf = (r: { ok: boolean; error?: { code: string; details?: unknown } }) =>
  r.ok ? 'ok' : `${r.error?.code} ${(r.error?.details as { name?: string } | undefined)?.name ?? ''}`.trim();

/** A GPX run whose first track point carries `inner` (extensions, long text...). */
const gpxWith = (inner: string, attrs = ''): string =>
  gpxRun('2021-06-01T07:00:00Z')
    .replace('<trkpt ', `<trkpt ${attrs}`)
    .replace('</trkpt>', `${inner}</trkpt>`);

const tcx = (activities: number, points: number, laps = 1): string => {
  const pts = Array.from(
    { length: points },
    (_, i) =>
      `<Trackpoint><Time>${new Date(Date.UTC(2021, 5, 1, 7) + i * 1000).toISOString()}</Time></Trackpoint>`,
  ).join('');
  const lap = `<Lap StartTime="2021-06-01T07:00:00Z"><Track>${pts}</Track></Lap>`;
  const act = `<Activity Sport="Running"><Id>2021-06-01T07:00:00Z</Id>${lap.repeat(laps)}</Activity>`;
  return `<?xml version="1.0"?><TrainingCenterDatabase><Activities>${act.repeat(activities)}</Activities></TrainingCenterDatabase>`;
};

describe('XML limits', () => {
  it('refuses nesting past maxXmlDepth (the 33-million-deep document, cut short), naming the limit', () => {
    const deep = [...nestedXml('gpx', 100)].join('');
    expect(limitOf(decodeGpx(deep))).toBe('limit_exceeded maxXmlDepth');
    expect(limitOf(decodeTcx([...nestedXml('tcx', 100)].join('')))).toBe('limit_exceeded maxXmlDepth');
    // 60 deep in a point's extensions (the point sits 4 deep): within 64.
    expect(decodeGpx(gpxWith('<e>'.repeat(60) + '</e>'.repeat(60))).ok).toBe(true);
    expect(decodeGpx(gpxWith('<e>'.repeat(61) + '</e>'.repeat(61)))).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(
          /GPX: elements nested deeper at char \d+, over the limit of 64 \(maxXmlDepth\)/,
        ) as unknown,
      },
    });
  });

  it('refuses more than maxXmlElements elements and more than maxXmlAttributes on one', () => {
    const run = gpxRun('2021-06-01T07:00:00Z', 50); // gpx, trk, type, trkseg and 2 x 50
    expect(decodeGpx(run, { maxXmlElements: 104 }).ok).toBe(true);
    expect(limitOf(decodeGpx(run, { maxXmlElements: 103 }))).toBe('limit_exceeded maxXmlElements');
    const attrs = (n: number) => Array.from({ length: n }, (_, i) => `a${i}="1" `).join('');
    expect(decodeGpx(gpxWith('', attrs(62))).ok).toBe(true); // 62 + lat and lon
    expect(limitOf(decodeGpx(gpxWith('', attrs(63))))).toBe('limit_exceeded maxXmlAttributes');
  });

  it('refuses a text, attribute value, comment or CDATA longer than maxXmlTextChars', () => {
    const long = 'x'.repeat(1024 * 1024 + 1);
    expect(decodeGpx(gpxWith(`<desc>${'x'.repeat(1024 * 1024)}</desc>`)).ok).toBe(true);
    for (const doc of [
      gpxWith(`<desc>${long}</desc>`),
      gpxWith(`<desc><![CDATA[${long}]]></desc>`),
      gpxWith('', `note="${long}" `),
      // A comment reaches no reader: it is measured at chunk edges, so one must be open across one.
      gpxWith(`<!--${'x'.repeat(2_500_000)}-->`),
    ]) {
      expect(limitOf(decodeGpx(doc))).toBe('limit_exceeded maxXmlTextChars');
    }
  });

  it('stops a run that never ends (an unclosed 3 MB comment) at the chunk past the limit, not at the end', () => {
    const doc = gpxWith(`<!--${'-x'.repeat(1_500_000)}`);
    const r = decodeGpx(enc(doc));
    expect(!r.ok && r.error.message).toMatch(/text, comment or name longer than that at char 2097\d\d\d/);
  });

  it('counts samples, laps and activities of TCX across the whole file', () => {
    expect(decodeTcx(tcx(2, 50), { maxSamples: 100 }).ok).toBe(true);
    expect(limitOf(decodeTcx(tcx(2, 51), { maxSamples: 100 }))).toBe('limit_exceeded maxSamples');
    expect(limitOf(decodeGpx(gpxRun('2021-06-01T07:00:00Z', 101), { maxSamples: 100 }))).toBe(
      'limit_exceeded maxSamples',
    );
    expect(decodeTcx(tcx(1, 2, 3), { maxLaps: 3 }).ok).toBe(true);
    expect(limitOf(decodeTcx(tcx(1, 2, 4), { maxLaps: 3 }))).toBe('limit_exceeded maxLaps');
    expect(decodeTcx(tcx(3, 2), { maxActivities: 3 }).ok).toBe(true);
    expect(limitOf(decodeTcx(tcx(4, 2), { maxActivities: 3 }))).toBe('limit_exceeded maxActivities');
  });

  it('decodes bytes a megabyte at a time: a character split between two chunks stays whole', () => {
    const head = '<?xml version="1.0"?><TrainingCenterDatabase><Activities><Activity Sport="Running">';
    const pad = '<x/>'.repeat(
      Math.floor((1024 * 1024 - head.length - '<Creator><Name>Forerunner '.length) / 4),
    );
    const doc = tcx(1, 3).replace(head, `${head}${pad}<Creator><Name>Forerunner 🏃 Ü</Name></Creator>`);
    const at = enc(doc).indexOf(0xf0); // the emoji's first byte: its four bytes straddle the chunk edge
    expect(at).toBeGreaterThan(1024 * 1024 - 4);
    expect(at).toBeLessThan(1024 * 1024);
    const r = decodeFile(enc(doc), 'split.tcx');
    expect(r.ok && r.value[0]?.device?.product).toBe('Forerunner 🏃 Ü');
  });
});

describe('XML limits against the real corpus', () => {
  corpusPresenceTest();
  const xml = corpusEntries().filter((e) => /\.(gpx|tcx)$/.test(e.file));

  it.skipIf(xml.length === 0).each(xml.map((e) => e.file))(
    '%s decodes the same from bytes as from text, within limits far below the defaults',
    (file) => {
      const bytes = readCorpus(file);
      // Measured over the corpus: depth <= 9, attributes <= 7, text <= 293 chars, <= 30,157 elements per MB.
      const tight = {
        maxXmlDepth: 10,
        maxXmlAttributes: 8,
        maxXmlTextChars: 300,
        maxXmlElements: Math.ceil((bytes.length / 1e6) * 31_000) + 50,
      };
      const fromBytes = decodeFile(bytes, file, { limits: tight });
      const decode = file.endsWith('.gpx') ? decodeGpx : decodeTcx;
      const fromText = decode(new TextDecoder().decode(bytes));
      expect(limitOf(fromBytes)).not.toMatch(/limit_exceeded/);
      expect(fromBytes).toEqual(
        fromText.ok ? { ok: true, value: fromText.value.map(summariseSurviving) } : fromText,
      );
    },
  );
});
