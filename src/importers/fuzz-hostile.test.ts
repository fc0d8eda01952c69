import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_TYPE_SIZE } from './fit/base-types';
import { fitCrc } from './fit/header';
import { assertDecodes } from '../../test/support/importers/contract';

const SEED = 20_251_201;
const RUNS = 1000;
const MAX_MS_PER_DECODE = 2_000;

/** A FIT field: number and base type as a file may declare them, whatever the profile says. */
interface FieldSpec {
  num: number;
  type: number;
}
interface MessageSpec {
  global: number;
  fields: FieldSpec[];
  count: number;
  /** The data bytes, instead of noise. */
  bytes?: number[];
}

/**
 * A FIT file with a valid header and CRCs whose messages declare the fields backstride reads (times,
 * positions, summaries) with any base type (float64 times, sint64 distances...), values from `noise`.
 */
function fitOf(messages: MessageSpec[], noise: Uint8Array): Uint8Array {
  const body: number[] = [];
  let k = 0;
  messages.forEach((m, local) => {
    body.push(0x40 | (local & 0x0f), 0, 0, m.global & 0xff, m.global >> 8, m.fields.length);
    for (const f of m.fields) {
      const size = BASE_TYPE_SIZE[f.type] ?? 1;
      body.push(f.num, size, f.type | (size > 1 ? 0x80 : 0));
    }
    for (let c = 0; c < m.count; c++) {
      body.push(local & 0x0f);
      if (m.bytes) body.push(...m.bytes);
      else
        for (const f of m.fields) {
          for (let b = 0; b < (BASE_TYPE_SIZE[f.type] ?? 1); b++) body.push(noise[k++ % noise.length] ?? 0);
        }
    }
  });
  const out = new Uint8Array(14 + body.length + 2);
  const size = body.length;
  out.set([
    14,
    0x20,
    0x93,
    0x08,
    size & 0xff,
    (size >> 8) & 0xff,
    (size >> 16) & 0xff,
    0,
    0x2e,
    0x46,
    0x49,
    0x54,
  ]);
  const h = fitCrc(out, 0, 12);
  out.set([h & 0xff, h >> 8], 12);
  out.set(body, 14);
  const c = fitCrc(out, 0, 14 + size);
  out.set([c & 0xff, c >> 8], 14 + size);
  return out;
}

const fieldArb = fc.record({
  num: fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 18, 22, 73, 78, 253),
  type: fc.integer({ min: 0, max: 16 }),
});
const messageArb = fc.record({
  global: fc.constantFrom(0, 12, 18, 19, 20, 34),
  fields: fc.array(fieldArb, { minLength: 1, maxLength: 6 }),
  count: fc.integer({ min: 1, max: 6 }),
});

/** An XML document of a chosen shape: nesting, attributes, text, track points, laps, activities. */
interface Shape {
  format: 'gpx' | 'tcx';
  depth: number;
  attributes: number;
  text: number;
  points: number;
  activities: number;
}

function xmlOf(s: Shape): string {
  const nest = `${'<e>'.repeat(s.depth)}${'</e>'.repeat(s.depth)}`;
  const attrs = Array.from({ length: s.attributes }, (_, i) => ` a${i}="${i}"`).join('');
  const text = 'x'.repeat(s.text);
  const time = (i: number) => new Date(Date.UTC(2021, 0, 1) + i * 1000).toISOString();
  if (s.format === 'gpx') {
    const pts = Array.from(
      { length: s.points },
      (_, i) => `<trkpt lat="52" lon="4"><time>${time(i)}</time></trkpt>`,
    );
    return `<gpx version="1.1"${attrs}><trk><desc>${text}</desc><trkseg>${nest}${pts.join('')}</trkseg></trk></gpx>`;
  }
  const pts = Array.from({ length: s.points }, (_, i) => `<Trackpoint><Time>${time(i)}</Time></Trackpoint>`);
  const act = `<Activity Sport="Running"${attrs}><Id>${time(0)}</Id><Notes>${text}</Notes><Lap StartTime="${time(0)}"><Track>${nest}${pts.join('')}</Track></Lap></Activity>`;
  return `<TrainingCenterDatabase><Activities>${act.repeat(s.activities)}</Activities></TrainingCenterDatabase>`;
}

const LIMITS = {
  maxXmlDepth: 32,
  maxXmlAttributes: 24,
  maxXmlTextChars: 2_000,
  maxSamples: 400,
  maxActivities: 3,
};

describe('fuzz: hostile shapes always give a typed Result', { timeout: 60_000 }, () => {
  it('FIT messages declaring times, positions and summaries with any base type', () => {
    fc.assert(
      fc.property(
        fc.array(messageArb, { minLength: 1, maxLength: 6 }),
        fc.uint8Array({ minLength: 8, maxLength: 256 }),
        (messages, noise) => {
          // An activity file (file_id type 4), so the messages after it are read.
          const fileId: MessageSpec = { global: 0, fields: [{ num: 0, type: 0 }], count: 1, bytes: [4] };
          assertDecodes(fitOf([fileId, ...messages], noise), 'odd.fit', MAX_MS_PER_DECODE);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('GPX and TCX nested, wide, long and many: limit_exceeded exactly when a limit is passed', () => {
    const shape = fc.record({
      format: fc.constantFrom<'gpx' | 'tcx'>('gpx', 'tcx'),
      depth: fc.integer({ min: 0, max: 40 }),
      attributes: fc.integer({ min: 0, max: 30 }),
      text: fc.integer({ min: 0, max: 2_500 }),
      points: fc.integer({ min: 0, max: 250 }),
      activities: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(shape, (s) => {
        const r = assertDecodes(new TextEncoder().encode(xmlOf(s)), `shape.${s.format}`, MAX_MS_PER_DECODE, {
          limits: LIMITS,
        });
        const tcx = s.format === 'tcx';
        // The nesting sits under trkseg (3 deep) or Track (5 deep); attributes on the root or Activity.
        const over =
          s.depth + (tcx ? 5 : 3) > LIMITS.maxXmlDepth ||
          s.attributes + 1 > LIMITS.maxXmlAttributes ||
          s.text > LIMITS.maxXmlTextChars ||
          s.points * (tcx ? s.activities : 1) > LIMITS.maxSamples ||
          (tcx && s.activities > LIMITS.maxActivities);
        const expected = over ? 'limit_exceeded' : !tcx && s.points === 0 ? 'not_an_activity' : 'ok';
        expect(r.ok ? 'ok' : r.error.code).toBe(expected);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
