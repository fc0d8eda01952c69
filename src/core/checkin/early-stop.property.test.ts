import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Checkin, Finding, FindingValue } from './checkin';
import { stopNow } from './early-stop';
import { isAsked, requiredCodes, WARNING_SIGN_CODES } from './questions';
import { triage } from './triage';
import { FINDINGS, type FindingCode } from './vocabulary';
import { completeFindings } from '../../../test/support/checkin-builders';

// checkin-rules §9.7: the check-in stops as soon as the answers so far are enough for an emergency, and at the
// end of the warning signs for an urgent result; stopping early must never show a different urgency from the
// one the finished check-in would give.

const BOOL = FINDINGS.filter((f) => f.type === 'B');
const NUMBERS = FINDINGS.filter((f) => f.type === 'N');
/** Mostly No, as most runners answer; how rare a Yes is varies by check-in, so that every urgency turns up. */
const yesNo = (noWeight: number) =>
  fc.oneof(
    { weight: noWeight, arbitrary: fc.constant<FindingValue>(false) },
    { weight: 1, arbitrary: fc.constant<FindingValue>(true) },
    { weight: 1, arbitrary: fc.constant<FindingValue>('unsure') },
  );
const profile = fc.record({
  age: fc.integer({ min: 12, max: 95 }),
  sex: fc.constantFrom('F' as const, 'M' as const),
});

/** A finished check-in: every asked question answered, in asking order. */
const finished: fc.Arbitrary<Checkin> = fc
  .tuple(profile, fc.integer({ min: 4, max: 150 }))
  .chain(([{ age, sex }, noWeight]) =>
    fc
      .tuple(
        fc.array(yesNo(noWeight), { minLength: BOOL.length, maxLength: BOOL.length }),
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: NUMBERS.length, maxLength: NUMBERS.length }),
      )
      .map(([bools, numbers]) => {
        const answers = new Map<string, FindingValue>();
        BOOL.forEach((def, i) => answers.set(def.code, bools[i] ?? false));
        NUMBERS.forEach((def, i) => {
          const n = numbers[i] ?? 0;
          answers.set(def.code, Math.min(def.max ?? n, Math.max(def.min ?? 0, n)));
        });
        const findings: Finding[] = FINDINGS.filter((def) => isAsked(def, { age, sex, answers })).map(
          (def) => ({ code: def.code, value: answers.get(def.code) ?? false }),
        );
        return { age, sex, findings };
      }),
  );

/** The answers given so far: the first `n` in asking order. */
const prefix = (c: Checkin, n: number): Checkin => ({ ...c, findings: c.findings.slice(0, n) });

describe('stopping a check-in early (§9.7)', () => {
  it('any answers that give an emergency stop the check-in, however many questions remain', () => {
    fc.assert(
      fc.property(finished, fc.nat(), (c, cut) => {
        const sofar = prefix(c, cut % (c.findings.length + 1));
        if (triage(sofar).urgency === 'emergency') expect(stopNow(sofar)?.urgency).toBe('emergency');
      }),
      { numRuns: 1_000 },
    );
  });

  it('a stop at any point shows the same urgency as the finished check-in', () => {
    fc.assert(
      fc.property(finished, (c) => {
        const final = triage(c).urgency;
        for (let n = 0; n <= c.findings.length; n++) {
          const early = stopNow(prefix(c, n));
          if (early) {
            expect(early.urgency, `stopped after ${n} answers`).toBe(final);
            return;
          }
        }
        expect(['see_clinician', 'self_manage']).toContain(final);
      }),
      { numRuns: 500 },
    );
  });

  it('an urgent result waits for every warning sign, and nothing asked after them makes an emergency', () => {
    fc.assert(
      fc.property(finished, (c) => {
        const screen = c.findings.filter((f) => WARNING_SIGN_CODES.has(f.code));
        const afterScreen = triage({ ...c, findings: screen });
        if (afterScreen.urgency !== 'emergency') expect(triage(c).urgency).not.toBe('emergency');
        const oneMissing = { ...c, findings: screen.slice(1) };
        if (triage(oneMissing).urgency === 'urgent') expect(stopNow(oneMissing)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('each emergency question answered Yes on its own stops at once', () => {
    const single = BOOL.filter((def) =>
      (['F', 'M'] as const).every((sex) => {
        const c = { age: 40, sex, findings: [{ code: def.code as FindingCode, value: true }] };
        return triage(c).urgency === 'emergency';
      }),
    ).map((def) => def.code);
    expect(single).toEqual(
      expect.arrayContaining(['saddle_numbness', 'bladder_change', 'fever', 'pulsatile_abdominal_mass']),
    );
    for (const code of single) {
      for (const value of [true, 'unsure'] as const) {
        expect(stopNow({ age: 40, sex: 'F', findings: [{ code, value }] })?.urgency, code).toBe('emergency');
      }
    }
    expect(requiredCodes({ age: 40, sex: 'F', answers: new Map() }).length).toBeGreaterThan(single.length);
  });
});

describe('the warning-sign screen decides every emergency', () => {
  it('no answer outside the screen, with any one screen answer, turns a non-emergency into an emergency', () => {
    const inside = BOOL.filter((d) => WARNING_SIGN_CODES.has(d.code)).map((d) => d.code);
    const outside = FINDINGS.filter((d) => !WARNING_SIGN_CODES.has(d.code));
    for (const age of [15, 45, 75]) {
      for (const sex of ['F', 'M'] as const) {
        for (const code of inside) {
          const screen: Finding = { code, value: true };
          if (triage({ age, sex, findings: [screen] }).urgency === 'emergency') continue;
          for (const def of outside) {
            const value = def.type === 'B' ? true : (def.max ?? 1000);
            const both = triage({ age, sex, findings: [screen, { code: def.code, value }] });
            expect(both.urgency, `${code} + ${def.code}, age ${age} ${sex}`).not.toBe('emergency');
          }
        }
      }
    }
  });

  it('with a cancer history, the one-sided sciatica question is asked before an urgent result', () => {
    const screen = completeFindings(50, 'M').filter((f) => WARNING_SIGN_CODES.has(f.code));
    const findings: Finding[] = screen.map(
      ({ code }) => ({ code, value: code === 'history_cancer' }) as Finding,
    );
    const withoutSciatica = findings.filter((f) => f.code !== 'pain_radiating_below_knee_unilateral');
    expect(stopNow({ age: 50, sex: 'M', findings: withoutSciatica })).toBeNull();
    expect(stopNow({ age: 50, sex: 'M', findings })?.urgency).toBe('urgent');
    const sciatica = findings.map((f) =>
      f.code === 'pain_radiating_below_knee_unilateral' ? { ...f, value: true } : f,
    );
    expect(stopNow({ age: 50, sex: 'M', findings: sciatica })?.urgency).toBe('emergency');
  });
});
