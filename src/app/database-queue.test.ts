import { describe, expect, it } from 'vitest';
import type { ImportJobsRepository, WaitingImport } from '../store/repositories/import-jobs';
import { createDatabaseQueue } from './database-queue';
import { RetryLater } from './import-job';

/** A repository holding only the waiting list the queue polls. */
function fakeJobs(waiting: WaitingImport[]): ImportJobsRepository {
  return { waiting: async () => waiting } as unknown as ImportJobsRepository;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the database queue (SQLite)', () => {
  it('takes up the imports waiting in the database when it starts, each runner in turn', async () => {
    const order: string[] = [];
    const queue = createDatabaseQueue({
      jobs: fakeJobs([
        { id: 'ann-1', userId: 'ann', runAfter: null },
        { id: 'ann-2', userId: 'ann', runAfter: null },
        { id: 'bob-1', userId: 'bob', runAfter: null },
      ]),
      pollMs: 60_000,
    });
    await queue.work(async (id) => {
      order.push(id);
      await tick();
      return 'finished';
    }, 1);
    for (let i = 0; i < 50 && order.length < 3; i++) await tick();
    await queue.stop();
    // Bob's import goes before Ann's second, though it was queued after it.
    expect(order).toEqual(['ann-1', 'bob-1', 'ann-2']);
  });

  it('leaves an import whose retry is not yet due, and runs one announced with send', async () => {
    const ran: string[] = [];
    const queue = createDatabaseQueue({
      jobs: fakeJobs([{ id: 'later', userId: 'ann', runAfter: '2999-01-01T00:00:00.000Z' }]),
      pollMs: 60_000,
    });
    await queue.work(async (id) => {
      ran.push(id);
      return 'finished';
    }, 2);
    await queue.send('new', 'bob');
    await tick();
    await queue.stop();
    expect(ran).toEqual(['new']);
  });

  it('waits for running imports when stopped, and reports failures other than a retry', async () => {
    const errors: unknown[] = [];
    let release = () => {};
    const queue = createDatabaseQueue({ jobs: fakeJobs([]), pollMs: 60_000, onError: (e) => errors.push(e) });
    await queue.work(async (id) => {
      if (id === 'retry') throw new RetryLater('database away', 1);
      if (id === 'broken') throw new Error('bug');
      await new Promise<void>((resolve) => (release = resolve));
      return 'finished';
    }, 3);
    await queue.send('retry', 'a');
    await queue.send('broken', 'b');
    await queue.send('slow', 'c');
    await tick();
    expect(queue.running).toBe(1);
    let stopped = false;
    const stopping = queue.stop().then(() => (stopped = true));
    await tick();
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(queue.running).toBe(0);
    expect(errors.map((e) => (e as Error).message)).toEqual(['bug']);
  });
});
