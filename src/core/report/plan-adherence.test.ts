import { describe, expect, it } from 'vitest';
import { planAdherence } from './plan-adherence';

const plan = {
  weeks: [
    {
      weekStart: '2026-11-23',
      targetKm: 10,
      days: [
        { date: '2026-11-24', items: [{ kind: 'warmup' as const }, { kind: 'run' as const, km: 4 }] },
        { date: '2026-11-25', items: [{ kind: 'strength' as const }, { kind: 'rest' as const }] },
        { date: '2026-11-27', items: [{ kind: 'run' as const, km: 5 }] },
      ],
    },
    {
      weekStart: '2026-11-30',
      targetKm: 11,
      days: [
        { date: '2026-12-01', items: [{ kind: 'run' as const, km: 5 }] },
        { date: '2026-12-05', items: [{ kind: 'strength' as const }] },
      ],
    },
  ],
};

const log = (date: string, kind: 'run' | 'strength' | 'warmup', painDuring: number) => ({
  date,
  kind,
  itemIndex: 0,
  painDuring,
});

describe('plan adherence', () => {
  it('counts items planned up to today against the logs that match one, by kind', () => {
    const result = planAdherence(
      {
        createdAt: '2026-11-23T08:00:00.000Z',
        status: 'active',
        plan: plan as never,
        logs: [
          log('2026-11-24', 'run', 4),
          log('2026-11-25', 'strength', 2),
          log('2026-12-01', 'run', 1),
          log('2026-12-01', 'run', 1),
          log('2026-12-05', 'strength', 0),
        ],
      },
      '2026-12-03',
    );
    expect(result).toEqual({
      startedAt: '2026-11-23T08:00:00.000Z',
      status: 'active',
      weeks: 2,
      planned: 5,
      logged: 3,
      pct: 60,
      byKind: [
        { kind: 'run', planned: 3, logged: 2 },
        { kind: 'warmup', planned: 1, logged: 0 },
        { kind: 'strength', planned: 1, logged: 1 },
      ],
      painFirstWeek: 3,
      painLastWeek: 0.7,
    });
  });

  it('is null without a plan and has no percent before anything was due', () => {
    expect(planAdherence(null, '2026-12-03')).toBeNull();
    expect(
      planAdherence({ createdAt: 'x', status: 'active', plan: plan as never, logs: [] }, '2026-11-01'),
    ).toMatchObject({ planned: 0, logged: 0, pct: null, painFirstWeek: null });
  });
});
