import { describe, expect, it } from 'vitest';
import { EXERCISES } from './doses';
import { FORM_CUE_IDS, FORM_CUES, formCueForWeek, planWeekNumber } from './form-cues';

describe('form cues', () => {
  it('lists every cue once, in the order they are introduced, posture first and cadence last', () => {
    expect(FORM_CUES.map((c) => c.id)).toEqual([...FORM_CUE_IDS]);
    expect(FORM_CUES[0]?.id).toBe('tall_posture');
    expect(FORM_CUES.at(-1)?.id).toBe('cadence');
  });

  it('gives each cue what to do, why, the evidence and at least one drill of the drill group', () => {
    for (const cue of FORM_CUES) {
      expect(cue.how.length, cue.id).toBeGreaterThan(20);
      expect(cue.why.length, cue.id).toBeGreaterThan(20);
      expect(cue.evidence.length, cue.id).toBeGreaterThan(10);
      expect(cue.drills.length, cue.id).toBeGreaterThan(0);
      for (const d of cue.drills) expect(EXERCISES[d].group, `${cue.id} ${d}`).toBe('drill');
    }
  });

  it('points week N at cue N, starting the list again after the last', () => {
    expect(formCueForWeek(1).id).toBe('tall_posture');
    expect(formCueForWeek(2).id).toBe('lean_from_ankles');
    expect(formCueForWeek(3).id).toBe('land_under_hips');
    expect(formCueForWeek(6).id).toBe('cadence');
    expect(formCueForWeek(7).id).toBe('tall_posture');
    expect(formCueForWeek(0).id).toBe('tall_posture');
  });

  it('finds the week of the plan a date falls in', () => {
    const weeks = ['2026-03-02', '2026-03-09', '2026-03-16'];
    expect(planWeekNumber(weeks, '2026-03-02')).toBe(1);
    expect(planWeekNumber(weeks, '2026-03-08')).toBe(1);
    expect(planWeekNumber(weeks, '2026-03-09')).toBe(2);
    expect(planWeekNumber(weeks, '2026-03-22')).toBe(3);
    expect(planWeekNumber(weeks, '2026-03-23')).toBeNull();
    expect(planWeekNumber(weeks, '2026-03-01')).toBeNull();
    expect(planWeekNumber([], '2026-03-01')).toBeNull();
  });
});
