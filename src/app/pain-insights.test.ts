import { describe, expect, it } from 'vitest';
import { planSessions } from './pain-insights';

const day = (date: string, kinds: string[]) => ({
  date,
  items: kinds.map((kind) => ({ kind })),
});

describe('planSessions', () => {
  const plan = {
    weeks: [
      {
        days: [
          day('2026-11-16', ['warmup', 'run', 'cooldown_stretch']),
          day('2026-11-17', ['strength', 'mobility', 'strength']),
          day('2026-11-18', ['rest']),
          day('2026-11-19', ['task', 'foam_rolling']),
        ],
      },
    ],
  } as unknown as Parameters<typeof planSessions>[0];

  it('lists every exercise session up to the day given, not runs, rest days or tasks', () => {
    expect(planSessions(plan, [], '2026-11-18').map((s) => s.date)).toEqual([
      '2026-11-16',
      '2026-11-16',
      '2026-11-17',
      '2026-11-17',
      '2026-11-17',
    ]);
    expect(planSessions(plan, [], '2026-11-19')).toHaveLength(6);
  });

  it('marks a session done by its day, kind and index among that kind', () => {
    const logs = [
      { date: '2026-11-17', kind: 'strength' as const, itemIndex: 1 },
      { date: '2026-11-16', kind: 'run' as const, itemIndex: 0 },
    ];
    expect(planSessions(plan, logs, '2026-11-17').map((s) => s.done)).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
  });
});
