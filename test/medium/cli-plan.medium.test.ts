import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanResponse } from '../../src/contract/plan';
import { completeFindings } from '../support/checkin-builders';
import { runCli } from '../support/spawn';

const dataDir = mkdtempSync(join(tmpdir(), 'backstride-cli-plan-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { BACKSTRIDE_DATA_DIR: dataDir };

const checkin = (extra: { code: string; value: boolean }[] = []) => ({
  age: 34,
  sex: 'F',
  findings: [...completeFindings(34, 'F').filter((f) => !extra.some((e) => e.code === f.code)), ...extra],
});

describe('backstride plan [FILE]', () => {
  it('prints a plan from a file: weeks from the Monday after the start date, 10 % a week, drills for form', async () => {
    const file = join(dataDir, 'plan.json');
    writeFileSync(
      file,
      JSON.stringify({
        checkin: checkin([{ code: 'overstriding', value: true }]),
        weeklyKm: [20, 20, 20, 20, 20],
        runsPerWeek: 3,
        startDate: '2026-12-02',
        weeks: 2,
      }),
    );
    const res = await runCli(['plan', file], { env });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const plan = JSON.parse(res.stdout) as PlanResponse;
    expect(plan.status).toBe('ok');
    expect(plan.urgency).toBe('self_manage');
    expect(plan.weeks.map((w) => [w.weekStart, w.targetKm])).toEqual([
      ['2026-12-07', 22],
      ['2026-12-14', 24.2],
    ]);
    const kinds = plan.weeks[0]!.days.flatMap((d) => d.items.map((i) => i.kind));
    for (const kind of ['rest', 'run', 'warmup', 'cooldown_stretch', 'strength', 'drills'])
      expect(kinds).toContain(kind);
  });

  it('withholds the plan for an emergency, read from standard input', async () => {
    const res = await runCli(['plan'], {
      env,
      input: JSON.stringify({
        checkin: checkin([{ code: 'saddle_numbness', value: true }]),
        weeklyKm: [],
        runsPerWeek: 3,
        startDate: '2026-12-07',
        weeks: 4,
      }),
    });
    expect(res.code).toBe(0);
    const plan = JSON.parse(res.stdout) as PlanResponse;
    expect(plan).toMatchObject({ status: 'withheld', urgency: 'emergency', weeks: [] });
    expect(plan.reason).toBeTruthy();
  });

  it('exits 2 naming each wrong field, the unanswered questions, and on text that is not JSON', async () => {
    const bad = await runCli(['plan', '-'], {
      env,
      input: JSON.stringify({
        checkin: { age: 'old', sex: 'F', findings: [] },
        weeklyKm: [-3],
        runsPerWeek: 9,
        startDate: 'Monday',
        availableDays: ['someday'],
      }),
    });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    const line = bad.stderr.trim().split('\n').at(-1)!;
    for (const field of [
      'checkin.age',
      'weeklyKm[0]',
      'runsPerWeek',
      'startDate',
      'weeks',
      'availableDays[0]',
    ])
      expect(line).toContain(field);

    const incomplete = await runCli(['plan', '-'], {
      env,
      input: JSON.stringify({
        checkin: { age: 34, sex: 'F', findings: [], complete: false },
        weeklyKm: [],
        runsPerWeek: 3,
        startDate: '2026-12-07',
        weeks: 1,
      }),
    });
    expect(incomplete.code).toBe(2);
    expect(incomplete.stderr).toMatch(/unanswered: .*pain_duration_days/);

    const notJson = await runCli(['plan', '-'], { env, input: 'weeks: 3' });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/not valid JSON/);
  });
});
