import { describe, expect, it } from 'vitest';
import { safetyNet } from './safety-net';
import { triage } from './triage';
import { emergencyContactFor } from '../emergency/emergency-services';

const PEOPLE = [
  { age: 25, sex: 'F' as const },
  { age: 45, sex: 'M' as const },
  { age: 75, sex: 'F' as const },
];

describe('safety net (checkin-rules §9.9)', () => {
  const net = safetyNet();

  it('every "go now" sign is an emergency for anyone it is shown to: each code alone, or its codes together', () => {
    for (const p of PEOPLE) {
      for (const sign of safetyNet(p.age).goNow.signs) {
        expect(sign.codes.length + (sign.together?.length ?? 0), sign.id).toBeGreaterThan(0);
        for (const code of sign.codes)
          expect(triage({ ...p, findings: [{ code, value: true }] }).urgency, code).toBe('emergency');
        if (sign.together) {
          const findings = sign.together.map((code) => ({ code, value: true }));
          expect(triage({ ...p, findings }).urgency, sign.id).toBe('emergency');
        }
      }
    }
  });

  it('names drenching night sweats with feeling unwell (E3), and tummy pain with fainting from 50 (E6)', () => {
    const ids = (age?: number) => safetyNet(age).goNow.signs.map((s) => s.id);
    expect(ids(30)).toContain('night_sweats_unwell');
    expect(ids(50)).toContain('tummy_with_sudden_pain_or_faint');
    expect(ids(undefined)).toContain('tummy_with_sudden_pain_or_faint');
    expect(ids(49)).not.toContain('tummy_with_sudden_pain_or_faint');
    const young = triage({ age: 30, sex: 'M', findings: [] });
    expect(young.safetyNet?.goNow.signs.map((s) => s.id)).not.toContain('tummy_with_sudden_pain_or_faint');
    const older = triage({ age: 60, sex: 'M', findings: [] });
    expect(older.safetyNet?.goNow.signs.map((s) => s.id)).toContain('tummy_with_sudden_pain_or_faint');
  });

  it('no "check in again" sign is an emergency on its own: those go in the card above', () => {
    for (const sign of net.checkInAgain)
      for (const code of sign.codes)
        for (const p of PEOPLE)
          expect(triage({ ...p, findings: [{ code, value: true }] }).urgency, code).not.toBe('emergency');
  });

  it('covers every cauda equina code of E1 and both-legs weakness and fever', () => {
    const codes = net.goNow.signs.flatMap((s) => s.codes);
    expect(codes).toEqual(
      expect.arrayContaining([
        'saddle_numbness',
        'bladder_change',
        'bowel_change',
        'sexual_dysfunction_new',
        'leg_symptoms_bilateral',
        'leg_weakness_bilateral',
        'gait_disturbance',
        'fever',
      ]),
    );
  });

  it('is written in the runner’s country on a self-care result', () => {
    const uk = triage({ age: 30, sex: 'M', findings: [] }, { contact: emergencyContactFor('GB') });
    expect(uk.safetyNet?.goNow.title).toBe('Go to A&E now if any of these start');
    expect(uk.safetyNet?.goNow.action).toContain('call 999');
    const us = triage({ age: 30, sex: 'M', findings: [] }, { contact: emergencyContactFor('US') });
    expect(us.safetyNet?.goNow.title).toBe('Go to the ER now if any of these start');
    expect(JSON.stringify(us)).not.toMatch(/\{(number|department|Department)\}/);
  });
});
