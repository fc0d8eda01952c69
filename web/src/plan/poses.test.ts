import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS, EXERCISES } from '../../../src/core/plan/doses';
import { parts } from './figure-paths';
import { BONES, GROUND_Y, HEAD_R, points, VIEW, type Pose, type Pt } from './pose-kit';
import { POSES } from './poses';

const dist = ([ax, ay]: Pt, [bx, by]: Pt): number => Math.hypot(ax - bx, ay - by);

const bones = (p: Pose): [number, number][] => [
  [dist(p.hip, p.shoulder), BONES.trunk],
  [dist(p.shoulder, p.head), BONES.neck],
  ...p.arms.flatMap((a): [number, number][] => [
    [dist(p.shoulder, a.mid), BONES.upperArm],
    [dist(a.mid, a.end), BONES.forearm],
  ]),
  ...p.legs.flatMap((l): [number, number][] => [
    [dist(p.hip, l.mid), BONES.thigh],
    [dist(l.mid, l.end), BONES.shin],
  ]),
];

describe('exercise poses', () => {
  it('draws every exercise id with one or two poses, and nothing else', () => {
    expect(Object.keys(POSES).sort()).toEqual([...EXERCISE_IDS].sort());
    for (const id of EXERCISE_IDS) expect([1, 2], id).toContain(POSES[id].length);
  });

  it('moves every exercise the plan starts with (two poses)', () => {
    const still = EXERCISE_IDS.filter((id) => 'start' in EXERCISES[id] && POSES[id].length < 2);
    expect(still).toEqual(['plank']);
  });

  it('keeps every figure inside the drawing and on or above the ground', () => {
    for (const id of EXERCISE_IDS) {
      for (const pose of POSES[id]) {
        for (const [x, y] of points(pose)) {
          expect(x, id).toBeGreaterThanOrEqual(0);
          expect(x, id).toBeLessThanOrEqual(VIEW.width);
          expect(y, id).toBeGreaterThanOrEqual(HEAD_R);
          expect(y, id).toBeLessThanOrEqual(GROUND_Y);
        }
        expect(pose.head[1] + HEAD_R, id).toBeLessThanOrEqual(GROUND_Y);
      }
    }
  });

  it('keeps the same proportions in every pose', () => {
    for (const id of EXERCISE_IDS) {
      for (const pose of POSES[id]) {
        for (const [length, expected] of bones(pose)) expect(length, id).toBeCloseTo(expected, 0);
      }
    }
  });

  it('gives both poses of a moving drawing the same parts with the same path shape, so one can turn into the other', () => {
    const shape = (d: string): string => d.replace(/-?\d+(\.\d+)?/g, 'n');
    for (const id of EXERCISE_IDS) {
      const [a, b] = POSES[id];
      if (!b) continue;
      const pa = parts(a);
      const pb = parts(b);
      expect(
        pa.map((p) => p.key),
        id,
      ).toEqual(pb.map((p) => p.key));
      expect(
        pa.map((p) => shape(p.d)),
        id,
      ).toEqual(pb.map((p) => shape(p.d)));
      expect(
        pa.map((p) => p.d),
        `${id} should move`,
      ).not.toEqual(pb.map((p) => p.d));
    }
  });
});
