import { describe, expect, it } from 'vitest';
import { strengthSession, groupSession } from './plan-strength';
import {
  GET_READY_S,
  findPlanItem,
  REST_S,
  SWITCH_SIDE_S,
  isWork,
  sessionExercises,
  sessionLengthS,
  sessionSteps,
  stepSignal,
  tallySets,
  type SessionStep,
} from './session-steps';

const shape = (steps: SessionStep[]) =>
  steps.map((s) => {
    if (s.type === 'get_ready' || s.type === 'rest') return `${s.type} ${s.durationS}`;
    if (s.type === 'switch_side') return `switch ${s.durationS}`;
    if (s.type === 'hold')
      return `${s.exerciseId} ${s.set}/${s.sets}${s.side ? ` ${s.side}` : ''} ${s.durationS}s`;
    return `${s.exerciseId} ${s.set}/${s.sets} x${s.reps}${s.perSide ? ' each side' : ''}`;
  });

describe('sessionSteps', () => {
  it('starts with a get-ready countdown and rests between sets, not after the last', () => {
    const steps = sessionSteps({ kind: 'strength', exercises: [{ id: 'plank', sets: 3, holdS: 30 }] });
    expect(shape(steps)).toEqual([
      `get_ready ${GET_READY_S}`,
      'plank 1/3 30s',
      'rest 30',
      'plank 2/3 30s',
      'rest 30',
      'plank 3/3 30s',
    ]);
  });

  it('splits a per-side hold into left and right with a switch between', () => {
    const steps = sessionSteps({
      kind: 'strength',
      exercises: [{ id: 'side_plank', sets: 2, holdS: 20, perSide: true }],
    });
    expect(shape(steps)).toEqual([
      'get_ready 10',
      'side_plank 1/2 left 20s',
      `switch ${SWITCH_SIDE_S}`,
      'side_plank 1/2 right 20s',
      'rest 30',
      'side_plank 2/2 left 20s',
      'switch 5',
      'side_plank 2/2 right 20s',
    ]);
  });

  it('makes rep sets for counted exercises, keeping the hold of each rep and "each side"', () => {
    const steps = sessionSteps({
      kind: 'strength',
      exercises: [
        { id: 'bird_dog', sets: 2, reps: 6, holdS: 5, perSide: true },
        { id: 'glute_bridge', sets: 2, reps: 12 },
      ],
    });
    expect(shape(steps)).toEqual([
      'get_ready 10',
      'bird_dog 1/2 x6 each side',
      'rest 30',
      'bird_dog 2/2 x6 each side',
      'rest 30',
      'glute_bridge 1/2 x12',
      'rest 30',
      'glute_bridge 2/2 x12',
    ]);
    const first = steps[1]!;
    expect(first.type === 'reps' && first.holdEachS).toBe(5);
    const bridge = steps[5]!;
    expect(bridge.type === 'reps' && bridge.holdEachS).toBeNull();
  });

  it('times drills and foam rolling by their duration, with the kind’s own rest', () => {
    const drills = sessionSteps({
      kind: 'drills',
      exercises: [{ id: 'butt_kicks', sets: 2, durationS: 20 }],
    });
    expect(shape(drills)).toEqual([
      'get_ready 10',
      'butt_kicks 1/2 20s',
      `rest ${REST_S.drills}`,
      'butt_kicks 2/2 20s',
    ]);
    const rolling = sessionSteps({
      kind: 'foam_rolling',
      exercises: groupSession('foam_rolling').slice(0, 2),
    });
    expect(shape(rolling)).toEqual([
      'get_ready 10',
      'roll_lower_back 1/1 60s',
      `rest ${REST_S.foam_rolling}`,
      'roll_glutes 1/1 60s',
    ]);
  });

  it('gives stretches a shorter rest than strength', () => {
    const steps = sessionSteps({
      kind: 'cooldown_stretch',
      exercises: [{ id: 'childs_pose', sets: 2, holdS: 20 }],
    });
    expect(shape(steps)).toEqual(['get_ready 10', 'childs_pose 1/2 20s', 'rest 15', 'childs_pose 2/2 20s']);
    expect(REST_S.cooldown_stretch).toBeLessThan(REST_S.strength);
  });

  it('runs one active-recovery option, the chosen one', () => {
    const item = { kind: 'active_recovery' as const, exercises: groupSession('active_recovery') };
    expect(shape(sessionSteps(item))).toEqual(['get_ready 10', 'easy_walk 1/1 1200s']);
    expect(shape(sessionSteps(item, { choice: 'easy_swim' }))).toEqual([
      'get_ready 10',
      'easy_swim 1/1 1200s',
    ]);
    expect(sessionExercises(item, { choice: 'plank' }).map((e) => e.id)).toEqual(['easy_walk']);
  });

  it('guides nothing for runs, rest days, tasks or an empty item', () => {
    expect(sessionSteps({ kind: 'run', km: 5 })).toEqual([]);
    expect(sessionSteps({ kind: 'rest' })).toEqual([]);
    expect(sessionSteps({ kind: 'task', task: 'shoe_check' })).toEqual([]);
    expect(sessionSteps({ kind: 'strength', exercises: [] })).toEqual([]);
  });

  it('previews the next piece of work on every step, and nothing after the last', () => {
    const steps = sessionSteps({
      kind: 'strength',
      exercises: [
        { id: 'plank', sets: 1, holdS: 30 },
        { id: 'side_plank', sets: 1, holdS: 20, perSide: true },
      ],
    });
    expect(steps.map((s) => (s.next ? `${s.next.exerciseId} ${s.next.side ?? '-'}` : null))).toEqual([
      'plank -', // get ready
      'side_plank left', // plank
      'side_plank left', // rest
      'side_plank right', // left side
      'side_plank right', // switch
      null, // right side: the end
    ]);
  });

  it('builds every strength session of the generator, every set of every exercise present', () => {
    for (let n = 0; n < 3; n++) {
      const exercises = strengthSession(n);
      const steps = sessionSteps({ kind: 'strength', exercises });
      for (const ex of exercises) {
        const work = steps.filter((s) => isWork(s) && s.exerciseId === ex.id);
        expect(work.length).toBe(ex.sets * (ex.perSide && ex.reps === undefined ? 2 : 1));
      }
      expect(steps.at(-1)!.type).not.toBe('rest');
    }
  });
});

describe('sessionLengthS', () => {
  it('adds the countdowns and estimates rep sets', () => {
    const steps = sessionSteps({
      kind: 'strength',
      exercises: [
        { id: 'plank', sets: 2, holdS: 30 },
        { id: 'glute_bridge', sets: 1, reps: 12 },
      ],
    });
    // 10 get ready + 30 + 30 rest + 30 + 30 rest + 12 reps × 3 s
    expect(sessionLengthS(steps)).toBe(10 + 30 + 30 + 30 + 30 + 36);
  });
});

describe('tallySets', () => {
  const steps = sessionSteps({
    kind: 'strength',
    exercises: [
      { id: 'side_plank', sets: 2, holdS: 20, perSide: true },
      { id: 'glute_bridge', sets: 2, reps: 12 },
    ],
  });
  const workAt = steps.flatMap((s, i) => (isWork(s) ? [i] : []));

  it('counts a set when all its work was finished', () => {
    expect(tallySets(steps, new Set(workAt))).toEqual([
      { id: 'side_plank', sets: 2, setsDone: 2 },
      { id: 'glute_bridge', sets: 2, setsDone: 2 },
    ]);
  });

  it('does not count a per-side set with one side skipped, nor skipped sets', () => {
    const [left1, right1, left2, , bridge1] = workAt;
    expect(tallySets(steps, new Set([left1!, right1!, left2!, bridge1!]))).toEqual([
      { id: 'side_plank', sets: 2, setsDone: 1 },
      { id: 'glute_bridge', sets: 2, setsDone: 1 },
    ]);
    expect(tallySets(steps, new Set())).toEqual([
      { id: 'side_plank', sets: 2, setsDone: 0 },
      { id: 'glute_bridge', sets: 2, setsDone: 0 },
    ]);
  });
});

describe('stepSignal', () => {
  it('marks the half-way of a per-side hold, the end of a hold, and "go" after a countdown', () => {
    const steps = sessionSteps({
      kind: 'strength',
      exercises: [
        { id: 'side_plank', sets: 1, holdS: 20, perSide: true },
        { id: 'glute_bridge', sets: 1, reps: 12 },
      ],
    });
    expect(steps.map(stepSignal)).toEqual(['go', 'halfway', 'go', 'end', 'go', null]);
  });
});

describe('findPlanItem', () => {
  const plan = {
    weeks: [
      {
        days: [
          { date: '2025-03-03', items: [{ kind: 'rest' as const }] },
          {
            date: '2025-03-04',
            items: [
              { kind: 'strength' as const, exercises: [{ id: 'plank' as const, sets: 2, holdS: 30 }] },
              { kind: 'mobility' as const, exercises: [] },
              { kind: 'strength' as const, exercises: [{ id: 'squat' as const, sets: 2, reps: 12 }] },
            ],
          },
        ],
      },
    ],
  };
  it('finds the nth item of a kind on a day', () => {
    expect(findPlanItem(plan, '2025-03-04', 'strength', 0)?.exercises?.[0]?.id).toBe('plank');
    expect(findPlanItem(plan, '2025-03-04', 'strength', 1)?.exercises?.[0]?.id).toBe('squat');
  });
  it('answers null for a missing day, kind or index', () => {
    expect(findPlanItem(plan, '2025-03-05', 'strength', 0)).toBeNull();
    expect(findPlanItem(plan, '2025-03-03', 'strength', 0)).toBeNull();
    expect(findPlanItem(plan, '2025-03-04', 'strength', 2)).toBeNull();
  });
});
