import { describe, expect, it } from 'vitest';
import { allKeypoints, PERSON_SCORE, toPoseFrame } from './keypoints';
import type { RawPose } from './protocol';

const pose = (score: number, x: number): RawPose => ({
  score,
  keypoints: [
    { name: 'nose', x, y: 10, score: 0.9 },
    { name: 'left_eye', x: x + 1, y: 9, score: 0.8 },
    { name: 'left_ankle', x: x + 2, y: 100, score: 0.7 },
    { name: 'right_heel', x: x + 3, y: 104, score: 0.6 },
  ],
});

describe('toPoseFrame', () => {
  it('scales the best pose’s form joints back to the original frame and drops the others', () => {
    const frame = toPoseFrame(1.5, [pose(0.6, 20), pose(0.9, 50)], { x: 2, y: 3 });
    expect(frame.timeS).toBe(1.5);
    expect(frame.people).toBe(2);
    expect(frame.joints).toEqual({
      nose: { x: 100, y: 30, score: 0.9 },
      left_ankle: { x: 104, y: 300, score: 0.7 },
      right_heel: { x: 106, y: 312, score: 0.6 },
    });
  });

  it('counts only poses at or above the person score, and gives no joints when nobody is there', () => {
    expect(toPoseFrame(0, [pose(PERSON_SCORE - 0.01, 5)], { x: 1, y: 1 })).toEqual({
      timeS: 0,
      people: 0,
      joints: null,
    });
    expect(toPoseFrame(0, [pose(PERSON_SCORE, 5), pose(0.1, 9)], { x: 1, y: 1 }).people).toBe(1);
    expect(toPoseFrame(0, [], { x: 1, y: 1 }).joints).toBeNull();
  });

  it('takes the multi-person model’s count when there is one', () => {
    expect(toPoseFrame(0, [pose(0.9, 5)], { x: 1, y: 1 }, 3).people).toBe(3);
    expect(toPoseFrame(0, [], { x: 1, y: 1 }, 2)).toEqual({ timeS: 0, people: 2, joints: null });
  });
});

describe('allKeypoints', () => {
  it('keeps every keypoint of the best pose in the model’s order, scaled', () => {
    expect(allKeypoints([pose(0.2, 1), pose(0.4, 10)], { x: 2, y: 1 })).toEqual([
      [20, 10],
      [22, 9],
      [24, 100],
      [26, 104],
    ]);
    expect(allKeypoints([], { x: 1, y: 1 })).toEqual([]);
  });
});
