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

  it('every "go now" sign is an emergency on its own, for anyone', () => {
    for (const sign of net.goNow.signs) {
      expect(sign.codes.length, sign.id).toBeGreaterThan(0);
      for (const code of sign.codes)
        for (const p of PEOPLE)
          expect(triage({ ...p, findings: [{ code, value: true }] }).urgency, code).toBe('emergency');
    }
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
