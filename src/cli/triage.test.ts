import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/spawn';
import type { CliIo } from './context';
import { main } from './main';
import { CASES_PATH, loadCaseLines, suiteRequired } from '../../test/support/triage/triage-cases';

const dir = mkdtempSync(join(tmpdir(), 'backstride-triage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeIo(input: string): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _enc, done) {
        append(chunk.toString());
        done();
      },
    });
  const io: CliIo = {
    stdin: Readable.from([input]),
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    env: {},
    cwd: dir,
  };
  return { io, out: () => out, err: () => err };
}

async function run(args: string[], input = '') {
  const fake = fakeIo(input);
  const code = await main(['node', 'backstride', 'triage', ...args], fake.io);
  const lines = fake.out().split('\n').filter(Boolean);
  return {
    code,
    lines,
    json: lines.map((l) => JSON.parse(l) as Record<string, unknown>),
    stderr: fake.err(),
  };
}

const caudaEquina = { age: 42, sex: 'M', findings: [{ code: 'saddle_numbness', value: true }] };
const mechanical = {
  id: 'X-1',
  narrative: 'Ignored.',
  expected_urgency: 'self_manage',
  age: 30,
  sex: 'F',
  findings: [
    { code: 'surface_change', value: true },
    { code: 'pain_duration_days', value: 6 },
  ],
};

describe('backstride triage (in process)', () => {
  it('answers one check-in from standard input as one JSON line', async () => {
    const res = await run([], JSON.stringify(caudaEquina, null, 2));
    expect(res.code).toBe(0);
    expect(res.lines).toHaveLength(1);
    expect(res.json[0]).toMatchObject({ ok: true, urgency: 'emergency', stopRunning: true, safetyNet: null });
    expect((res.json[0]?.rules as { id: string }[])[0]?.id).toBe('E1');
  });

  it('reads FILE relative to the working directory and ignores extra fields', async () => {
    writeFileSync(join(dir, 'one.json'), JSON.stringify(mechanical));
    const res = await run(['one.json']);
    expect(res.code).toBe(0);
    expect(res.json[0]).toMatchObject({ ok: true, urgency: 'self_manage', factors: [{ id: 'surface' }] });
    expect(res.json[0]).not.toHaveProperty('id');
  });

  it('--jsonl answers each line in order, skipping blank lines', async () => {
    const input = [JSON.stringify(caudaEquina), '', '   ', JSON.stringify(mechanical), ''].join('\n');
    const res = await run(['--jsonl'], input);
    expect(res.code).toBe(0);
    expect(res.json.map((j) => j.urgency)).toEqual(['emergency', 'self_manage']);
  });

  it('bad input: exit 2, one error line per bad line naming the fields, good lines still answered', async () => {
    const unknownCode = { age: 30, sex: 'M', findings: [{ code: 'back_on_fire', value: true }] };
    const wrongType = { age: 30, sex: 'M', findings: [{ code: 'shoe_km', value: 'lots' }] };
    const input = [
      JSON.stringify(unknownCode),
      '{not json',
      JSON.stringify(mechanical),
      JSON.stringify(wrongType),
    ];
    const res = await run(['--jsonl'], input.join('\n'));
    expect(res.code).toBe(2);
    expect(res.lines).toHaveLength(4);
    expect(res.json.map((j) => j.ok)).toEqual([false, false, true, false]);
    expect(res.json[0]).toEqual({
      ok: false,
      error: {
        code: 'validation_failed',
        message: expect.stringMatching(/^line 1: .*back_on_fire/),
        issues: [{ path: 'findings[0].code', message: expect.stringContaining('back_on_fire') }],
      },
    });
    expect(res.json[1]).toMatchObject({ ok: false, error: { code: 'invalid_json', message: /^line 2:/ } });
    expect(res.json[2]).toMatchObject({ ok: true, urgency: 'self_manage' });
    expect(res.json[3]).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', issues: [{ path: 'findings[0].value', message: /shoe_km/ }] },
    });
  });

  it('bad single input: exit 2 and one error line', async () => {
    const res = await run([], JSON.stringify({ sex: 'M', findings: [] }));
    expect(res.code).toBe(2);
    expect(res.json).toEqual([
      {
        ok: false,
        error: {
          code: 'validation_failed',
          message: expect.any(String),
          issues: [expect.objectContaining({ path: 'age' })],
        },
      },
    ]);
  });

  it('refuses an incomplete self-manage check-in, listing the unanswered codes', async () => {
    const res = await run([], JSON.stringify({ ...mechanical, complete: false }));
    expect(res.code).toBe(2);
    const error = res.json[0]?.error as { code: string; issues: { path: string }[] };
    expect(error.code).toBe('checkin_incomplete');
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['saddle_numbness', 'pregnant']));
  });

  it('a missing FILE is a usage error', async () => {
    const res = await run(['nope.json']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/cannot read nope\.json/);
    expect(res.lines).toEqual([]);
  });

  it('documents the output in --help', async () => {
    const fake = fakeIo('');
    const code = await main(['node', 'backstride', 'triage', '--help'], fake.io);
    expect(code).toBe(0);
    expect(fake.out()).toMatch(/--jsonl/);
    expect(fake.out()).toMatch(/"ok":true,"urgency"/);
  });
});

describe('bin/backstride triage --jsonl (spawned)', () => {
  const lines = loadCaseLines();
  it('answers every line of the case suite, exit 0', { timeout: 30_000 }, async () => {
    if (lines === null) {
      if (suiteRequired()) expect.fail(`case suite missing at ${CASES_PATH}`);
      console.log(`skipping: ${CASES_PATH} not found`);
      return;
    }
    const res = await runCli(['triage', '--jsonl', CASES_PATH]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const out = res.stdout.trim().split('\n');
    expect(out).toHaveLength(lines.length);
    const expected = lines.map((l) => (JSON.parse(l) as { expected_urgency: string }).expected_urgency);
    expect(out.map((l) => (JSON.parse(l) as { urgency: string }).urgency)).toEqual(expected);
  });
});
