import type { FactorId } from '../../../src/core/checkin/factors';
import type { TriageResult } from '../../../src/core/checkin/triage';
import { urgencyRank, type Urgency } from '../../../src/core/checkin/urgency';

/** The expectations a case in `triage-cases.jsonl` carries (checkin-rules §1). */
export interface CaseExpectation {
  id: string;
  case_type: string;
  expected_urgency: Urgency;
  acceptable_urgency: Urgency[];
  expected_top_factors: FactorId[];
}

export type UrgencyVerdict = 'exact' | 'tolerated' | 'over_triage' | 'under_triage';

export interface CaseScore {
  id: string;
  caseType: string;
  verdict: UrgencyVerdict;
  /** Self-manage cases only: the factor check of checkin-rules §4; null for other cases. */
  factorPass: boolean | null;
}

/**
 * Scores one engine result against a case (checkin-rules §6). Under-triage: below every acceptable urgency.
 * Factors: the first expected factor is in the engine's top 2, and the sets overlap by at least 50%
 * (intersection over union, the strictest reading).
 * @example scoreCase(c, triage(c)).verdict // 'exact'
 */
export function scoreCase(expected: CaseExpectation, result: TriageResult): CaseScore {
  const got = urgencyRank(result.urgency);
  const acceptable = expected.acceptable_urgency.map(urgencyRank);
  let verdict: UrgencyVerdict;
  if (result.urgency === expected.expected_urgency) verdict = 'exact';
  else if (acceptable.includes(got)) verdict = 'tolerated';
  else if (acceptable.every((rank) => got < rank)) verdict = 'under_triage';
  else verdict = 'over_triage';
  return {
    id: expected.id,
    caseType: expected.case_type,
    verdict,
    factorPass:
      expected.expected_urgency === 'self_manage'
        ? factorsPass(
            expected.expected_top_factors,
            result.factors.map((f) => f.id),
          )
        : null,
  };
}

/**
 * @example factorsPass(['load_spike'], ['surface', 'load_spike']) // true
 */
export function factorsPass(expected: readonly FactorId[], ranked: readonly FactorId[]): boolean {
  const first = expected[0];
  if (first === undefined) return ranked.length === 0;
  const topTwo = ranked.slice(0, 2).includes(first);
  const union = new Set([...expected, ...ranked]);
  const shared = expected.filter((id) => ranked.includes(id)).length;
  return topTwo && shared / union.size >= 0.5;
}

export interface SuiteRow {
  caseType: string;
  n: number;
  exact: number;
  tolerated: number;
  overTriage: number;
  underTriage: number;
  /** Self-manage cases with a passing factor check, out of `factorCases`. */
  factorPass: number;
  factorCases: number;
}

/**
 * One row per case type, plus a final `all` row.
 * @example summarise([score]).at(-1)?.caseType // 'all'
 */
export function summarise(scores: readonly CaseScore[]): SuiteRow[] {
  const types = [...new Set(scores.map((s) => s.caseType))];
  const row = (caseType: string, of: readonly CaseScore[]): SuiteRow => ({
    caseType,
    n: of.length,
    exact: of.filter((s) => s.verdict === 'exact').length,
    tolerated: of.filter((s) => s.verdict === 'tolerated').length,
    overTriage: of.filter((s) => s.verdict === 'over_triage').length,
    underTriage: of.filter((s) => s.verdict === 'under_triage').length,
    factorPass: of.filter((s) => s.factorPass === true).length,
    factorCases: of.filter((s) => s.factorPass !== null).length,
  });
  return [
    ...types.map((t) =>
      row(
        t,
        scores.filter((s) => s.caseType === t),
      ),
    ),
    row('all', scores),
  ];
}
