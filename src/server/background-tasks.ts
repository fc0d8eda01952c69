import type { FastifyBaseLogger } from 'fastify';

/**
 * Work that must not hold up a response (sending an email whose timing would otherwise tell who has an
 * account). Failures are logged, never thrown; `idle()` resolves when all have finished (tests, shutdown).
 */
export function createBackgroundTasks(log: FastifyBaseLogger) {
  const running = new Set<Promise<void>>();
  return {
    run(what: string, task: () => Promise<unknown>): void {
      const p: Promise<void> = task()
        .then(() => undefined)
        .catch((err: unknown) => log.error({ err }, `${what} failed`))
        .finally(() => running.delete(p));
      running.add(p);
    },
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}

export type BackgroundTasks = ReturnType<typeof createBackgroundTasks>;
