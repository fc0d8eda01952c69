import { describe, expect, it } from 'vitest';
import { checkinInputSchema } from '../core/checkin/schema';
import {
  scoreCase,
  summarise,
  type CaseExpectation,
  type CaseScore,
} from '../../test/support/triage/suite-scoring';
import { triage } from '../core/checkin/triage';
import { CASES_PATH, loadCaseLines, suiteRequired } from '../../test/support/triage/triage-cases';

const lines = loadCaseLines();

it('a missing case suite reads as null (skip), and CI=true makes it required', () => {
  expect(loadCaseLines(`${CASES_PATH}.absent`)).toBeNull();
  const before = process.env.CI;
  try {
    process.env.CI = 'true';
    expect(suiteRequired()).toBe(true);
    process.env.CI = 'false';
    expect(suiteRequired()).toBe(false);
  } finally {
    if (before === undefined) delete process.env.CI;
    else process.env.CI = before;
  }
});

describe('triage-cases.jsonl (checkin-rules §6)', () => {
  if (lines === null) {
    it('needs the shared case suite', () => {
      if (suiteRequired()) expect.fail(`case suite missing at ${CASES_PATH} (CI=true requires it)`);
      console.log(`skipping the triage case suite: ${CASES_PATH} not found`);
    });
    return;
  }

  const cases = lines.map((line) => JSON.parse(line) as CaseExpectation & Record<string, unknown>);
  const scores: CaseScore[] = cases.map((c) => scoreCase(c, triage(checkinInputSchema.parse(c))));

  it('has cases to score', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c, i) => [c.id, c, scores[i]] as const))('%s', (_id, c, score) => {
    const result = triage(checkinInputSchema.parse(c));
    expect(
      score?.verdict,
      `${c.id}: got ${result.urgency}, acceptable ${c.acceptable_urgency.join('/')}`,
    ).not.toBe('under_triage');
    expect(result.urgency, `${c.id} (${(c.rule_ids as string[]).join(',')})`).toBe(c.expected_urgency);
    if (c.expected_urgency === 'self_manage') {
      expect(score?.factorPass, `${c.id}: ${result.factors.map((f) => f.id).join(',')}`).toBe(true);
    }
  });

  it('scores per case type: zero under-triage, all exact, every factor check passed', () => {
    const rows = summarise(scores);
    console.log(
      [
        'case_type            n  exact  tolerated  over  under  factor',
        ...rows.map(
          (r) =>
            `${r.caseType.padEnd(19)} ${String(r.n).padStart(2)}  ${String(r.exact).padStart(5)}  ` +
            `${String(r.tolerated).padStart(9)}  ${String(r.overTriage).padStart(4)}  ` +
            `${String(r.underTriage).padStart(5)}  ${r.factorCases ? `${r.factorPass}/${r.factorCases}` : '-'}`,
        ),
      ].join('\n'),
    );
    const all = rows.at(-1);
    expect(all?.underTriage).toBe(0);
    expect(all?.exact).toBe(cases.length);
    expect(all?.factorPass).toBe(all?.factorCases);
  });
});
