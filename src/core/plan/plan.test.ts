import { describe, expect, it } from 'vitest';
import type { Finding } from '../checkin/checkin';
import { completeFindings } from '../../../test/support/checkin-builders';
import { buildPlan, firstMonday, type PlanInput } from './plan';
import type { Plan, PlanItemKind } from './plan-types';
import { isoDay } from '../load/calendar';

/** A complete, calm check-in with these extra answers. */
function withAnswers(answers: Record<string, boolean | number> = {}): PlanInput['checkin'] {
  const findings: Finding[] = completeFindings(35, 'M').filter((f) => !(f.code in answers));
  for (const [code, value] of Object.entries(answers)) findings.push({ code, value } as Finding);
  return { age: 35, sex: 'M', findings };
}

function plan(answers: Record<string, boolean | number> = {}, over: Partial<PlanInput> = {}): Plan {
  const result = buildPlan({
    checkin: withAnswers(answers),
    weeklyKm: [20, 20, 20, 20, 20],
    runsPerWeek: 3,
    startDate: '2026-12-07',
    weeks: 4,
    ...over,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const items = (p: Plan, kind: PlanItemKind, week = 0) =>
  p.weeks[week]!.days.flatMap((d) => d.items.filter((i) => i.kind === kind));
const daysWith = (p: Plan, kind: PlanItemKind, week = 0) =>
  p.weeks[week]!.days.filter((d) => d.items.some((i) => i.kind === kind)).map((d) => d.date);

describe('buildPlan', () => {
  it('a calm runner: 10 % a week, three runs with a long Sunday run, Monday rest, three strength sessions', () => {
    const p = plan();
    expect(p).toMatchObject({ status: 'ok', urgency: 'self_manage', notes: [] });
    // Week 4: + 10 % would be 29.2 km, a spike over the mean of 20, 20, 22 and 24.2 km (21.55): 28 km.
    expect(p.weeks.map((w) => w.targetKm)).toEqual([22, 24.2, 26.6, 28]);
    expect(daysWith(p, 'run')).toEqual(['2026-12-08', '2026-12-10', '2026-12-13']);
    expect(items(p, 'run').map((r) => r.km)).toEqual([6.6, 6.6, 8.8]);
    expect(p.weeks[0]!.days[0]!.items).toEqual([{ kind: 'rest' }]);
    expect(daysWith(p, 'strength')).toEqual(['2026-12-09', '2026-12-11', '2026-12-13']);
    for (const kind of ['drills', 'mobility', 'task'] as const) expect(items(p, kind)).toEqual([]);
    expect(daysWith(p, 'foam_rolling')).toEqual(['2026-12-09', '2026-12-11', '2026-12-12']);
  });

  it('the spike rule caps a steady climb after a jump in the history', () => {
    const p = plan({}, { weeklyKm: [10, 10, 10, 10, 12.9] });
    // 12.9 km + 10 % = 14.19, but 13 km over a 10 km mean is a spike: 12.9 km.
    expect(p.weeks[0]!.targetKm).toBe(12.9);
  });

  it('weeks start on the Monday on or after the start date', () => {
    expect(isoDay(firstMonday('2026-12-07'))).toBe('2026-12-07');
    expect(isoDay(firstMonday('2026-12-08'))).toBe('2026-12-14');
    expect(isoDay(firstMonday('2026-12-13'))).toBe('2026-12-14');
    expect(plan({}, { startDate: '2026-12-02' }).weeks[0]!.weekStart).toBe('2026-12-07');
  });

  it('no history: a low start of 2 km a run, said in the notes', () => {
    const p = plan({}, { weeklyKm: [] });
    expect(p.weeks[0]!.targetKm).toBe(6);
    expect(p.notes.join(' ')).toMatch(/starts low, 2 km a run/);
  });

  it('load_spike: the first week is 80 % of the last complete week, then the rules again', () => {
    const p = plan({ new_session_type: true });
    expect(p.weeks.map((w) => w.targetKm)).toEqual([16, 17.6, 19.3, 21.2]);
    expect(p.notes.join(' ')).toMatch(/80 %/);
  });

  it('poor_form: drills before two of three runs (not the long one) and a form cue each week', () => {
    const p = plan({ overstriding: true });
    expect(daysWith(p, 'drills')).toEqual(['2026-12-08', '2026-12-10']);
    const tue = p.weeks[0]!.days[1]!.items.map((i) => i.kind);
    expect(tue).toEqual(['task', 'warmup', 'drills', 'run', 'cooldown_stretch']);
    for (const w of [0, 1, 2, 3]) expect(items(p, 'task', w)).toEqual([{ kind: 'task', task: 'form_cue' }]);
    expect(daysWith(plan({ overstriding: true }, { runsPerWeek: 2 }), 'drills')).toHaveLength(1);
  });

  it('tight_muscles: mobility on every day but the rest day', () => {
    const p = plan({ hamstring_tightness: true });
    expect(daysWith(p, 'mobility')).toHaveLength(6);
    expect(items(p, 'mobility')[0]!.exercises!.map((e) => e.id)).toEqual([
      'hip_flexor_stretch',
      'childs_pose',
      'spinal_twist',
    ]);
  });

  it('footwear: a shoe check on the first day, the first week only', () => {
    const p = plan({ new_shoe_type_change: true });
    expect(p.weeks[0]!.days[0]!.items).toEqual([{ kind: 'task', task: 'shoe_check' }, { kind: 'rest' }]);
    expect(items(p, 'task', 1)).toEqual([]);
  });

  it('core_glute_weakness: three strength sessions even with four runs (two otherwise)', () => {
    expect(daysWith(plan({}, { runsPerWeek: 4 }), 'strength')).toHaveLength(2);
    expect(daysWith(plan({ glute_weakness_observed: true }, { runsPerWeek: 4 }), 'strength')).toHaveLength(3);
  });

  it('strength mixes core and glute/hip work at the low end of each range', () => {
    const first = items(plan(), 'strength')[0]!.exercises!;
    expect(first).toEqual([
      { id: 'plank', sets: 2, holdS: 30 },
      { id: 'side_plank', sets: 2, holdS: 20, perSide: true },
      { id: 'bird_dog', sets: 2, reps: 6, holdS: 5, perSide: true },
      { id: 'glute_bridge', sets: 2, reps: 12 },
      { id: 'hip_thrust', sets: 2, reps: 12 },
      { id: 'squat', sets: 2, reps: 12 },
    ]);
  });

  it('runs only on the days the runner can run, the rest day after the long run', () => {
    const p = plan({}, { availableDays: ['tue', 'wed', 'sat'], runsPerWeek: 3 });
    expect(daysWith(p, 'run')).toEqual(['2026-12-08', '2026-12-09', '2026-12-12']);
    expect(p.weeks[0]!.days[6]!.items).toEqual([{ kind: 'rest' }]);
  });

  it('see_clinician with running allowed (sciatica): the appointment first, then the plan as usual', () => {
    const p = plan({ pain_radiating_below_knee_unilateral: true });
    expect(p.urgency).toBe('see_clinician');
    expect(p.reason).toMatch(/sciatica/i);
    expect(p.weeks[0]!.days[0]!.items[0]).toEqual({ kind: 'task', task: 'appointment' });
    expect(items(p, 'run')).toHaveLength(3);
  });

  it('see_clinician with running allowed still heeds the causes in the answers: a spike, new shoes', () => {
    const p = plan({
      pain_radiating_below_knee_unilateral: true,
      recent_mileage_increase_pct: 45,
      new_shoe_type_change: true,
    });
    expect(p.urgency).toBe('see_clinician');
    expect(p.weeks[0]!.days[0]!.items.slice(0, 2)).toEqual([
      { kind: 'task', task: 'appointment' },
      { kind: 'task', task: 'shoe_check' },
    ]);
    expect(p.weeks[0]!.targetKm).toBe(16); // 80 % of the last week's 20 km
    expect(p.notes.join(' ')).toMatch(/load spike/i);
  });

  it('see_clinician that stops running (fainting): the appointment, no runs, no strength, cycling or swimming', () => {
    const p = plan({ collapse_or_faint: true });
    expect(p).toMatchObject({ status: 'ok', urgency: 'see_clinician' });
    expect(p.weeks[0]!.days[0]!.items[0]).toEqual({ kind: 'task', task: 'appointment' });
    for (const kind of ['run', 'strength', 'warmup', 'drills'] as const) expect(items(p, kind)).toEqual([]);
    expect(p.weeks.every((w) => w.targetKm === 0)).toBe(true);
    expect(items(p, 'active_recovery')[0]!.exercises!.map((e) => e.id)).toEqual(['easy_cycle', 'easy_swim']);
  });

  it('emergency and urgent: withheld with the reason, no weeks', () => {
    const e = plan({ saddle_numbness: true });
    expect(e).toMatchObject({ status: 'withheld', urgency: 'emergency', weeks: [] });
    expect(e.reason).toBeTruthy();
    expect(plan({ history_cancer: true })).toMatchObject({
      status: 'withheld',
      urgency: 'urgent',
      weeks: [],
    });
  });

  it('an incomplete check-in is a failure naming what is missing, not a plan', () => {
    const result = buildPlan({
      checkin: { age: 35, sex: 'M', findings: [], complete: false },
      weeklyKm: [],
      runsPerWeek: 3,
      startDate: '2026-12-07',
      weeks: 1,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('checkin_incomplete');
  });
});
