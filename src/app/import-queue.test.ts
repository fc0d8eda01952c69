import { describe, expect, it } from 'vitest';
import { createImportQueue } from './import-queue';

/** A job that records when it starts and ends only when told to. */
function job(name: string, log: string[]) {
  let finish!: () => void;
  const ended = new Promise<void>((resolve) => (finish = resolve));
  return {
    run: async () => {
      log.push(`start ${name}`);
      await ended;
      log.push(`end ${name}`);
    },
    finish: () => finish(),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('import queue', () => {
  it("starts another runner's import while one runner's imports wait their turn", async () => {
    const log: string[] = [];
    const queue = createImportQueue({ concurrency: 2, perOwner: 1 });
    const [a1, a2, b1] = [job('a1', log), job('a2', log), job('b1', log)];
    const done = [queue.add('ann', a1.run), queue.add('ann', a2.run), queue.add('bob', b1.run)];
    await tick();
    expect(log).toEqual(['start a1', 'start b1']);
    expect(queue.counts).toEqual({ running: 2, waiting: 1 });
    b1.finish();
    await done[2];
    a1.finish();
    await done[0];
    await tick();
    expect(log).toEqual(['start a1', 'start b1', 'end b1', 'end a1', 'start a2']);
    a2.finish();
    await queue.idle();
    expect(queue.counts).toEqual({ running: 0, waiting: 0 });
  });

  it('keeps going after a job fails, and resolves its promise all the same', async () => {
    const queue = createImportQueue({ concurrency: 1 });
    const ran: string[] = [];
    const failed = queue.add('ann', () => Promise.reject(new Error('disk full')));
    const next = queue.add('ann', async () => {
      ran.push('next');
    });
    await expect(failed).resolves.toBeUndefined();
    await next;
    expect(ran).toEqual(['next']);
    await expect(queue.idle()).resolves.toBeUndefined();
  });
});
