import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseForm } from './analyse';
import { seededRandom, syntheticRunner } from './synthetic-runner';

// Over the range of runners and cameras the check is meant for, the measures meet issue 14's targets. The
// angles need jitter of at most 1 px here: at 1.5 px on a 150 px leg at 30 fps the shin angle's worst case over
// hundreds of runs is about 1.3° (the fixed cases in analyse.test.ts use 2–3 px on a 200 px leg). Seeded, so
// CI checks the same runners every time; change the seed locally to explore further (2,500 runs passed).
const runnerArb = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  fps: fc.constantFrom(30, 60),
  cadenceSpm: fc.double({ min: 145, max: 195, noNaN: true }),
  overstrideLegs: fc.double({ min: 0.05, max: 0.4, noNaN: true }),
  shinAngleDeg: fc.double({ min: -5, max: 15, noNaN: true }),
  trunkLeanDeg: fc.double({ min: -5, max: 20, noNaN: true }),
  verticalOscillationLegs: fc.double({ min: 0.05, max: 0.12, noNaN: true }),
  facing: fc.constantFrom('left' as const, 'right' as const),
  travelPxPerS: fc.constantFrom(0, 60, 120),
  legPx: fc.double({ min: 150, max: 260, noNaN: true }),
  jitterPx: fc.double({ min: 0, max: 1, noNaN: true }),
  swapShare: fc.double({ min: 0, max: 0.3, noNaN: true }),
  durationS: fc.double({ min: 5, max: 10, noNaN: true }),
});

describe('analyseForm over generated runners', () => {
  it('meets the targets: cadence ±1 spm, angles ±1°, overstride ±0.02 leg lengths', () => {
    fc.assert(
      fc.property(runnerArb, ({ seed, ...p }) => {
        const runner = syntheticRunner({ random: seededRandom(seed), ...p });
        const result = analyseForm(runner.frames, runner.clip);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const a = result.value;
        expect(a.facing).toBe(p.facing);
        expect(Math.abs(a.cadenceSpm.value - p.cadenceSpm)).toBeLessThanOrEqual(1);
        expect(Math.abs(a.overstrideLegs.value - p.overstrideLegs)).toBeLessThanOrEqual(0.02);
        expect(Math.abs(a.shinAngleDeg.value - p.shinAngleDeg)).toBeLessThanOrEqual(1);
        expect(Math.abs(a.trunkLeanDeg.value - p.trunkLeanDeg)).toBeLessThanOrEqual(1);
        expect(Math.abs(a.verticalOscillationLegs.value - p.verticalOscillationLegs)).toBeLessThanOrEqual(
          0.015,
        );
        // Every contact the check reports is a real one, timed within a frame and a half.
        for (const c of a.contacts) {
          expect(Math.min(...runner.contactTimesS.map((t) => Math.abs(t - c.timeS)))).toBeLessThan(
            1.5 / p.fps,
          );
        }
      }),
      { numRuns: 40, seed: 20261202 },
    );
  });

  it('finds contacts and cadence through 3 px jitter and 30% swapped labels at 60 fps', () => {
    fc.assert(
      fc.property(runnerArb, ({ seed, ...p }) => {
        const runner = syntheticRunner({
          random: seededRandom(seed),
          ...p,
          // The generator's leg swing shrinks with overstride; below 0.1 its peaks flatten more than a runner's.
          overstrideLegs: Math.max(0.1, p.overstrideLegs),
          fps: 60,
          jitterPx: 3,
          swapShare: 0.3,
        });
        const result = analyseForm(runner.frames, runner.clip);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const a = result.value;
        expect(a.steps).toBeGreaterThanOrEqual(runner.contactTimesS.length - 2);
        // Each contact is the right one, timed within 40 ms: the worst seen over hundreds of runs is about 32 ms,
        // on the flattest peaks (slow cadence, little overstride, a small runner); video's step timing in the
        // literature is 10–25 ms.
        for (const c of a.contacts) {
          expect(Math.min(...runner.contactTimesS.map((t) => Math.abs(t - c.timeS)))).toBeLessThan(0.04);
        }
        expect(Math.abs(a.cadenceSpm.value - p.cadenceSpm)).toBeLessThanOrEqual(1);
        expect(Math.abs(a.overstrideLegs.value - Math.max(0.1, p.overstrideLegs))).toBeLessThanOrEqual(0.02);
      }),
      { numRuns: 30, seed: 20261202 },
    );
  });
});
