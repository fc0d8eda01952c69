import { describe, expect, it } from 'vitest';
import { analyseForm } from './analyse';
import { seededRandom, syntheticRunner, type SyntheticRunnerOptions } from './synthetic-runner';
import type { FootContact, FormAnalysis } from './types';

const TRUTH = {
  cadenceSpm: 172,
  overstrideLegs: 0.22,
  shinAngleDeg: 7,
  trunkLeanDeg: 8,
  verticalOscillationLegs: 0.09,
};

function analysed(options: Partial<SyntheticRunnerOptions>, seed = 1): FormAnalysis {
  const runner = syntheticRunner({ random: seededRandom(seed), ...TRUTH, ...options });
  const result = analyseForm(runner.frames, runner.clip);
  if (!result.ok) throw new Error(`refused: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The done-when targets of issue 14. */
function expectKnownAnswers(a: FormAnalysis, truth: typeof TRUTH = TRUTH): void {
  expect(Math.abs(a.cadenceSpm.value - truth.cadenceSpm)).toBeLessThanOrEqual(1);
  expect(Math.abs(a.overstrideLegs.value - truth.overstrideLegs)).toBeLessThanOrEqual(0.02);
  expect(Math.abs(a.shinAngleDeg.value - truth.shinAngleDeg)).toBeLessThanOrEqual(1);
  expect(Math.abs(a.trunkLeanDeg.value - truth.trunkLeanDeg)).toBeLessThanOrEqual(1);
  expect(Math.abs(a.verticalOscillationLegs.value - truth.verticalOscillationLegs)).toBeLessThanOrEqual(
    0.015,
  );
}

describe('analyseForm on a synthetic runner with known answers', () => {
  it('measures a clean 60 fps treadmill clip to well within the targets', () => {
    const a = analysed({});
    expectKnownAnswers(a);
    expect(a.cadenceSpm.value).toBeCloseTo(172, 1);
    expect(a.overstrideLegs.value).toBeCloseTo(0.22, 2);
    expect(a.legLengthPx).toBeCloseTo(200, 0);
    expect(a.facing).toBe('right');
  });

  it('finds every contact at its true time, within one frame', () => {
    const runner = syntheticRunner({ random: seededRandom(4), ...TRUTH });
    const result = analyseForm(runner.frames, runner.clip);
    expect(result.ok).toBe(true);
    const contacts = result.ok ? result.value.contacts : [];
    // Contacts too near either end of the clip can't show a peak; every other one must be found.
    const inner = runner.contactTimesS.filter((t) => t > 0.05 && t < 8 - 0.05);
    expect(contacts.length).toBeGreaterThanOrEqual(inner.length - 1);
    for (const c of contacts) {
      const nearest = Math.min(...runner.contactTimesS.map((t) => Math.abs(t - c.timeS)));
      expect(nearest).toBeLessThan(1 / 60);
      expect(runner.frames[c.frame]!.timeS).toBeCloseTo(c.timeS, 1);
    }
  });

  it('gives the points each contact was read from, front leg first whatever its label', () => {
    const a = analysed({ jitterPx: 1, swapShare: 0.5 });
    for (const c of a.contacts) {
      const p = c.points!;
      // The ankle is the front one: ahead of the hips by the overstride, below the knee, the shin at its angle.
      expect((p.ankle.x - p.hip.x) / a.legLengthPx).toBeCloseTo(c.overstrideLegs, 1);
      expect(p.ankle.y).toBeGreaterThan(p.knee.y);
      const shin = (Math.atan2(p.ankle.x - p.knee.x, p.ankle.y - p.knee.y) * 180) / Math.PI;
      expect(Math.abs(shin - c.shinAngleDeg)).toBeLessThan(1);
      expect(p.shoulder.y).toBeLessThan(p.hip.y);
    }
  });

  it('is robust to 3 px jitter and left/right labels swapped in 30% of frames at 60 fps', () => {
    for (const seed of [1, 2, 3]) {
      const a = analysed({ jitterPx: 3, swapShare: 0.3 }, seed);
      expectKnownAnswers(a);
      expect(a.steps).toBeGreaterThanOrEqual(21);
    }
  });

  it('is robust to the ankles alone, or the knees alone, swapping labels', () => {
    for (const swapParts of [['ankle'], ['knee'], ['knee', 'ankle']] as const) {
      for (const fps of [30, 60]) {
        expectKnownAnswers(analysed({ fps, jitterPx: 2, swapShare: 0.3, swapParts }, 7));
      }
    }
  });

  it('meets the targets at 30 fps, with jitter and swaps', () => {
    const a = analysed({ fps: 30, jitterPx: 2, swapShare: 0.3 });
    expectKnownAnswers(a);
  });

  it('tells the direction from travel across the frame, and from the face on a treadmill', () => {
    expect(analysed({ facing: 'left', travelPxPerS: 90 }).facing).toBe('left');
    expect(analysed({ facing: 'right', travelPxPerS: 90 }).facing).toBe('right');
    const treadmillLeft = analysed({ facing: 'left', travelPxPerS: 0, jitterPx: 2, swapShare: 0.3 });
    expect(treadmillLeft.facing).toBe('left');
    expectKnownAnswers(treadmillLeft);
  });

  it('reads an overstrider leaning from the waist and gives the cue that matters most', () => {
    const truth = { ...TRUTH, cadenceSpm: 158, overstrideLegs: 0.36, shinAngleDeg: 13, trunkLeanDeg: 18 };
    const a = analysed({ ...truth, jitterPx: 2, swapShare: 0.2 });
    expectKnownAnswers(a, truth);
    expect(a.advice.cue).toBe('land_under_hips');
    expect(a.advice.cadenceTargetSpm).toBe(166);
  });

  it('drops keypoints that jump away for a frame (a shadow, the other leg) instead of smearing them', () => {
    const runner = syntheticRunner({ random: seededRandom(8), ...TRUTH, jitterPx: 1 });
    const pick = seededRandom(80);
    const joints = [
      'left_knee',
      'right_knee',
      'left_ankle',
      'right_ankle',
      'left_hip',
      'left_shoulder',
    ] as const;
    const frames = runner.frames.map((f) => {
      if (pick() > 0.15 || !f.joints) return f;
      const joint = joints[Math.floor(pick() * joints.length)]!;
      const k = f.joints[joint]!;
      const jump = (50 + 50 * pick()) * (pick() < 0.5 ? -1 : 1);
      return { ...f, joints: { ...f.joints, [joint]: { ...k, x: k.x + jump, y: k.y - jump / 2 } } };
    });
    const result = analyseForm(frames, runner.clip);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectKnownAnswers(result.value);
    // Not just the medians: each contact stays close to the truth.
    const worst = (f: (c: FootContact) => number) => Math.max(...result.value.contacts.map(f));
    // (Without dropping them: 0.19 leg lengths, 25° and a shin spread of 7°.)
    expect(worst((c) => Math.abs(c.overstrideLegs - TRUTH.overstrideLegs))).toBeLessThan(0.06);
    expect(worst((c) => Math.abs(c.shinAngleDeg - TRUTH.shinAngleDeg))).toBeLessThan(3);
    expect(result.value.shinAngleDeg.spread).toBeLessThan(2);
  });

  it('bridges keypoints the model lost for a few frames', () => {
    const runner = syntheticRunner({ random: seededRandom(5), ...TRUTH });
    const frames = runner.frames.map((f, i) => {
      if (i % 20 >= 3 || !f.joints) return f;
      // The far leg disappears for 3 frames in every 20; one frame in 20 finds nobody.
      const { right_ankle: _a, right_knee: _k, ...rest } = f.joints;
      return i % 20 === 0 ? { ...f, people: 0, joints: null } : { ...f, joints: rest };
    });
    const result = analyseForm(frames, runner.clip);
    expect(result.ok).toBe(true);
    if (result.ok) expectKnownAnswers(result.value);
  });

  it('analyses the stretch with the runner alone when someone passes by for a moment', () => {
    const runner = syntheticRunner({ random: seededRandom(6), ...TRUTH, durationS: 9 });
    const frames = runner.frames.map((f, i) => (i >= 60 && i < 90 ? { ...f, people: 2 } : f));
    const result = analyseForm(frames, runner.clip);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expectKnownAnswers(result.value);
      expect(result.value.contacts[0]!.frame).toBeGreaterThanOrEqual(90);
    }
  });

  it('gives spreads over steps and error bands in each measure', () => {
    const a = analysed({ jitterPx: 3, swapShare: 0.3 });
    expect(a.cadenceSpm.band).toBeGreaterThan(0.3);
    expect(a.cadenceSpm.band).toBeLessThan(2);
    // The generated shin hardly turns at landing, so timing adds almost nothing to the angle's own ±6°.
    expect(a.shinAngleDeg.band).toBeGreaterThanOrEqual(6);
    expect(a.shinAngleDeg.band).toBeLessThan(6.5);
    expect(a.trunkLeanDeg.band).toBe(6);
    expect(a.overstrideLegs.band).toBeCloseTo(Math.SQRT2 * 0.03, 5);
    expect(a.overstrideLegs.spread).toBeGreaterThan(0);
    expect(a.cadenceSpm.spread).toBeGreaterThan(0);
  });

  it('widens the angle band for a small runner, where a few pixels matter more', () => {
    const a = analysed({ legPx: 60, travelPxPerS: 0 });
    expect(a.shinAngleDeg.band).toBeGreaterThan(6);
    expect(a.overstrideLegs.band).toBeCloseTo((Math.SQRT2 * 3) / 60, 2);
  });
});
