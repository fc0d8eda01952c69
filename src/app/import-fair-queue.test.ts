import { describe, expect, it } from 'vitest';
import { FairQueue } from './import-fair-queue';

/** Starts everything startable; returns the items in the order they started. */
const drain = <T>(q: FairQueue<T>): T[] => {
  const started: T[] = [];
  for (let n = q.next(); n; n = q.next()) started.push(n.item);
  return started;
};

describe('FairQueue', () => {
  it('starts at most `concurrency` items, then one more as each ends', () => {
    const q = new FairQueue<string>({ concurrency: 2, perOwner: 5 });
    for (const item of ['a1', 'a2', 'a3']) q.push('ann', item);
    expect(drain(q)).toEqual(['a1', 'a2']);
    expect(q.running).toBe(2);
    expect(q.size).toBe(1);
    q.done('ann');
    expect(drain(q)).toEqual(['a3']);
    expect(q.size).toBe(0);
  });

  it("never runs more than `perOwner` of one runner's items, even with free slots", () => {
    const q = new FairQueue<string>({ concurrency: 4, perOwner: 1 });
    q.push('ann', 'a1');
    q.push('ann', 'a2');
    expect(drain(q)).toEqual(['a1']);
    expect(q.next()).toBeNull();
    q.done('ann');
    expect(drain(q)).toEqual(['a2']);
  });

  it("gives a second runner a slot while the first runner's big import runs", () => {
    const q = new FairQueue<string>({ concurrency: 2, perOwner: 1 });
    q.push('ann', 'huge.zip');
    expect(drain(q)).toEqual(['huge.zip']);
    q.push('ann', 'second.zip');
    q.push('bob', 'run.fit');
    expect(drain(q)).toEqual(['run.fit']);
  });

  it('serves waiting runners in turn, not in arrival order', () => {
    const q = new FairQueue<string>({ concurrency: 1, perOwner: 1 });
    for (const item of ['a1', 'a2', 'a3']) q.push('ann', item);
    q.push('bob', 'b1');
    q.push('cat', 'c1');
    q.push('bob', 'b2');
    const order: string[] = [];
    for (let n = q.next(); n; n = q.next()) {
      order.push(n.item);
      q.done(n.owner);
    }
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
  });

  it('puts a runner who comes back after a while at the back of the turn', () => {
    const q = new FairQueue<string>({ concurrency: 1, perOwner: 1 });
    q.push('ann', 'a1');
    q.next();
    q.push('bob', 'b1');
    q.push('cat', 'c1');
    q.done('ann');
    q.push('ann', 'a2');
    const order: string[] = [];
    for (let n = q.next(); n; n = q.next()) {
      order.push(n.item);
      q.done(n.owner);
    }
    expect(order).toEqual(['b1', 'c1', 'a2']);
  });

  it('refuses a done() for an owner with nothing running, and limits under 1', () => {
    const q = new FairQueue<string>();
    expect(() => q.done('ann')).toThrow(/nothing of ann is running/);
    expect(() => new FairQueue({ concurrency: 0 })).toThrow(RangeError);
    expect(() => new FairQueue({ perOwner: 0 })).toThrow(RangeError);
  });
});
