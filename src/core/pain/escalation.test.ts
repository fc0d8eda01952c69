import { describe, expect, it } from 'vitest';
import { escalations, isoDayAfter, type EscalationEntry, type EscalationInput } from './escalation';

const START = '2026-12-01';
/** One entry a day from START, scores in order, at 09:00 UTC. */
const daily = (scores: readonly number[], from = START): EscalationEntry[] =>
  scores.map((score, i) => ({
    id: `e${i}`,
    at: `${isoDayAfter(from, i)}T09:00:00Z`,
    score,
    areas: ['low_back_central'],
  }));

const base = (over: Partial<EscalationInput>): EscalationInput => ({
  entries: [],
  timeZone: 'UTC',
  today: '2027-01-31',
  lastCheckin: null,
  runDays: [],
  planRestDays: [],
  plan: null,
  ...over,
});
const codes = (input: EscalationInput) => escalations(input).map((t) => t.code);

describe('not_easing: pain ≥ 4 on every day across 7 or more days with a rest day', () => {
  it('fires at exactly 7 days of 4/10, naming every entry', () => {
    const [t] = escalations(base({ entries: daily([4, 4, 4, 4, 4, 4, 4]) }));
    expect(t?.code).toBe('not_easing');
    expect(t?.entryIds).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    expect(t?.from).toBe('2026-12-01');
    expect(t?.to).toBe('2026-12-07');
    expect(t?.tellThem.join(' ')).toContain('middle of the low back');
  });
  it('does not fire at 6 days', () => {
    expect(codes(base({ entries: daily([4, 4, 4, 4, 4, 4]) }))).toEqual([]);
  });
  it('does not fire when one day eased to 3 (its lowest entry)', () => {
    const entries = daily([5, 5, 5, 5, 5, 5, 5]);
    entries.push({ id: 'low', at: '2026-12-04T20:00:00Z', score: 3 });
    expect(codes(base({ entries }))).toEqual([]);
  });
  it('does not fire across a day without an entry', () => {
    const entries = daily([4, 4, 4, 4, 4, 4, 4, 4]).filter((e) => e.id !== 'e3');
    expect(codes(base({ entries }))).toEqual([]);
  });
  it('needs a rest day: 7 run days only do not fire; a plan rest day among them does', () => {
    const days = Array.from({ length: 7 }, (_, i) => isoDayAfter(START, i));
    const entries = daily([6, 6, 6, 6, 6, 6, 6]);
    expect(codes(base({ entries, runDays: days }))).toEqual([]);
    expect(codes(base({ entries, runDays: days, planRestDays: ['2026-12-03'] }))).toEqual(['not_easing']);
    expect(codes(base({ entries, runDays: days.slice(1) }))).toEqual(['not_easing']);
  });
  it('counts only entries after the latest check-in', () => {
    const entries = daily([4, 4, 4, 4, 4, 4, 4]);
    const lastCheckin = { at: '2026-12-02T12:00:00Z', painScore: 4 };
    expect(codes(base({ entries, lastCheckin }))).toEqual([]);
  });
  it('reads days in the runner’s time zone', () => {
    // The fourth entry at 23:30 UTC on the 3rd is already the 4th in Paris: a whole row there, a gap in UTC.
    const entries = daily([4, 4, 4, 4, 4, 4, 4]);
    entries[3] = { ...entries[3]!, at: '2026-12-03T23:30:00Z' };
    expect(codes(base({ entries, timeZone: 'UTC' }))).toEqual([]);
    expect(codes(base({ entries, timeZone: 'Europe/Paris' }))).toEqual(['not_easing']);
  });
  it('ignores entries after today', () => {
    expect(codes(base({ entries: daily([4, 4, 4, 4, 4, 4, 4]), today: '2026-12-06' }))).toEqual([]);
    expect(codes(base({ entries: daily([4, 4, 4, 4, 4, 4, 4]), today: '2026-12-07' }))).toEqual([
      'not_easing',
    ]);
  });
});

describe('pain_rise: 2 or more points above the last check-in for over a week', () => {
  const lastCheckin = { at: '2026-11-30T12:00:00Z', painScore: 2 };
  it('fires when the raised days span 8 days (more than a week)', () => {
    const entries = daily([4, 1, 1, 1, 1, 1, 1, 1, 4]).filter((e) => e.score === 4);
    const [t] = escalations(base({ entries, lastCheckin }));
    expect(t?.code).toBe('pain_rise');
    expect(t?.entryIds).toEqual(['e0', 'e8']);
    expect(t?.tellThem[0]).toContain('2/10');
  });
  it('does not fire over 7 days', () => {
    const entries = daily([4, 0, 0, 0, 0, 0, 0, 4]).filter((e) => e.score === 4);
    expect(codes(base({ entries, lastCheckin }))).toEqual([]);
  });
  it('does not fire at 1 point above the baseline', () => {
    const entries = daily([3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(codes(base({ entries, lastCheckin }))).toEqual([]);
  });
  it('a day back below the rise starts the count again', () => {
    const entries = daily([4, 4, 4, 4, 1, 4, 4, 4, 4]);
    expect(codes(base({ entries, lastCheckin }))).toEqual([]);
  });
  it('reads the day’s worst entry', () => {
    const entries = daily([1, 1, 1, 1, 1, 1, 1, 1, 1]).filter((e) => e.id === 'e0' || e.id === 'e8');
    entries.push(
      { id: 'a', at: '2026-12-01T18:00:00Z', score: 5 },
      { id: 'b', at: '2026-12-09T18:00:00Z', score: 4 },
    );
    const t = escalations(base({ entries, lastCheckin })).find((x) => x.code === 'pain_rise');
    expect(t?.entryIds).toEqual(['e0', 'a', 'e8', 'b']);
  });
  it('needs a check-in pain score', () => {
    const entries = daily([9, 0, 0, 0, 0, 0, 0, 0, 9]).filter((e) => e.score === 9);
    expect(codes(base({ entries, lastCheckin: { ...lastCheckin, painScore: null } }))).toEqual([]);
    expect(codes(base({ entries }))).toEqual([]);
  });
});

describe('no_improvement: less than 2 points and 30 % better after 4 weeks of the plan', () => {
  // Runs every day, so the not-easing rule (no rest day) stays out of the way.
  const runDays = Array.from({ length: 60 }, (_, i) => isoDayAfter('2026-11-01', i));
  const plan = { firstDay: '2026-11-02', baselinePain: 6 };
  const lastWeek = (scores: number[]) => daily(scores, '2026-11-24'); // 2026-11-24 … 2026-11-30
  it('fires on day 28 when the last week averages 5 against 6', () => {
    const [t] = escalations(
      base({ runDays, entries: lastWeek([5, 5, 5, 5, 5, 5, 5]), plan, today: '2026-11-30' }),
    );
    expect(t?.code).toBe('no_improvement');
    expect(t?.entryIds).toHaveLength(7);
    expect(t?.tellThem.join(' ')).toContain('5/10');
  });
  it('does not fire on day 27', () => {
    const entries = lastWeek([5, 5, 5, 5, 5, 5]);
    expect(codes(base({ runDays, entries, plan, today: '2026-11-29' }))).toEqual([]);
  });
  it('does not fire at 4 against 6 (2 points and 33 %)', () => {
    expect(
      codes(base({ runDays, entries: lastWeek([4, 4, 4, 4, 4, 4, 4]), plan, today: '2026-11-30' })),
    ).toEqual([]);
  });
  it('fires at 2 points but under 30 % (8 → 6)', () => {
    const p = { ...plan, baselinePain: 8 };
    expect(codes(base({ runDays, entries: lastWeek([6, 6, 6]), plan: p, today: '2026-11-30' }))).toEqual([
      'no_improvement',
    ]);
  });
  it('looks only at the last 7 days and needs one of them logged', () => {
    const old = daily([6, 6], '2026-11-20');
    expect(codes(base({ runDays, entries: old, plan, today: '2026-11-30' }))).toEqual([]);
  });
  it('needs a plan with a baseline of 2 or more', () => {
    const entries = lastWeek([5, 5, 5]);
    expect(codes(base({ runDays, entries, plan: null, today: '2026-11-30' }))).toEqual([]);
    expect(
      codes(base({ runDays, entries, plan: { ...plan, baselinePain: 1 }, today: '2026-11-30' })),
    ).toEqual([]);
    expect(
      codes(base({ runDays, entries, plan: { ...plan, baselinePain: null }, today: '2026-11-30' })),
    ).toEqual([]);
  });
});
