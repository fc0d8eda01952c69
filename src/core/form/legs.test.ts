import { describe, expect, it } from 'vitest';
import { jointSeries, midpoint } from './keypoints';
import { ankleLead, trackLegs } from './legs';
import { seededRandom, syntheticRunner } from './synthetic-runner';

describe('trackLegs', () => {
  const options = { cadenceSpm: 170, overstrideLegs: 0.25, durationS: 4, jitterPx: 2 };
  const clean = syntheticRunner({ random: seededRandom(9), ...options });
  const swapped = syntheticRunner({ random: seededRandom(9), ...options, swapShare: 0.3 });

  const tracked = (frames: typeof clean.frames) => {
    const joints = jointSeries(frames, 0.3);
    const hip = midpoint(joints.left_hip, joints.right_hip);
    return {
      joints,
      hip,
      legs: trackLegs(
        joints,
        hip,
        frames.map((f) => f.timeS),
      ),
    };
  };

  it('follows each leg through swapped labels', () => {
    // Both runs draw the same random numbers (the swap draw happens either way), so the clean run's labels
    // are the truth for the swapped one.
    const truth = tracked(clean.frames).joints;
    const { legs } = tracked(swapped.frames);
    let wrong = 0;
    let total = 0;
    for (let i = 0; i < swapped.frames.length; i++) {
      const a = legs[0].ankle.x[i]!;
      const l = truth.left_ankle.x[i]!;
      const r = truth.right_ankle.x[i]!;
      if (Math.abs(l - r) < 20) continue; // legs crossing: either answer is right
      total++;
      if (Math.abs(a - l) > Math.abs(a - r)) wrong++;
    }
    expect(total).toBeGreaterThan(150);
    expect(wrong).toBe(0);
  });

  it('without tracking, the labels alone would mix the legs up', () => {
    const truth = tracked(clean.frames).joints;
    const labels = tracked(swapped.frames).joints;
    let mixed = 0;
    for (let i = 0; i < swapped.frames.length; i++) {
      const l = truth.left_ankle.x[i]!;
      const r = truth.right_ankle.x[i]!;
      if (
        Math.abs(l - r) >= 20 &&
        Math.abs(labels.left_ankle.x[i]! - l) > Math.abs(labels.left_ankle.x[i]! - r)
      )
        mixed++;
    }
    expect(mixed).toBeGreaterThan(40);
  });

  it('gives the front foot’s lead as the larger of the two, whichever leg it is', () => {
    const { legs, hip } = tracked(swapped.frames);
    const [a, b, front] = ankleLead(legs, hip, 1);
    for (let i = 0; i < front!.length; i++) {
      if (Number.isNaN(front![i]!)) continue;
      expect(front![i]).toBe(Math.max(a![i]!, b![i]!));
    }
    // The front foot reaches 0.25 leg lengths (50 px) ahead at each contact, whichever leg it is.
    const reach = Math.max(...Array.from(front!).filter((v) => !Number.isNaN(v)));
    expect(Math.abs(reach - 50)).toBeLessThan(8);
  });
});
