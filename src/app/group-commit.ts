/**
 * When the import's writer commits: a group commit. A transaction per file costs the writer's thread
 * more than the file's own rows (SQLite rewrites the same index pages and the WAL for each one, PostgreSQL
 * waits a round trip for each commit), and on a two-core machine that thread shares the cores with
 * the decode threads. So settled files are held and written together, bounded three ways.
 */

/** Most files settled per transaction. */
export const MAX_BATCH_FILES = 64;
/** The writer commits what it holds once no file has come for this long. */
export const QUIET_MS = 50;
/** ...and at the latest this long after the first file it holds was settled. */
export const MAX_HOLD_MS = 1000;

/** Said between two events when the next one did not come within the quiet time. */
export const QUIET = Symbol('quiet');

/**
 * The events, with QUIET between two whenever the next one takes longer than `quietMs` to come.
 * @example for await (const e of withQuiet(events, 50)) if (e === QUIET) await commit();
 */
export async function* withQuiet<T>(
  events: AsyncIterable<T>,
  quietMs: number,
): AsyncGenerator<T | typeof QUIET> {
  const iterator = events[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = iterator.next();
      let timer: NodeJS.Timeout | undefined;
      const quiet = new Promise<typeof QUIET>((resolve) => {
        timer = setTimeout(resolve, quietMs, QUIET);
      });
      const first = await Promise.race([next, quiet]);
      clearTimeout(timer);
      if (first === QUIET) yield QUIET;
      const result = await next;
      if (result.done) return;
      yield result.value;
    }
  } finally {
    await iterator.return?.();
  }
}

/**
 * An error that stops an import and whose files settled but not yet written must not be written:
 * another worker took the import over and redoes them from the ledger. Any other stop (shutdown, the
 * time budget) writes them first, so what the import's status says was imported is stored.
 */
export interface DiscardsUnwritten {
  discardUnwritten: true;
}

export const discardsUnwritten = (error: unknown): boolean =>
  (error as Partial<DiscardsUnwritten> | null)?.discardUnwritten === true;
