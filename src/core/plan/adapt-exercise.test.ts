import { describe, expect, it } from 'vitest';
import { judgeSession, stepDown, stepUp, type SessionFacts } from './adapt-exercise';

const facts = (over: Partial<SessionFacts> = {}): SessionFacts => ({
  painDuring: 2,
  painNextMorning: 2,
  baselinePain: 2,
  plannedSets: 2,
  setsDone: 2,
  formOk: true,
  rising: false,
  ...over,
});

describe('judgeSession', () => {
  it('pain during: 0–3 good, 4–5 hold, above 5 regress', () => {
    for (const p of [0, 3])
      expect(judgeSession(facts({ painDuring: p, painNextMorning: 0 }))).toEqual({ kind: 'good' });
    for (const p of [4, 5])
      expect(judgeSession(facts({ painDuring: p, painNextMorning: 0 }))).toEqual({
        kind: 'hold',
        why: 'pain',
      });
    for (const p of [6, 10])
      expect(judgeSession(facts({ painDuring: p, painNextMorning: 0 }))).toEqual({
        kind: 'regress',
        why: 'pain',
      });
  });

  it('the next morning: at the baseline is fine, one point above regresses', () => {
    expect(judgeSession(facts({ baselinePain: 3, painNextMorning: 3 }))).toEqual({ kind: 'good' });
    expect(judgeSession(facts({ baselinePain: 3, painNextMorning: 4 }))).toEqual({
      kind: 'regress',
      why: 'morning',
    });
    // 4–5 during that settles holds; that does not settle regresses.
    expect(judgeSession(facts({ painDuring: 5, baselinePain: 3, painNextMorning: 3 })).kind).toBe('hold');
    expect(judgeSession(facts({ painDuring: 5, baselinePain: 3, painNextMorning: 4 })).kind).toBe('regress');
  });

  it('without a baseline the morning is compared with the pain during', () => {
    expect(judgeSession(facts({ baselinePain: null, painDuring: 2, painNextMorning: 2 })).kind).toBe('good');
    expect(judgeSession(facts({ baselinePain: null, painDuring: 2, painNextMorning: 3 })).kind).toBe(
      'regress',
    );
  });

  it('a next morning not known yet decides only on pain during', () => {
    expect(judgeSession(facts({ painNextMorning: null, painDuring: 3 })).kind).toBe('good');
    expect(judgeSession(facts({ painNextMorning: null, painDuring: 4 })).kind).toBe('hold');
    expect(judgeSession(facts({ painNextMorning: null, painDuring: 6 })).kind).toBe('regress');
  });

  it('form broke holds; a set short or the exercise left out just does not count', () => {
    expect(judgeSession(facts({ formOk: false }))).toEqual({ kind: 'hold', why: 'form' });
    expect(judgeSession(facts({ plannedSets: 3, setsDone: 2 }))).toEqual({ kind: 'incomplete' });
    expect(judgeSession(facts({ plannedSets: 3, setsDone: 3 }))).toEqual({ kind: 'good' });
    expect(judgeSession(facts({ setsDone: null }))).toEqual({ kind: 'incomplete' });
  });

  it('pain rising week on week regresses even with little pain', () => {
    expect(judgeSession(facts({ rising: true }))).toEqual({ kind: 'regress', why: 'rising' });
  });
});

describe('stepUp', () => {
  it('moves up the ladder to the next exercise at its start dose', () => {
    expect(stepUp({ id: 'plank', sets: 2, holdS: 30 }, new Set())).toEqual({
      kind: 'progress',
      exercise: { id: 'plank_leg_lift', sets: 2, holdS: 30 },
      replaces: 'plank',
    });
    expect(stepUp({ id: 'plank_knees', sets: 2, holdS: 10 }, new Set())?.exercise.id).toBe('plank');
  });

  it('at the top: hold +5 s up to the range, then sets', () => {
    const up = (holdS: number, sets = 2) =>
      stepUp({ id: 'plank_leg_lift', sets, holdS }, new Set())?.exercise ?? null;
    expect(up(30)).toEqual({ id: 'plank_leg_lift', sets: 2, holdS: 35 });
    expect(up(57)).toEqual({ id: 'plank_leg_lift', sets: 2, holdS: 60 });
    expect(up(60)).toEqual({ id: 'plank_leg_lift', sets: 3, holdS: 60 });
    expect(up(60, 3)).toBeNull();
  });

  it('reps +2 up to the range, then sets; holds before reps', () => {
    const lunge = (reps: number, sets = 2) =>
      stepUp({ id: 'lunge', sets, reps, perSide: true }, new Set())?.exercise ?? null;
    expect(lunge(12)).toMatchObject({ reps: 14, sets: 2 });
    expect(lunge(14)).toMatchObject({ reps: 15, sets: 2 });
    expect(lunge(15)).toMatchObject({ reps: 15, sets: 3 });
    expect(lunge(15, 3)).toBeNull();
    // Bird dog reach's hold is fixed at 5 s: reps grow (bird dog itself being taken here).
    const reach = { id: 'bird_dog_reach', sets: 2, reps: 6, holdS: 5, perSide: true } as const;
    expect(stepUp(reach, new Set(['bird_dog']))?.exercise).toEqual({ ...reach, reps: 8 });
  });

  it('does not step onto an exercise the plan already holds: the dose grows instead', () => {
    const step = stepUp(
      { id: 'single_leg_bridge', sets: 2, reps: 8, perSide: true },
      new Set(['hip_thrust']),
    );
    expect(step).toEqual({
      kind: 'progress',
      exercise: { id: 'single_leg_bridge', sets: 2, reps: 10, perSide: true },
    });
  });
});

describe('stepDown', () => {
  it('moves down the ladder to the easier exercise at its start dose', () => {
    expect(stepDown({ id: 'plank_leg_lift', sets: 3, holdS: 50 }, new Set())).toEqual({
      kind: 'regress',
      exercise: { id: 'plank', sets: 2, holdS: 30 },
      replaces: 'plank_leg_lift',
    });
  });

  it('at the bottom: one set fewer, then 5 s less hold, then nothing under the range', () => {
    const down = (sets: number, holdS: number) => stepDown({ id: 'plank_knees', sets, holdS }, new Set());
    expect(down(3, 20)).toEqual({ kind: 'cut_volume', exercise: { id: 'plank_knees', sets: 2, holdS: 20 } });
    expect(down(2, 20)?.exercise).toEqual({ id: 'plank_knees', sets: 2, holdS: 15 });
    expect(down(2, 12)?.exercise).toEqual({ id: 'plank_knees', sets: 2, holdS: 10 });
    expect(down(2, 10)).toBeNull();
  });

  it('reps 2 fewer at the bottom down to the range; no ladder at all is a bottom too', () => {
    expect(stepDown({ id: 'lunge', sets: 2, reps: 15, perSide: true }, new Set())?.exercise).toMatchObject({
      reps: 13,
    });
    expect(stepDown({ id: 'lunge', sets: 2, reps: 13, perSide: true }, new Set())?.exercise).toMatchObject({
      reps: 12,
    });
    expect(stepDown({ id: 'lunge', sets: 2, reps: 12, perSide: true }, new Set())).toBeNull();
  });

  it('does not step onto an exercise the plan already holds: volume is cut instead', () => {
    expect(stepDown({ id: 'hip_thrust', sets: 3, reps: 12 }, new Set(['single_leg_bridge']))).toEqual({
      kind: 'cut_volume',
      exercise: { id: 'hip_thrust', sets: 2, reps: 12 },
    });
  });
});
