import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { CORPUS_AVAILABLE, CORPUS_DIR } from '../../importers/testing/corpus';

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await main(['node', 'backstride', ...args], {
    stdin: new PassThrough(),
    stdout,
    stderr,
    env: {},
    cwd: CORPUS_DIR,
  });
  return { code, out };
}

describe.skipIf(!CORPUS_AVAILABLE)('backstride inspect', () => {
  it('prints one JSON line per activity and exits 0 even when a file fails', async () => {
    const { code, out } = await run([
      'inspect',
      'fr945-treadmill-run.fit',
      'malformed/empty.fit',
      'fr920xt-triathlon-chained.fit',
      '--json',
    ]);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatchObject({
      file: 'fr945-treadmill-run.fit',
      ok: true,
      format: 'fit',
      sport: 'running',
      subSport: 'treadmill',
      indoor: true,
      samples: 3101,
      recovered: null,
    });
    expect(lines[1]).toMatchObject({ ok: false, error: { code: 'empty_file', offset: 0 } });
  });
  it('prints a readable line without --json', async () => {
    const { out } = await run(['inspect', 'fr110-run-5laps.fit']);
    expect(out).toMatch(/fr110-run-5laps\.fit {2}fit {2}running\/generic .* 4\.84 km {2}0:43:45/);
  });
});
