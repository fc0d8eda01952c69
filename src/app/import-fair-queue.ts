/**
 * The scheduling policy of imports, pure: each runner has a queue of their own, and the queues are
 * served in turn (round-robin), a few imports at a time across the server and at most `perOwner` for
 * any one runner. So one runner's huge archive, or ten uploads in a row, never keeps another runner's
 * small upload waiting for more than the imports already running. No timers or promises here: the
 * caller starts what `next()` hands out and says `done()` when it ends (see database-queue.ts).
 */
export interface FairQueueLimits {
  /** Imports running at once, all runners together. */
  concurrency: number;
  /** Imports running at once for one runner. */
  perOwner: number;
}

export const DEFAULT_FAIR_QUEUE_LIMITS: Readonly<FairQueueLimits> = Object.freeze({
  concurrency: 2,
  perOwner: 1,
});

/**
 * @example
 * const q = new FairQueue<string>({ concurrency: 1, perOwner: 1 });
 * q.push('ann', 'big.zip'); q.push('ann', 'more.zip'); q.push('bob', 'run.fit');
 * q.next(); // { owner: 'ann', item: 'big.zip' }
 * q.done('ann');
 * q.next(); // { owner: 'bob', item: 'run.fit' }: Bob's turn before Ann's second upload
 */
export class FairQueue<T> {
  private readonly limits: FairQueueLimits;
  /** Waiting items per owner, in arrival order; an owner is here while they have something waiting. */
  private readonly waiting = new Map<string, T[]>();
  /** Owners in the order they are served; the first is the next to be offered a slot. */
  private turn: string[] = [];
  private readonly runningBy = new Map<string, number>();
  private runningTotal = 0;

  constructor(limits: Partial<FairQueueLimits> = {}) {
    this.limits = { ...DEFAULT_FAIR_QUEUE_LIMITS, ...limits };
    if (!(this.limits.concurrency >= 1 && this.limits.perOwner >= 1)) {
      throw new RangeError('FairQueue limits must be at least 1');
    }
  }

  /** Adds an item to the end of its owner's queue. */
  push(owner: string, item: T): void {
    const queue = this.waiting.get(owner);
    if (queue) {
      queue.push(item);
      return;
    }
    this.waiting.set(owner, [item]);
    // A runner with nothing waiting joins at the back of the turn order.
    if (!this.turn.includes(owner)) this.turn.push(owner);
  }

  /**
   * The next item to start, or null when every slot is taken or no owner with a free slot waits.
   * The owner it belongs to goes to the back of the turn order and counts one more running.
   */
  next(): { owner: string; item: T } | null {
    if (this.runningTotal >= this.limits.concurrency) return null;
    const at = this.turn.findIndex(
      (owner) => this.waiting.has(owner) && (this.runningBy.get(owner) ?? 0) < this.limits.perOwner,
    );
    if (at < 0) return null;
    const owner = this.turn[at]!;
    const queue = this.waiting.get(owner)!;
    const item = queue.shift()!;
    if (queue.length === 0) this.waiting.delete(owner);
    this.turn.splice(at, 1);
    this.turn.push(owner);
    this.runningBy.set(owner, (this.runningBy.get(owner) ?? 0) + 1);
    this.runningTotal++;
    return { owner, item };
  }

  /** One of the owner's items has ended, so its slot is free. */
  done(owner: string): void {
    const running = this.runningBy.get(owner) ?? 0;
    if (running === 0) throw new Error(`FairQueue.done: nothing of ${owner} is running`);
    if (running === 1) this.runningBy.delete(owner);
    else this.runningBy.set(owner, running - 1);
    this.runningTotal--;
    // An owner with nothing running and nothing waiting leaves the turn order.
    if (running === 1 && !this.waiting.has(owner)) this.turn = this.turn.filter((o) => o !== owner);
  }

  /** Items started and not yet done. */
  get running(): number {
    return this.runningTotal;
  }

  /** Items waiting to start. */
  get size(): number {
    let n = 0;
    for (const queue of this.waiting.values()) n += queue.length;
    return n;
  }
}
