import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Checkin, Finding } from './checkin';
import { contributingFactors, type FactorId } from './factors';
import { factsOf } from './checkin';
import { triage, triageChecked } from './triage';
import { URGENCIES, urgencyRank } from './urgency';
import { FINDINGS, type BooleanCode, type FindingCode, type NumericCode } from './vocabulary';

const BOOL_CODES = FINDINGS.filter((f) => f.type === 'B').map((f) => f.code as BooleanCode);
const NUMBER_DEFS = FINDINGS.filter((f) => f.type === 'N');
const RED_FLAG_CODES = FINDINGS.filter((f) => f.group === 'red_flag').map((f) => f.code as BooleanCode);
const RED_FLAG_SET = new Set<string>(RED_FLAG_CODES);
// Non-red-flag codes that feed urgent rules: U3 (first episode over 50, night pain, not improving) and U4.
const URGENT_FEEDERS = new Set<string>([
  'first_episode',
  'night_pain_constant',
  'not_improving_weeks',
  'severe_midline_pain_sudden',
]);

const boolFinding = (codes: readonly BooleanCode[]) =>
  fc
    .constantFrom(...codes)
    .chain((code) =>
      fc.constantFrom(true, false, 'unsure' as const).map((value): Finding => ({ code, value })),
    );
const numberFinding = fc
  .constantFrom(...NUMBER_DEFS)
  .chain((d) =>
    fc.integer({ min: d.min ?? 0, max: d.max ?? 1500 }).map((value): Finding => ({ code: d.code, value })),
  );

const checkinOf = (finding: fc.Arbitrary<Finding>, maxLength: number): fc.Arbitrary<Checkin> =>
  fc.record({
    age: fc.integer({ min: 10, max: 95 }),
    sex: fc.constantFrom('F' as const, 'M' as const),
    findings: fc.uniqueArray(finding, { selector: (f) => f.code, maxLength }),
  });

/** Any valid check-in: red flags are common enough to reach every urgency. */
const anyCheckin = checkinOf(fc.oneof(boolFinding(BOOL_CODES), numberFinding), 14);
/** Check-ins without red-flag codes: mostly self-manage, where factors live. */
const NON_RED_BOOLS = BOOL_CODES.filter((c) => !RED_FLAG_SET.has(c));
const quietCheckin = checkinOf(fc.oneof(boolFinding(NON_RED_BOOLS), numberFinding), 12);

const without = (c: Checkin, drop: (code: FindingCode) => boolean): Checkin => ({
  ...c,
  findings: c.findings.filter((f) => !drop(f.code)),
});
const withFinding = (c: Checkin, code: FindingCode, value: boolean | number): Checkin => ({
  ...c,
  findings: [...c.findings.filter((f) => f.code !== code), { code, value }],
});
const rank = (c: Checkin) => urgencyRank(triage(c).urgency);

describe('triage properties', () => {
  it('adding any positive red-flag finding never lowers the urgency', () => {
    fc.assert(
      fc.property(anyCheckin, fc.constantFrom(...RED_FLAG_CODES), (c, code) => {
        expect(rank(withFinding(c, code, true))).toBeGreaterThanOrEqual(rank(c));
      }),
      { numRuns: 500 },
    );
  });

  it('adding any positive yes/no finding never lowers the urgency (no rule is switched off by a yes)', () => {
    fc.assert(
      fc.property(anyCheckin, fc.constantFrom(...BOOL_CODES), (c, code) => {
        expect(rank(withFinding(c, code, true))).toBeGreaterThanOrEqual(rank(c));
      }),
      { numRuns: 500 },
    );
  });

  it('an emergency stripped of its red flags is at most see_clinician, unless a non-red-flag urgent rule fires', () => {
    const emergency = anyCheckin.filter((c) => triage(c).urgency === 'emergency');
    fc.assert(
      fc.property(emergency, (c) => {
        const stripped = triage(without(c, (code) => RED_FLAG_SET.has(code)));
        const above = stripped.rules.filter((r) => urgencyRank(r.urgency) > urgencyRank('see_clinician'));
        for (const rule of above) expect(['U3', 'U4']).toContain(rule.id);
        const background = without(c, (code) => RED_FLAG_SET.has(code) || URGENT_FEEDERS.has(code));
        expect(rank(background)).toBeLessThanOrEqual(urgencyRank('see_clinician'));
      }),
      { numRuns: 300 },
    );
  });

  it('results are consistent: urgency, order, factors, safety net, stopRunning', () => {
    fc.assert(
      fc.property(anyCheckin, (c) => {
        const r = triage(c);
        expect(r.rules.length).toBeGreaterThan(0);
        expect(r.urgency).toBe(r.rules[0]?.urgency);
        const ranks = r.rules.map((rule) => urgencyRank(rule.urgency));
        expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
        const selfManage = r.urgency === 'self_manage';
        expect(r.safetyNet !== null).toBe(selfManage);
        if (!selfManage) expect(r.factors).toEqual([]);
        expect(r.rules.some((rule) => rule.id === 'S1')).toBe(selfManage);
        const mustStop =
          urgencyRank(r.urgency) >= urgencyRank('urgent') ||
          r.rules.some((x) => ['C1', 'C2', 'C7', 'C8', 'C9', 'U7'].includes(x.id));
        expect(r.stopRunning).toBe(mustStop);
        const scores = r.factors.map((f) => f.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        expect(URGENCIES).toContain(r.urgency);
      }),
      { numRuns: 500 },
    );
  });

  it('triageChecked accepts every valid check-in and agrees with triage, except self-care without a duration', () => {
    fc.assert(
      fc.property(anyCheckin, (c) => {
        const result = triage(c);
        const noDuration = !c.findings.some((f) => f.code === 'pain_duration_days');
        if (noDuration && result.urgency === 'self_manage')
          expect(triageChecked(c)).toMatchObject({ ok: false, error: { code: 'checkin_incomplete' } });
        else expect(triageChecked(c)).toEqual({ ok: true, value: result });
      }),
      { numRuns: 200 },
    );
  });

  it('"Not sure" decides every urgency exactly as Yes does, and is never a cause', () => {
    fc.assert(
      fc.property(anyCheckin, (c) => {
        const asYes: Checkin = {
          ...c,
          findings: c.findings.map((f) => (f.value === 'unsure' ? { ...f, value: true } : f)),
        };
        const asNo: Checkin = {
          ...c,
          findings: c.findings.map((f) => (f.value === 'unsure' ? { ...f, value: false } : f)),
        };
        expect(triage(c).urgency).toBe(triage(asYes).urgency);
        const factors = contributingFactors(factsOf(c));
        expect(factors).toEqual(contributingFactors(factsOf(asNo)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('thresholds at their exact values, over any background', () => {
  const ruleFires = (c: Checkin, id: string) => triage(c).rules.some((r) => r.id === id);
  const factorIds = (c: Checkin): FactorId[] => contributingFactors(factsOf(c)).map((f) => f.id);

  const ruleCases: {
    rule: string;
    code: NumericCode;
    below: number;
    at: number;
    setup: Partial<Checkin> & { yes: BooleanCode[] };
  }[] = [
    { rule: 'C6', code: 'sbst_psych', below: 3, at: 4, setup: { yes: [] } },
    {
      rule: 'C2',
      code: 'pain_duration_days',
      below: 14,
      at: 15,
      setup: { age: 17, yes: ['pain_with_extension'] },
    },
    {
      rule: 'C1',
      code: 'recent_mileage_increase_pct',
      below: 29,
      at: 30,
      setup: { yes: ['pain_sacral', 'pain_single_leg_hop'] },
    },
  ];
  it.each(ruleCases)('$rule flips between $code $below and $at', ({ rule, code, below, at, setup }) => {
    const drop = new Set<string>([
      code,
      'menstrual_dysfunction',
      'low_energy_availability',
      'previous_stress_fracture',
    ]);
    fc.assert(
      fc.property(quietCheckin, (c) => {
        let base = without(c, (k) => drop.has(k));
        if (setup.age !== undefined) base = { ...base, age: setup.age };
        for (const yes of setup.yes) base = withFinding(base, yes, true);
        expect(ruleFires(withFinding(base, code, at), rule)).toBe(true);
        expect(ruleFires(withFinding(base, code, below), rule)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  const factorCases: {
    factor: FactorId;
    code: NumericCode;
    off: number;
    on: number;
    others: FindingCode[];
  }[] = [
    {
      factor: 'footwear',
      code: 'shoe_km',
      off: 799,
      on: 800,
      others: ['new_shoe_type_change', 'paraesthesia_feet_shoe_related_resolved'],
    },
    {
      factor: 'core_glute_weakness',
      code: 'side_plank_hold_s',
      off: 30,
      on: 29,
      others: ['glute_weakness_observed'],
    },
    {
      factor: 'poor_form',
      code: 'cadence_spm',
      off: 160,
      on: 159,
      others: ['overstriding', 'excess_lumbar_extension'],
    },
    {
      factor: 'load_spike',
      code: 'recent_mileage_increase_pct',
      off: 29,
      on: 30,
      others: ['long_run_increase_pct', 'new_session_type'],
    },
  ];
  it.each(factorCases)('$factor: $code $off is off, $on is on', ({ factor, code, off, on, others }) => {
    fc.assert(
      fc.property(quietCheckin, (c) => {
        const base = without(c, (k) => k === code || others.includes(k));
        expect(factorIds(withFinding(base, code, on))).toContain(factor);
        expect(factorIds(withFinding(base, code, off))).not.toContain(factor);
      }),
      { numRuns: 150 },
    );
  });

  it('age thresholds: U3 50/51, E6 49/50, U4 69/70', () => {
    fc.assert(
      fc.property(quietCheckin, (c) => {
        const clean = without(c, (k) => URGENT_FEEDERS.has(k));
        const u3 = withFinding(withFinding(clean, 'first_episode', true), 'weight_loss_unexplained', true);
        expect(ruleFires({ ...u3, age: 51 }, 'U3')).toBe(true);
        expect(ruleFires({ ...u3, age: 50 }, 'U3')).toBe(false);
        const e6 = withFinding(
          withFinding(clean, 'abdominal_pain_with_back_pain', true),
          'collapse_or_faint',
          true,
        );
        expect(triage({ ...e6, age: 50 }).urgency).toBe('emergency');
        expect(ruleFires({ ...e6, age: 49 }, 'E6')).toBe(false);
        const u4 = withFinding(clean, 'trauma_minor', true);
        expect(ruleFires({ ...u4, age: 70 }, 'U4')).toBe(true);
        expect(ruleFires({ ...u4, age: 69 }, 'U4')).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
