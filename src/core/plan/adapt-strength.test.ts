import { describe, expect, it } from 'vitest';
import { completeFindings } from '../../../test/support/checkin-builders';
import { sortLogs } from './adapt-logs';
import { adaptStrength, effective, itemOn, painRising } from './adapt-strength';
import { buildPlan } from './plan';
import type { PlanLog } from './plan-log';
import type { Plan } from './plan-types';

function calmPlan(): Plan {
  const result = buildPlan({
    checkin: { age: 35, sex: 'M', findings: completeFindings(35, 'M') },
    weeklyKm: [20, 20, 20, 20, 20],
    runsPerWeek: 3,
    startDate: '2026-12-07',
    weeks: 4,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const plan = calmPlan();
// Strength on Wednesday, Friday and Sunday: session 0 (plank, side plank, bird dog, glute bridge, hip thrust,
// squat), session 1 (dead bug, plank, side plank, lunge, clamshell, glute bridge), session 2.
const WED = '2026-12-09';
const FRI = '2026-12-11';
const SUN = '2026-12-13';

/** A strength log of that day, every planned set done with good form unless `over` says otherwise. */
function session(
  date: string,
  painDuring: number,
  painNextMorning: number | null,
  over: Partial<PlanLog> = {},
): PlanLog {
  const item = itemOn(plan, date, 'strength', 0)!;
  return {
    date,
    kind: 'strength',
    itemIndex: 0,
    painDuring,
    painNextMorning,
    exercises: item.exercises!.map((e) => ({ id: e.id, setsDone: e.sets, formOk: true })),
    painRoseDuring: false,
    limped: false,
    newRedFlag: false,
    loggedAt: `${date}T18:00:00Z`,
    ...over,
  };
}

const run = (logs: PlanLog[], baseline: number | null = 3) => adaptStrength(plan, sortLogs(logs), baseline);

describe('adaptStrength', () => {
  it('two good sessions with an exercise move it up, from the day after the second, everywhere', () => {
    const { timeline, changes } = run([session(WED, 2, 2), session(FRI, 3, 3)]);
    const plank = changes.find((c) => c.exerciseId === 'plank_leg_lift')!;
    expect(plank).toMatchObject({
      kind: 'progress',
      from: '2026-12-12',
      replaces: 'plank',
      because: [WED, FRI],
    });
    expect(plank.message).toBe(
      'Plank moves up to plank with leg lift (2 sets of 30 s): two sessions in a row done in full with little pain.',
    );
    expect(effective(timeline, 'plank', FRI)).toMatchObject({ id: 'plank' });
    expect(effective(timeline, 'plank', '2026-12-12')).toMatchObject({ id: 'plank_leg_lift' });
    // Bird dog was only in Wednesday's session: one good session, no change yet.
    expect(changes.some((c) => c.exerciseId === 'bird_dog' || c.replaces === 'bird_dog')).toBe(false);
  });

  it('the next session after a step starts counting again', () => {
    const { changes } = run([session(WED, 1, 1), session(FRI, 1, 1), session(SUN, 1, 1)]);
    // Plank moved up after Friday; Sunday's single good session with leg lift does not move it again.
    expect(changes.filter((c) => c.replaces === 'plank' || c.replaces === 'plank_leg_lift')).toHaveLength(1);
    // Bird dog: Wednesday and Sunday, two good sessions in a row (no session between lists it).
    expect(changes.find((c) => c.replaces === 'bird_dog')).toBeUndefined(); // bird dog is at its ladder's top
    expect(changes.find((c) => c.exerciseId === 'bird_dog')).toMatchObject({
      kind: 'progress',
      from: '2026-12-14',
    });
  });

  it('pain during 4 between two good sessions holds and breaks the run', () => {
    const { changes } = run([session(WED, 2, 2), session(FRI, 4, 3), session(SUN, 2, 2)]);
    expect(changes.filter((c) => c.kind === 'progress' && c.replaces === 'plank')).toEqual([]);
    const holds = changes.filter((c) => c.kind === 'hold' && c.because[0] === FRI);
    expect(holds).toHaveLength(6);
    expect(holds[0]!.message).toBe('Dead bug stays at the same dose: pain during was 4 out of 10.');
  });

  it('a set short does not count; form broken holds that exercise only', () => {
    const short = session(FRI, 1, 1);
    short.exercises = short.exercises.map((e) => (e.id === 'plank' ? { ...e, setsDone: 1 } : e));
    expect(run([session(WED, 1, 1), short]).changes.some((c) => c.replaces === 'plank')).toBe(false);
    const form = session(FRI, 1, 1);
    form.exercises = form.exercises.map((e) => (e.id === 'plank' ? { ...e, formOk: false } : e));
    const { changes } = run([session(WED, 1, 1), form]);
    expect(changes.filter((c) => c.kind === 'hold').map((c) => c.exerciseId)).toEqual(['plank']);
    expect(changes.find((c) => c.replaces === 'side_plank')).toMatchObject({ kind: 'progress' });
  });

  it('pain above 5 moves every exercise of the session down, or keeps it at its easiest', () => {
    const { changes, timeline } = run([session(WED, 6, null)]);
    expect(changes.map((c) => [c.kind, c.exerciseId])).toEqual([
      ['regress', 'plank_knees'],
      ['regress', 'side_plank_knees'],
      ['regress', 'bird_dog_reach'],
      ['hold', 'glute_bridge'],
      ['regress', 'single_leg_bridge'],
      ['regress', 'sit_to_stand'],
    ]);
    expect(changes[0]!.message).toBe(
      'Plank steps back to plank on knees (2 sets of 10 s): pain during the session went above 5 out of 10.',
    );
    expect(changes[3]!.message).toMatch(/^Glute bridge stays as it is, already at its easiest dose/);
    expect(effective(timeline, 'hip_thrust', '2026-12-10')).toEqual({
      id: 'single_leg_bridge',
      sets: 2,
      reps: 8,
      perSide: true,
    });
  });

  it('a next morning worse than the baseline regresses; at the baseline it does not', () => {
    expect(run([session(WED, 2, 4)], 3).changes.filter((c) => c.kind === 'regress')).toHaveLength(5);
    expect(run([session(WED, 2, 3)], 3).changes).toEqual([]);
    // No baseline: compared with the session's own pain during.
    expect(run([session(WED, 2, 3)], null).changes.filter((c) => c.kind === 'regress')).toHaveLength(5);
  });

  it('a late log naming the exercise shown then still counts for its slot', () => {
    const good = [session(WED, 1, 1), session(FRI, 1, 1)];
    const late = session(SUN, 1, 1);
    // Sunday shown as first planned (plank), while the slot is at plank with leg lift from Saturday.
    const { changes } = run([...good, late, session('2026-12-16', 1, 1)]);
    expect(
      changes.find(
        (c) =>
          c.replaces === 'plank_leg_lift' || (c.exerciseId === 'plank_leg_lift' && c.from === '2026-12-17'),
      ),
    ).toMatchObject({
      kind: 'progress',
      because: [SUN, '2026-12-16'],
    });
  });
});

describe('painRising', () => {
  const at = (date: string, pain: number): PlanLog => ({ ...session(WED, pain, null), date });
  it('this week one point above last week rises; less does not; either week empty does not', () => {
    const a = [at('2026-12-09', 2), at('2026-12-16', 3)];
    expect(painRising(a, a[1]!)).toBe(true);
    const b = [at('2026-12-09', 2), at('2026-12-11', 3), at('2026-12-16', 3)];
    expect(painRising(b, b[2]!)).toBe(false); // 2.5 → 3
    const c = [at('2026-12-02', 1), at('2026-12-16', 5)];
    expect(painRising(c, c[1]!)).toBe(false);
  });
});
