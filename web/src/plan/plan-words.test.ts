import { describe, expect, it } from 'vitest';
import {
  dayInWords,
  findDay,
  firstSession,
  isRestDay,
  isSessionItem,
  itemTitle,
  kindIndex,
  sessionPath,
  weekToShow,
  type Plan,
  type PlanDay,
} from './plan-words';

const runDay: PlanDay = {
  date: '2026-03-03',
  items: [
    { kind: 'warmup', exercises: [{ id: 'leg_swings', sets: 1, reps: 10, perSide: true }] },
    { kind: 'run', km: 5.2 },
    { kind: 'cooldown_stretch', exercises: [{ id: 'hamstring_stretch', sets: 2, holdS: 20, perSide: true }] },
    { kind: 'strength', exercises: [{ id: 'plank', sets: 2, holdS: 30 }] },
  ],
};
const restDay: PlanDay = {
  date: '2026-03-02',
  items: [{ kind: 'task', task: 'shoe_check' }, { kind: 'rest' }],
};

const plan = (starts: string[]): Plan => ({
  status: 'ok',
  urgency: 'self_manage',
  notes: [],
  weeks: starts.map((weekStart) => ({ weekStart, targetKm: 10, days: [{ date: weekStart, items: [] }] })),
});

describe('plan words', () => {
  it('names items, a run with its distance in the runner’s units', () => {
    expect(itemTitle({ kind: 'run', km: 5.2 }, 'km')).toBe('Run 5.2 km');
    expect(itemTitle({ kind: 'run', km: 8 }, 'mi')).toBe('Run 5.0 mi');
    expect(itemTitle({ kind: 'task', task: 'appointment' }, 'km')).toBe('Book your appointment');
    expect(itemTitle({ kind: 'cooldown_stretch' }, 'km')).toBe('Stretches after');
  });

  it('says a day in one line', () => {
    expect(dayInWords(runDay, 'km')).toBe('Warm-up, run 5.2 km, stretches after and strength');
    expect(dayInWords(restDay, 'km')).toBe('Check your shoes and rest day');
    expect(dayInWords({ date: '2026-03-04', items: [] }, 'km')).toBe('Nothing planned');
  });

  it('counts which item of its kind an item is, for the player’s address', () => {
    const items = [{ kind: 'strength' }, { kind: 'run' }, { kind: 'strength' }] as const;
    expect(kindIndex(items, 0)).toBe(0);
    expect(kindIndex(items, 1)).toBe(0);
    expect(kindIndex(items, 2)).toBe(1);
    expect(sessionPath('2026-03-03', 'strength', 1)).toBe('/plan/session/2026-03-03/strength/1');
  });

  it('plays sessions with exercises, never runs, rest or tasks', () => {
    expect(runDay.items.map(isSessionItem)).toEqual([true, false, true, true]);
    expect(isSessionItem({ kind: 'strength', exercises: [] })).toBe(false);
    expect(restDay.items.map(isSessionItem)).toEqual([false, false]);
    expect(firstSession(runDay)).toEqual({ item: runDay.items[0], index: 0 });
    expect(firstSession(restDay)).toBeUndefined();
  });

  it('tells a rest day from a training day', () => {
    expect(isRestDay(restDay)).toBe(true);
    expect(isRestDay(runDay)).toBe(false);
    expect(isRestDay({ date: '2026-03-04', items: [{ kind: 'rest' }, { kind: 'foam_rolling' }] })).toBe(
      false,
    );
  });

  it('shows the week holding today, else the next to come, else the last', () => {
    const p = plan(['2026-03-02', '2026-03-09']);
    expect(findDay(p, '2026-03-09')?.week).toBe(1);
    expect(findDay(p, '2026-03-01')).toBeUndefined();
    expect(weekToShow(p, '2026-03-09')).toBe(1);
    expect(weekToShow(p, '2026-02-20')).toBe(0);
    expect(weekToShow(p, '2026-04-20')).toBe(1);
  });
});
