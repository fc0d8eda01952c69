import { describe, expect, it } from 'vitest';
import { QUIET, withQuiet } from './group-commit';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('withQuiet', () => {
  it('says QUIET only where the next event was slow to come', async () => {
    async function* events() {
      yield 1;
      yield 2; // at once
      await sleep(80);
      yield 3;
    }
    const seen: unknown[] = [];
    for await (const e of withQuiet(events(), 20)) seen.push(e);
    expect(seen).toEqual([1, 2, QUIET, 3]);
  });

  it('ends the events it reads when the reader stops early', async () => {
    let ended = false;
    async function* events() {
      try {
        yield 1;
        yield 2;
      } finally {
        ended = true;
      }
    }
    for await (const e of withQuiet(events(), 20)) if (e === 1) break;
    expect(ended).toBe(true);
  });
});
