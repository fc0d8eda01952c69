import { describe, expect, it } from 'vitest';
import { recheckDue } from './recheck-due';

const now = new Date('2026-11-26T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();

describe('recheckDue', () => {
  it('asks for a first check-in', () => {
    expect(recheckDue({ last: null, painSince: [], now })).toMatchObject({ due: true, reason: 'never' });
  });

  it('is due when the last check-in is over a week old, not at exactly a week', () => {
    expect(recheckDue({ last: { at: daysAgo(7), painScore: 3 }, painSince: [], now }).due).toBe(false);
    expect(recheckDue({ last: { at: daysAgo(7.01), painScore: 3 }, painSince: [], now })).toMatchObject({
      due: true,
      reason: 'over_a_week',
    });
  });

  it('is due at once when logged pain rises 2 or more points, not 1', () => {
    const last = { at: daysAgo(1), painScore: 3 };
    expect(recheckDue({ last, painSince: [{ at: daysAgo(0.5), score: 4 }], now }).due).toBe(false);
    const rose = recheckDue({ last, painSince: [{ at: daysAgo(0.5), score: 5 }], now });
    expect(rose).toMatchObject({ due: true, reason: 'pain_rose' });
    expect(rose.message).toMatch(/from 3 to 5/);
  });

  it('ignores pain logged before the last check-in, and rises when no baseline was given', () => {
    expect(
      recheckDue({ last: { at: daysAgo(1), painScore: 2 }, painSince: [{ at: daysAgo(2), score: 9 }], now })
        .due,
    ).toBe(false);
    expect(
      recheckDue({
        last: { at: daysAgo(1), painScore: null },
        painSince: [{ at: daysAgo(0.5), score: 9 }],
        now,
      }).due,
    ).toBe(false);
  });
});
