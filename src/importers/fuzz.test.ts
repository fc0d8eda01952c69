import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assertDecodes } from '../../test/support/importers/contract';
import { CORPUS_AVAILABLE, corpusPresenceTest, readCorpus } from '../../test/support/importers/corpus';
import { writeFit } from '../../test/support/importers/fit-writer';

const SEED = 20_240_611;
const RUNS_PER_KIND = 1000;
const MAX_MS_PER_DECODE = 2_000;

/** Small corpus files of every format (fuzzing big files would only burn time). */
const SAMPLES = [
  'fenix5-run-short-dynamics.fit',
  'fr70-footpod-run-compressed.fit',
  'wahoo-indoor-unterminated-strings.fit',
  'fr110-run-5laps.fit',
  'fr920xt-triathlon-chained.fit',
  'malformed/activity-filecrc.fit',
  'strava-run-gpxtpx.gpx',
  'fr305-run.tcx',
];

function samples(): { name: string; bytes: Uint8Array }[] {
  const synthetic = writeFit([
    { global: 0, fields: [[0, 0x00, 4]] },
    {
      global: 20,
      local: 1,
      bigEndian: true,
      fields: [
        [253, 0x86, 9e8],
        [3, 0x02, 140],
      ],
      more: [[9e8 + 1, 141]],
    },
  ]);
  const corpus = CORPUS_AVAILABLE ? SAMPLES.map((name) => ({ name, bytes: readCorpus(name) })) : [];
  return [{ name: 'synthetic.fit', bytes: synthetic }, ...corpus];
}

const assertResult = (bytes: Uint8Array, name: string) => assertDecodes(bytes, name, MAX_MS_PER_DECODE);

describe('fuzz: mutated files always give a Result', { timeout: 60_000 }, () => {
  corpusPresenceTest();
  const all = samples();
  const pick = fc.integer({ min: 0, max: all.length - 1 });
  const options = { seed: SEED, numRuns: RUNS_PER_KIND };

  it('bit flips', () => {
    fc.assert(
      fc.property(
        pick,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 24 }),
        (k, flips) => {
          const { name, bytes } = all[k]!;
          const copy = bytes.slice();
          for (const [at, bit] of flips) copy[at % copy.length]! ^= 1 << bit;
          assertResult(copy, name);
        },
      ),
      options,
    );
  });

  it('truncations', () => {
    fc.assert(
      fc.property(pick, fc.double({ min: 0, max: 1, noNaN: true }), (k, cut) => {
        const { name, bytes } = all[k]!;
        assertResult(bytes.subarray(0, Math.floor(bytes.length * cut)), name);
      }),
      options,
    );
  });

  it('spliced headers, duplicated and overwritten chunks', () => {
    fc.assert(
      fc.property(
        pick,
        pick,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 0, max: 2 }),
        (k, j, at, from, len, kind) => {
          const { name, bytes } = all[k]!;
          const donor = all[j]!.bytes;
          const p = at % (bytes.length + 1);
          const chunk =
            kind === 0
              ? donor.subarray(0, 14)
              : kind === 1
                ? donor.subarray(from % donor.length).subarray(0, len)
                : new Uint8Array(len).fill(0xff);
          const out = new Uint8Array(bytes.length + chunk.length);
          out.set(bytes.subarray(0, p), 0);
          out.set(chunk, p);
          out.set(bytes.subarray(p), p + chunk.length);
          assertResult(out, name);
        },
      ),
      options,
    );
  });

  it('random bytes behind a valid FIT header', () => {
    const header = all[0]!.bytes.subarray(0, 14);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 2048 }), (body) => {
        const out = new Uint8Array(14 + body.length);
        out.set(header, 0);
        out.set(body, 14);
        assertResult(out, 'random.fit');
      }),
      options,
    );
  });
});
