import { describe, expect, it } from 'vitest';
import { FINDINGS, NEUROLOGICAL_CODES, findingDef, isFindingCode } from './vocabulary';
import { redFlagQuestionCodes } from './questions';

describe('vocabulary', () => {
  it('has unique codes, each with a question in plain words', () => {
    const codes = FINDINGS.map((f) => f.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of FINDINGS) {
      expect(f.askAs, f.code).toMatch(/\S{2,}/);
      expect(['B', 'N'], f.code).toContain(f.type);
      if (f.type === 'N') expect(f.unit, f.code).toBeTruthy();
    }
  });

  it('covers the codes of checkin-rules §2 and §8 with their types', () => {
    expect(findingDef('saddle_numbness')).toMatchObject({ type: 'B', group: 'red_flag', everyCheckin: true });
    expect(findingDef('shoe_km')).toMatchObject({ type: 'N', group: 'cause', everyCheckin: false });
    expect(findingDef('sbst_psych')).toMatchObject({ type: 'N', group: 'questionnaire', min: 0, max: 5 });
    expect(findingDef('pain_duration_days')).toMatchObject({ type: 'N', group: 'pain' });
    expect(isFindingCode('collapse_or_faint')).toBe(true);
    expect(isFindingCode('nonsense')).toBe(false);
    expect(FINDINGS).toHaveLength(86); // every code of checkin-rules §2 and §8
  });

  it('asks every red-flag question of §2.2–2.5 and §8 each time, pregnancy only for F', () => {
    const redFlagGroup = FINDINGS.filter((f) => f.group === 'red_flag').map((f) => f.code);
    const male = redFlagQuestionCodes('M');
    const female = redFlagQuestionCodes('F');
    for (const code of redFlagGroup.filter((c) => c !== 'pregnant')) {
      expect(male, code).toContain(code);
      expect(female, code).toContain(code);
    }
    expect(female).toContain('pregnant');
    expect(male).not.toContain('pregnant');
    // pain questions that feed red-flag rules are asked every time too
    expect(male).toEqual(
      expect.arrayContaining(['night_pain_constant', 'first_episode', 'severe_midline_pain_sudden']),
    );
    expect(male).not.toContain('shoe_km');
  });

  it('neurological codes exclude the cold and shoe near-misses', () => {
    expect(NEUROLOGICAL_CODES).toHaveLength(11);
    expect(NEUROLOGICAL_CODES).not.toContain('foot_numbness_cold_exposure_resolved');
    expect(NEUROLOGICAL_CODES).not.toContain('paraesthesia_feet_shoe_related_resolved');
  });
});
