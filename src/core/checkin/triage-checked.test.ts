import { describe, expect, it } from 'vitest';
import { checkinInputSchema } from './schema';
import { triageChecked, unansweredRedFlags } from './triage';
import { completeFindings } from '../../../test/support/checkin-builders';

const base = { age: 40, sex: 'F', findings: [] as { code: string; value: unknown }[] };

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = triageChecked(input);
  if (result.ok) throw new Error('expected a validation failure');
  expect(result.error.code).toBe('validation_failed');
  return (result.error.details as { issues: { path: string; message: string }[] }).issues;
}

describe('checkinInputSchema / triageChecked validation', () => {
  it('strips unknown top-level keys such as id and narrative', () => {
    const parsed = checkinInputSchema.parse({
      ...base,
      id: 'E-V001',
      narrative: 'x',
      expected_urgency: 'urgent',
    });
    expect(parsed).toEqual({ age: 40, sex: 'F', findings: [] });
  });

  it('names an unknown finding code', () => {
    const issues = issuesOf({ ...base, findings: [{ code: 'back_on_fire', value: true }] });
    expect(issues).toEqual([{ path: 'findings[0].code', message: expect.stringContaining('back_on_fire') }]);
  });

  it('names the code whose value has the wrong type', () => {
    expect(issuesOf({ ...base, findings: [{ code: 'fever', value: 1 }] })).toEqual([
      {
        path: 'findings[0].value',
        message: expect.stringMatching(/"fever" must be true, false or "unsure"/),
      },
    ]);
    expect(issuesOf({ ...base, findings: [{ code: 'shoe_km', value: true }] })[0]?.message).toMatch(
      /"shoe_km" must be a whole number/,
    );
    expect(issuesOf({ ...base, findings: [{ code: 'shoe_km', value: 12.5 }] })[0]?.message).toMatch(
      /whole number/,
    );
    expect(issuesOf({ ...base, findings: [{ code: 'fever', value: 'yes' }] })[0]?.path).toBe(
      'findings[0].value',
    );
  });

  it('rejects out-of-range numbers and repeated codes', () => {
    expect(issuesOf({ ...base, findings: [{ code: 'pain_score_0_10', value: 11 }] })[0]?.message).toMatch(
      /between 0 and 10/,
    );
    expect(issuesOf({ ...base, findings: [{ code: 'sbst_psych', value: 6 }] })[0]?.message).toMatch(
      /between 0 and 5/,
    );
    const repeated = issuesOf({
      ...base,
      findings: [
        { code: 'fever', value: false },
        { code: 'fever', value: true },
      ],
    });
    expect(repeated).toEqual([
      { path: 'findings[1].code', message: expect.stringContaining('more than once') },
    ]);
  });

  it('requires age, sex and findings', () => {
    const paths = issuesOf({}).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['age', 'sex', 'findings']));
    expect(issuesOf({ ...base, age: 40.5 })[0]?.path).toBe('age');
    expect(issuesOf({ ...base, sex: 'X' })[0]?.message).toMatch(/"X"/);
    expect(issuesOf(null).length).toBeGreaterThan(0);
  });
});

describe('triageChecked: incomplete check-ins', () => {
  const allRedFlags = (sex: 'F' | 'M') => completeFindings(30, sex);

  it('refuses self_manage when complete is false, naming every unanswered required code', () => {
    const answered = allRedFlags('M').filter((f) => f.code !== 'bladder_change' && f.code !== 'fever');
    const result = triageChecked({ age: 30, sex: 'M', findings: answered, complete: false });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'checkin_incomplete',
        message: expect.any(String),
        details: { missing: ['bladder_change', 'fever'] },
      },
    });
  });

  it('allows self_manage once every required question is answered, and when complete is absent (closed world)', () => {
    const full = triageChecked({ age: 30, sex: 'M', findings: allRedFlags('M'), complete: false });
    expect(full.ok && full.value.urgency).toBe('self_manage');
    const closedWorld = triageChecked({
      age: 30,
      sex: 'M',
      findings: [{ code: 'pain_duration_days', value: 3 }],
    });
    expect(closedWorld.ok && closedWorld.value.urgency).toBe('self_manage');
  });

  it('§9.5: without pain_duration_days a self_manage result is refused whatever the caller says', () => {
    for (const complete of [true, undefined]) {
      const result = triageChecked({ age: 30, sex: 'M', findings: [], complete });
      expect(result.ok ? null : result.error).toEqual({
        code: 'checkin_incomplete',
        message: expect.stringContaining('pain_duration_days'),
        details: { missing: ['pain_duration_days'] },
      });
    }
    const urgent = triageChecked({ age: 30, sex: 'M', findings: [{ code: 'history_cancer', value: true }] });
    expect(urgent.ok && urgent.value.urgency).toBe('urgent');
  });

  it('§9.10: a blank urgency-raising pain or bone question makes the check-in incomplete', () => {
    for (const code of ['pain_radiating_below_knee_unilateral', 'pain_sacral', 'previous_stress_fracture']) {
      const findings = allRedFlags('M').filter((f) => f.code !== code);
      const result = triageChecked({ age: 30, sex: 'M', findings, complete: false });
      expect(result.ok ? [] : (result.error.details as { missing: string[] }).missing, code).toEqual([code]);
    }
    const adult = allRedFlags('M');
    expect(adult.some((f) => f.code === 'pain_with_extension')).toBe(false);
    expect(completeFindings(17, 'M').some((f) => f.code === 'pain_with_extension')).toBe(true);
  });

  it('still returns higher urgencies from an incomplete check-in', () => {
    const result = triageChecked({
      age: 30,
      sex: 'M',
      findings: [{ code: 'fever', value: true }],
      complete: false,
    });
    expect(result.ok && result.value.urgency).toBe('emergency');
  });

  it('asks about pregnancy only where it can apply', () => {
    expect(unansweredRedFlags({ age: 30, sex: 'F', findings: [] })).toContain('pregnant');
    expect(unansweredRedFlags({ age: 30, sex: 'M', findings: [] })).not.toContain('pregnant');
    const female = triageChecked({ age: 30, sex: 'F', findings: allRedFlags('M'), complete: false });
    expect(female.ok ? [] : (female.error.details as { missing: string[] }).missing).toEqual([
      'pregnant',
      'menstrual_dysfunction',
    ]);
  });
});
