import { describe, expect, it } from 'vitest';
import type { FormJoint, Keypoint, PoseFrame } from '../../../src/core/form/types';
import { stillLines } from './still-lines';

const k = (x: number, y: number, score = 0.9): Keypoint => ({ x, y, score });

/** A runner moving right, left foot landing ahead at x 360, right leg trailing at x 250. */
function landing(swap = false): PoseFrame {
  const front = swap ? 'right' : 'left';
  const rear = swap ? 'left' : 'right';
  const joints: Partial<Record<FormJoint, Keypoint>> = {
    left_shoulder: k(310, 100),
    right_shoulder: k(306, 102),
    [`${front}_hip`]: k(302, 250),
    [`${rear}_hip`]: k(298, 250),
    [`${front}_knee`]: k(340, 330),
    [`${rear}_knee`]: k(270, 320),
    [`${front}_ankle`]: k(360, 410),
    [`${rear}_ankle`]: k(250, 380),
  };
  return { timeS: 1.2, people: 1, joints };
}

describe('the lines drawn over a landing', () => {
  it('takes the leg whose ankle is furthest in the running direction, whatever the labels say', () => {
    for (const swap of [false, true]) {
      const lines = stillLines(landing(swap), 'right')!;
      expect(lines.leg.map((p) => p.x)).toEqual([302, 340, 360]);
      expect(lines.hip).toEqual({ x: 300, y: 250 });
      expect(lines.shoulder).toEqual({ x: 308, y: 101 });
      expect(lines.overstride).toEqual([
        { x: 300, y: 410 },
        { x: 360, y: 410 },
      ]);
    }
  });

  it('takes the other ankle when the runner moves left', () => {
    const lines = stillLines(landing(), 'left')!;
    expect(lines.leg.map((p) => p.x)).toEqual([298, 270, 250]);
    expect(lines.overstride[1]).toEqual({ x: 250, y: 380 });
  });

  it('draws nothing when the joints are not seen', () => {
    expect(stillLines({ timeS: 0, people: 0, joints: null }, 'right')).toBeNull();
    const faint = landing();
    faint.joints = Object.fromEntries(
      Object.entries(faint.joints!).map(([n, p]) => [n, { ...p, score: 0.1 }]),
    );
    expect(stillLines(faint, 'right')).toBeNull();
    const noShoulders = landing();
    delete noShoulders.joints!.left_shoulder;
    delete noShoulders.joints!.right_shoulder;
    expect(stillLines(noShoulders, 'right')).toBeNull();
  });
});
