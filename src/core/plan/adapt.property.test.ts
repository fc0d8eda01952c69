import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../checkin/checkin';
import type { BooleanCode } from '../checkin/vocabulary';
import { dayNumber, isoDay } from '../load/calendar';
import { isSpike, LOAD_RULES } from '../load/weekly-distance';
import { spikeBaseline } from './plan-weeks';
import { completeFindings } from '../../../test/support/checkin-builders';
import { expectDoseInRange, expectRunFramed, isRestDay, kinds } from '../../../test/support/plan-checks';
import { adaptPlan } from './adapt';
import type { AdaptInput } from './adapt-types';
import { buildPlan } from './plan';
import type { PlanLog } from './plan-log';
import type { Plan, PlanDay } from './plan-types';

// The adapted plan keeps the generator's invariants (the checks of plan.property.test.ts), over generated plans
// and random logs.

const FACTOR_YES: BooleanCode[] = [
  'new_session_type',
  'new_shoe_type_change',
  'hip_flexor_tightness',
  'glute_weakness_observed',
  'overstriding',
];
const SERIOUS_YES: BooleanCode[] = [
  'history_cancer',
  'pain_radiating_below_knee_unilateral',
  'night_pain_constant',
];

const planArb = fc
  .record({
    factors: fc.subarray(FACTOR_YES),
    serious: fc.oneof(
      { weight: 4, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.subarray(SERIOUS_YES, { maxLength: 1 }) },
    ),
    weeklyKm: fc.array(
      fc.integer({ min: 0, max: 800 }).map((n) => n / 10),
      { maxLength: 8 },
    ),
    runsPerWeek: fc.integer({ min: 1, max: 6 }),
    start: fc.integer({ min: dayNumber('2025-01-06'), max: dayNumber('2029-12-31') }),
    weeks: fc.integer({ min: 1, max: 8 }),
  })
  .map(({ factors, serious, weeklyKm, runsPerWeek, start, weeks }) => {
    const yes = new Set<string>([...factors, ...serious]);
    const findings: Finding[] = completeFindings(40, 'F').filter((f) => !yes.has(f.code));
    for (const code of yes) findings.push({ code, value: true } as Finding);
    const result = buildPlan({
      checkin: { age: 40, sex: 'F', findings },
      weeklyKm,
      runsPerWeek,
      startDate: isoDay(start),
      weeks,
    });
    if (!result.ok) throw new Error(result.error.message);
    return { plan: result.value, weeklyKm };
  })
  .filter(({ plan }) => plan.status === 'ok');

interface LogSeed {
  day: number;
  kind: 'run' | 'strength';
  painDuring: number;
  painNextMorning: number | null;
  setsShort: number;
  formOk: boolean;
  painRoseDuring: boolean;
  limped: boolean;
}

const seedArb = (calm: boolean): fc.Arbitrary<LogSeed> =>
  fc.record({
    day: fc.nat(),
    kind: fc.constantFrom('run' as const, 'strength' as const),
    painDuring: calm ? fc.constant(0) : fc.integer({ min: 0, max: 10 }),
    painNextMorning: calm ? fc.constant(0) : fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    setsShort: calm ? fc.constant(0) : fc.integer({ min: 0, max: 1 }),
    formOk: calm ? fc.constant(true) : fc.boolean(),
    painRoseDuring: calm ? fc.constant(false) : fc.boolean(),
    limped: calm ? fc.constant(false) : fc.boolean(),
  });

/** Logs on the plan's days that hold the item; each strength log lists the planned exercises. */
function logsFor(plan: Plan, seeds: readonly LogSeed[], redFlagAt: number | null): PlanLog[] {
  const days = plan.weeks.flatMap((w) => w.days);
  const logs: PlanLog[] = [];
  seeds.forEach((s, i) => {
    const day = days[s.day % days.length]!;
    const item = day.items.find((it) => it.kind === s.kind);
    if (!item) return;
    logs.push({
      date: day.date,
      kind: s.kind,
      itemIndex: 0,
      painDuring: s.painDuring,
      painNextMorning: s.painNextMorning,
      exercises: (item.exercises ?? []).map((e) => ({
        id: e.id,
        setsDone: Math.max(0, e.sets - s.setsShort),
        formOk: s.formOk,
      })),
      painRoseDuring: s.painRoseDuring,
      limped: s.limped,
      newRedFlag: redFlagAt === i,
      loggedAt: `${day.date}T12:00:00Z`,
    });
  });
  return logs;
}

const caseArb = (calm: boolean): fc.Arbitrary<Case> =>
  planArb.chain(({ plan, weeklyKm }) => {
    const n = plan.weeks.length * 7;
    return fc.record({
      plan: fc.constant(plan),
      weeklyKm: fc.constant(weeklyKm),
      seeds: fc.array(seedArb(calm), { maxLength: 30 }),
      redFlagAt: calm ? fc.constant(null) : fc.option(fc.nat({ max: 29 }), { nil: null, freq: 4 }),
      todayOffset: fc.integer({ min: -3, max: n + 3 }),
      baselinePain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    });
  });

interface Case {
  plan: Plan;
  weeklyKm: number[];
  seeds: LogSeed[];
  redFlagAt: number | null;
  todayOffset: number;
  baselinePain: number | null;
}

function inputOf(c: Case): AdaptInput {
  const start = dayNumber(c.plan.weeks[0]!.weekStart);
  return {
    plan: c.plan,
    baselinePain: c.baselinePain,
    logs: logsFor(c.plan, c.seeds, c.redFlagAt),
    laterCheckins: [],
    today: isoDay(start + c.todayOffset),
    weeklyKm: c.weeklyKm,
  };
}

const stopped = (day: PlanDay) =>
  day.items.some((i) => i.kind === 'task' && i.task === 'recheck') ||
  (kinds(day).length === 1 && kinds(day)[0] === 'rest');

function checkInvariants(input: AdaptInput, out: Plan, stopOn: string | null): void {
  const stopRunning = input.plan.weeks.every((w) => w.targetKm === 0);
  const series = (input.weeklyKm ?? []).map((k) => Math.round(k * 1000));
  const window = LOAD_RULES.baselineWeeks + 1;
  out.weeks.forEach((week, w) => {
    const original = input.plan.weeks[w]!;
    expect(week.weekStart).toBe(original.weekStart);
    expect(week.days.map((d) => d.date)).toEqual(original.days.map((d) => d.date));
    week.days.forEach((day, i) => {
      if (day.date < input.today) expect(day).toEqual(original.days[i]);
    });
    expect(week.days.filter(isRestDay).length).toBeGreaterThanOrEqual(1);
    const strength = week.days.filter((d) => kinds(d).includes('strength')).length;
    const hasStop = stopOn !== null && week.days.some((d) => d.date >= stopOn && d.date >= input.today);
    if (stopRunning) expect(strength).toBe(0);
    else if (!hasStop) expect([2, 3]).toContain(strength);
    const runs = week.days.flatMap((d) => d.items.filter((it) => it.kind === 'run'));
    expect(Math.round(runs.reduce((n, r) => n + r.km! * 10, 0))).toBe(Math.round(week.targetKm * 10));
    const target = Math.round(week.targetKm * 1000);
    const last = series.at(-1) ?? 0;
    if (last > 0) expect(target * 100).toBeLessThanOrEqual(last * (100 + LOAD_RULES.rule10Pct));
    // The baseline starts at its first week with running (plan-weeks.ts: `spikeBaseline`).
    const baseline = spikeBaseline(series.slice(-window, -1));
    if (series.length >= window && baseline) expect(isSpike(target, baseline)).not.toBe(true);
    series.push(target);
  });
  const days = out.weeks.flatMap((w) => w.days);
  days.forEach((day, i) => {
    const next = days[i + 1];
    if (next && kinds(day).includes('strength')) expect(kinds(next)).not.toContain('strength');
    expectRunFramed(day);
    if (stopOn !== null && day.date >= stopOn && day.date >= input.today) expect(stopped(day)).toBe(true);
    for (const item of day.items) for (const e of item.exercises ?? []) expectDoseInRange(e);
  });
}

const RUNS = 150;
/** Hundreds of generated plans a property: generous, as CI shares two cores with the other tiers' builds. */
const PROPERTY_TIMEOUT_MS = 90_000;

describe('adaptation properties', () => {
  it(
    'the adapted plan keeps every invariant of the generator, with no change before today',
    () => {
      fc.assert(
        fc.property(caseArb(false), (c) => {
          const input = inputOf(c);
          const result = adaptPlan(input);
          checkInvariants(input, result.plan, result.stop?.on ?? null);
          for (const change of result.changes) expect(change.because.length).toBeGreaterThan(0);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'a red flag logged by today always stops the plan, on or before its day',
    () => {
      fc.assert(
        fc.property(caseArb(false), (c) => {
          const input = inputOf(c);
          const flag = input.logs.find((l) => l.newRedFlag && l.date <= input.today);
          const result = adaptPlan(input);
          if (flag) {
            expect(result.stop).not.toBeNull();
            expect(result.stop!.on <= flag.date).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'logs with no pain and every set done never move anything down nor stop the plan',
    () => {
      fc.assert(
        fc.property(caseArb(true), (c) => {
          const input = inputOf(c);
          const result = adaptPlan(input);
          expect(result.stop).toBeNull();
          for (const change of result.changes) expect(['progress', 'run_progress']).toContain(change.kind);
          expect(result.runZones.every((z) => z.zone === 'green')).toBe(true);
          checkInvariants(input, result.plan, null);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'is deterministic and does not depend on the order of the logs',
    () => {
      fc.assert(
        fc.property(caseArb(false), (c) => {
          const input = inputOf(c);
          const again = adaptPlan({ ...input, logs: [...input.logs].reverse() });
          expect(again).toEqual(adaptPlan(input));
        }),
        { numRuns: RUNS / 3 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
