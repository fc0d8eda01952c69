import { describe, expect, it } from 'vitest';
import { factorsPass, scoreCase, summarise, type CaseExpectation } from './suite-scoring';
import { checkin } from '../checkin-builders';
import { triage } from '../../../src/core/checkin/triage';

const expectation = (over: Partial<CaseExpectation>): CaseExpectation => ({
  id: 'T1',
  case_type: 'red_flag',
  expected_urgency: 'urgent',
  acceptable_urgency: ['urgent', 'emergency'],
  expected_top_factors: [],
  ...over,
});

describe('scoreCase (checkin-rules §6)', () => {
  it('grades urgency as exact, tolerated, over- or under-triage', () => {
    const urgent = triage(checkin({ history_cancer: true }));
    const emergency = triage(checkin({ fever: true }));
    const clinician = triage(checkin({ sbst_psych: 4 }));
    expect(scoreCase(expectation({}), urgent).verdict).toBe('exact');
    expect(scoreCase(expectation({}), emergency).verdict).toBe('tolerated');
    expect(scoreCase(expectation({}), clinician).verdict).toBe('under_triage');
    expect(scoreCase(expectation({ acceptable_urgency: ['urgent'] }), emergency).verdict).toBe('over_triage');
  });

  it('checks factors on self-manage cases only', () => {
    const result = triage(checkin({ surface_change: true, new_session_type: true }));
    const selfManage = {
      expected_urgency: 'self_manage' as const,
      acceptable_urgency: ['self_manage' as const],
    };
    expect(
      scoreCase(expectation({ ...selfManage, expected_top_factors: ['load_spike'] }), result).factorPass,
    ).toBe(true);
    expect(
      scoreCase(expectation({ ...selfManage, expected_top_factors: ['footwear'] }), result).factorPass,
    ).toBe(false);
    expect(scoreCase(expectation({}), triage(checkin({ history_cancer: true }))).factorPass).toBeNull();
  });

  it('factorsPass needs the first factor in the top 2 and ≥50% overlap', () => {
    expect(factorsPass(['load_spike', 'surface'], ['surface', 'load_spike'])).toBe(true);
    expect(factorsPass(['load_spike'], ['surface', 'footwear', 'load_spike'])).toBe(false);
    expect(factorsPass(['load_spike'], ['load_spike', 'surface', 'footwear'])).toBe(false);
    expect(factorsPass(['load_spike'], ['load_spike', 'surface'])).toBe(true);
  });

  it('summarises per case type with an overall row', () => {
    const rows = summarise([
      { id: 'a', caseType: 'red_flag', verdict: 'exact', factorPass: null },
      { id: 'b', caseType: 'mechanical', verdict: 'tolerated', factorPass: true },
      { id: 'c', caseType: 'mechanical', verdict: 'under_triage', factorPass: false },
    ]);
    expect(rows).toEqual([
      {
        caseType: 'red_flag',
        n: 1,
        exact: 1,
        tolerated: 0,
        overTriage: 0,
        underTriage: 0,
        factorPass: 0,
        factorCases: 0,
      },
      {
        caseType: 'mechanical',
        n: 2,
        exact: 0,
        tolerated: 1,
        overTriage: 0,
        underTriage: 1,
        factorPass: 1,
        factorCases: 2,
      },
      {
        caseType: 'all',
        n: 3,
        exact: 1,
        tolerated: 1,
        overTriage: 0,
        underTriage: 1,
        factorPass: 1,
        factorCases: 2,
      },
    ]);
  });
});
