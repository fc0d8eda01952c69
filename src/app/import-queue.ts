import { FairQueue, type FairQueueLimits } from './import-fair-queue';

/**
 * Runs import jobs by the fair policy of import-fair-queue.ts: per-runner queues served in turn, a
 * few at once. A job's failure is its own (it resolves the promise of `add` all the same).
 * @example
 * const queue = createImportQueue({ concurrency: 2, perOwner: 1 });
 * void queue.add(userId, () => importer.run(job));
 * await queue.idle();
 */
export function createImportQueue(limits: Partial<FairQueueLimits> = {}) {
  const policy = new FairQueue<() => Promise<void>>(limits);
  let idleWaiters: (() => void)[] = [];

  const pump = () => {
    for (let next = policy.next(); next; next = policy.next()) {
      const { owner, item } = next;
      void item().finally(() => {
        policy.done(owner);
        pump();
      });
    }
    if (policy.running === 0 && policy.size === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  };

  return {
    /** Queues `job` for `owner`; resolves when it has ended, however it ended. */
    add(owner: string, job: () => Promise<void>): Promise<void> {
      return new Promise<void>((resolve) => {
        policy.push(owner, () =>
          Promise.resolve()
            .then(job)
            .catch(() => undefined)
            .finally(resolve),
        );
        pump();
      });
    },
    /** Resolves when nothing runs or waits: for tests and shutdown. */
    idle(): Promise<void> {
      if (policy.running === 0 && policy.size === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    /** Imports running now and waiting to start. */
    get counts(): { running: number; waiting: number } {
      return { running: policy.running, waiting: policy.size };
    },
  };
}

export type ImportQueue = ReturnType<typeof createImportQueue>;
