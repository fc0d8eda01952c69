import { FairQueue } from './import-fair-queue';
import type { ImportJobsRepository } from '../store/repositories/import-jobs';
import { RetryLater } from './import-job';
import type { JobHandler, JobQueue } from './job-queue';

export interface DatabaseQueueOptions {
  jobs: ImportJobsRepository;
  /** How often to look for imports not announced here (retries coming due), ms. */
  pollMs: number;
  onError?: (error: unknown) => void;
  now?: () => Date;
}

/**
 * The queue of one process on SQLite: the imports table is the queue, so it lives in the SQLite file
 * and a restart finds every unfinished import there and resumes it. Waiting imports are run by the fair
 * policy of import-fair-queue.ts (each runner's in turn, one per runner at a time).
 * @example const queue = createDatabaseQueue({ jobs: importJobsRepository(db), pollMs: 2000 });
 */
export function createDatabaseQueue(options: DatabaseQueueOptions): JobQueue {
  const { jobs, pollMs } = options;
  const now = options.now ?? (() => new Date());
  let policy: FairQueue<string> | null = null;
  let handler: JobHandler | null = null;
  /** Imports queued or running in this process. */
  const known = new Set<string>();
  let running = 0;
  let stopped = false;
  let timer: ReturnType<typeof setInterval> | null = null;
  let idleWaiters: (() => void)[] = [];

  const pump = () => {
    if (!policy || !handler || stopped) return;
    for (let next = policy.next(); next; next = policy.next()) {
      const { owner, item: id } = next;
      running++;
      const fair = policy;
      void handler(id)
        .catch((error: unknown) => {
          // A retry is held back in its row (run_after) and found again by `poll`.
          if (!(error instanceof RetryLater)) options.onError?.(error);
        })
        .finally(() => {
          running--;
          fair.done(owner);
          known.delete(id);
          pump();
          if (running === 0) for (const resolve of idleWaiters.splice(0)) resolve();
        });
    }
  };
  const enqueue = (id: string, userId: string) => {
    if (!policy || known.has(id) || stopped) return;
    known.add(id);
    policy.push(userId, id);
  };
  const poll = async () => {
    const nowIso = now().toISOString();
    for (const w of await jobs.waiting(nowIso)) {
      if (w.runAfter === null || w.runAfter <= nowIso) enqueue(w.id, w.userId);
    }
    pump();
  };

  return {
    kind: 'database',
    async send(importId, userId) {
      enqueue(importId, userId);
      pump();
    },
    async work(h, concurrency) {
      handler = h;
      policy = new FairQueue<string>({ concurrency, perOwner: 1 });
      await poll();
      timer = setInterval(() => void poll().catch((error: unknown) => options.onError?.(error)), pollMs);
      timer.unref();
    },
    get running() {
      return running;
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (running > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve));
      idleWaiters = [];
    },
  };
}
