import { describe, expect, it } from 'vitest';
import { recentChanges, type RecentChangesInput } from './recent-changes';

const base: RecentChangesInput = {
  today: '2026-12-03',
  shoes: [],
  weeks: [],
  surface: { treadmillPctLastTwoWeeks: null, treadmillPctFourWeeksBefore: null },
  plan: null,
  checkins: [],
};
const shoe = (name: string, addedAt: string | null) => ({
  name,
  distanceKm: 10,
  retireKm: 800,
  retired: false,
  inUse: true,
  addedAt,
});
const week = (weekStart: string, spike: boolean, increasePct: number | null) => ({
  weekStart,
  km: 30,
  runs: 3,
  complete: true,
  increasePct,
  spike,
});

describe('recent changes', () => {
  it('lists new shoes, spike weeks, the plan and its changes, surface and urgency within 42 days, newest first', () => {
    const changes = recentChanges({
      ...base,
      shoes: [
        shoe('Old pair', '2026-10-21T10:00:00.000Z'),
        shoe('Pegasus 41', '2026-10-22T10:00:00.000Z'),
        shoe('Unknown', null),
      ],
      weeks: [week('2026-10-19', true, 60), week('2026-11-09', true, 45.5), week('2026-11-16', false, 20)],
      surface: { treadmillPctLastTwoWeeks: 80, treadmillPctFourWeeksBefore: 10 },
      plan: {
        createdAt: '2026-11-20T08:00:00.000Z',
        changes: [
          { kind: 'regress', from: '2026-11-28' },
          { kind: 'regress', from: '2026-11-28' },
          { kind: 'run_lower', from: '2026-12-10' },
        ],
      },
      checkins: [
        { createdAt: '2026-12-02T08:00:00.000Z', result: { urgency: 'see_clinician' } },
        { createdAt: '2026-11-01T08:00:00.000Z', result: { urgency: 'self_manage' } },
      ],
    });
    expect(changes).toEqual([
      { on: '2026-12-02', text: 'Check-in result rose from self-care to see a clinician.' },
      { on: '2026-11-28', text: 'Plan: an exercise moved to an easier step.' },
      { on: '2026-11-20', text: 'Started an exercise and running plan.' },
      { on: '2026-11-19', text: 'Mostly ran on a treadmill, after mostly outdoors.' },
      { on: '2026-11-09', text: 'Week of 9 Nov 2026: running 30 km, 45.5% above the four weeks before.' },
      { on: '2026-10-22', text: 'New shoes: Pegasus 41.' },
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(recentChanges(base)).toEqual([]);
    expect(
      recentChanges({
        ...base,
        surface: { treadmillPctLastTwoWeeks: 0, treadmillPctFourWeeksBefore: 0 },
        checkins: [
          { createdAt: '2026-12-02T08:00:00.000Z', result: { urgency: 'self_manage' } },
          { createdAt: '2026-11-01T08:00:00.000Z', result: { urgency: 'self_manage' } },
        ],
      }),
    ).toEqual([]);
  });
});
