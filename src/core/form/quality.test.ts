import { describe, expect, it } from 'vitest';
import { analyseForm } from './analyse';
import { seededRandom, syntheticRunner, type SyntheticRunnerOptions } from './synthetic-runner';
import type { FormRefusal, PoseFrame } from './types';

const runner = (options: Partial<SyntheticRunnerOptions> = {}, seed = 1) =>
  syntheticRunner({ random: seededRandom(seed), jitterPx: 1, ...options });

function refusal(frames: readonly PoseFrame[], clip: Parameters<typeof analyseForm>[1]): FormRefusal | 'ok' {
  const result = analyseForm(frames, clip);
  if (result.ok) return 'ok';
  // Every refusal tells the runner what to do, in a sentence or two.
  expect(result.error.message.length).toBeGreaterThan(60);
  return result.error.code;
}

describe('the quality gate', () => {
  it('passes a good clip', () => {
    const r = runner();
    expect(refusal(r.frames, r.clip)).toBe('ok');
  });

  it('refuses a clip with nobody in it', () => {
    const r = runner();
    const empty = r.frames.map((f) => ({ ...f, people: 0, joints: null }));
    expect(refusal(empty, r.clip)).toBe('no_person');
    expect(refusal([], { ...r.clip, frameTimesS: [] })).toBe('no_person');
  });

  it('refuses two people throughout, and two people in every other second', () => {
    const r = runner();
    expect(
      refusal(
        r.frames.map((f) => ({ ...f, people: 2 })),
        r.clip,
      ),
    ).toBe('several_people');
    const alternating = r.frames.map((f) => (Math.floor(f.timeS) % 2 === 0 ? { ...f, people: 2 } : f));
    expect(refusal(alternating, r.clip)).toBe('several_people');
  });

  it('refuses a clip that is too short, saying how long the runner was in view', () => {
    const r = runner({ durationS: 3.5 });
    const result = analyseForm(r.frames, r.clip);
    expect(result.ok ? null : result.error.code).toBe('too_short');
    expect(result.ok ? '' : result.error.message).toContain('3.5 s');
    // In view for 3 s of a 10 s clip: too short, not nobody.
    const crossing = runner({ durationS: 10 });
    const partly = crossing.frames.map((f) => (f.timeS < 3 ? f : { ...f, people: 0, joints: null }));
    expect(refusal(partly, crossing.clip)).toBe('too_short');
  });

  it('refuses slow motion written in the container', () => {
    const r = runner({ fps: 30 });
    expect(refusal(r.frames, { ...r.clip, captureFps: 240 })).toBe('slow_motion');
    expect(refusal(r.frames, { ...r.clip, captureFps: 30 })).toBe('ok');
  });

  it('refuses steps too slow for running (slow motion the container did not mention)', () => {
    // A 170 spm runner played at half speed.
    const r = runner({ cadenceSpm: 85, durationS: 10 });
    expect(refusal(r.frames, r.clip)).toBe('slow_motion');
    // Slowed four times: only 4 or 5 steps, but slowness is the thing to fix.
    const slower = runner({ cadenceSpm: 42, durationS: 6 });
    expect(refusal(slower.frames, slower.clip)).toBe('slow_motion');
  });

  it('refuses uneven frame timing: duplicated times, a long gap, too few frames a second', () => {
    const r = runner();
    const doubled = r.clip.frameTimesS.map((t, i) => (i % 10 === 5 ? r.clip.frameTimesS[i - 1]! : t));
    expect(refusal(r.frames, { ...r.clip, frameTimesS: doubled })).toBe('uneven_frames');
    const gap = r.frames.filter((f) => f.timeS < 3 || f.timeS > 3.3);
    expect(refusal(gap, { ...r.clip, frameTimesS: gap.map((f) => f.timeS) })).toBe('uneven_frames');
    const sparse = runner({ fps: 15 });
    expect(refusal(sparse.frames, sparse.clip)).toBe('uneven_frames');
  });

  it('refuses when the lower body is not seen with confidence', () => {
    const r = runner();
    const faint = r.frames.map((f, i) => {
      if (i % 2 === 0 || !f.joints) return f;
      const joints = { ...f.joints };
      for (const j of ['left_ankle', 'right_ankle'] as const) joints[j] = { ...joints[j]!, score: 0.1 };
      return { ...f, joints };
    });
    expect(refusal(faint, r.clip)).toBe('low_confidence');
  });

  it('refuses when one leg is never seen, so the legs cannot be followed', () => {
    const r = runner();
    const oneLeg = r.frames.map((f) => {
      if (!f.joints) return f;
      const { right_ankle: _a, right_knee: _k, ...joints } = f.joints;
      return { ...f, joints };
    });
    const result = analyseForm(oneLeg, r.clip);
    expect(result.ok ? null : result.error.code).toBe('low_confidence');
    expect(result.ok ? '' : result.error.message).toContain('legs');
  });

  it('refuses a camera that is not side-on, and accepts one slightly turned', () => {
    const front = runner({ yawDeg: 40 });
    expect(refusal(front.frames, front.clip)).toBe('not_side_on');
    const slightly = runner({ yawDeg: 10 });
    expect(refusal(slightly.frames, slightly.clip)).toBe('ok');
  });

  it('refuses too few steps when the runner stands still', () => {
    const r = runner();
    const still = r.frames.map((f) => ({ ...f, joints: r.frames[0]!.joints }));
    expect(refusal(still, r.clip)).toBe('too_few_steps');
  });

  it('refuses when the direction of running can’t be told: no travel, no face, no feet', () => {
    const r = runner({ travelPxPerS: 0 });
    const faceless = r.frames.map((f) => {
      if (!f.joints) return f;
      const joints = { ...f.joints };
      for (const j of ['nose', 'left_heel', 'right_heel', 'left_foot_index', 'right_foot_index'] as const) {
        delete joints[j];
      }
      return { ...f, joints };
    });
    expect(refusal(faceless, r.clip)).toBe('low_confidence');
    // With travel across the frame the hips alone tell it.
    const crossing = runner({ travelPxPerS: 120, facing: 'left' });
    const crossingFaceless = crossing.frames.map((f) => {
      if (!f.joints) return f;
      const { nose: _n, ...joints } = f.joints;
      return { ...f, joints };
    });
    const result = analyseForm(crossingFaceless, crossing.clip);
    expect(result.ok && result.value.facing).toBe('left');
  });

  it('puts the most useful reason first', () => {
    // Two people and slow motion: the people are the first thing to fix.
    const r = runner({ fps: 30 });
    expect(
      refusal(
        r.frames.map((f) => ({ ...f, people: 2 })),
        { ...r.clip, captureFps: 240 },
      ),
    ).toBe('several_people');
    // Slow motion and (because of it) too short.
    const short = runner({ fps: 30, durationS: 3 });
    expect(refusal(short.frames, { ...short.clip, captureFps: 120 })).toBe('slow_motion');
    // Not side-on and standing still: the angle explains the missing steps.
    const front = runner({ yawDeg: 45 });
    const still = front.frames.map((f) => ({ ...f, joints: front.frames[0]!.joints }));
    expect(refusal(still, front.clip)).toBe('not_side_on');
  });
});
