import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../checkin/checkin';
import { triage } from '../checkin/triage';
import type { BooleanCode } from '../checkin/vocabulary';
import { dayNumber, isoDay } from '../load/calendar';
import { isSpike, LOAD_RULES } from '../load/weekly-distance';
import { spikeBaseline } from './plan-weeks';
import { completeFindings } from '../../../test/support/checkin-builders';
import { expectDoseInRange, expectRunFramed, isRestDay, kinds } from '../../../test/support/plan-checks';
import { buildPlan, type PlanInput } from './plan';
import { WEEKDAYS } from './plan-layout';
import type { Plan } from './plan-types';

// Issue 11 "Done when": the plan's safety properties over generated runners.

/** Yes answers that shape a plan: every factor, and red flags of each urgency (rarer). */
const FACTOR_YES: BooleanCode[] = [
  'new_session_type',
  'new_shoe_type_change',
  'previous_lbp_episode',
  'hip_flexor_tightness',
  'glute_weakness_observed',
  'overstriding',
  'surface_change',
];
const SERIOUS_YES: BooleanCode[] = [
  'saddle_numbness',
  'leg_weakness_unilateral',
  'history_cancer',
  'pain_radiating_below_knee_unilateral',
  'night_pain_constant',
  'collapse_or_faint',
  'severe_midline_pain_sudden',
];

const checkinArb = fc
  .record({
    age: fc.integer({ min: 18, max: 80 }),
    sex: fc.constantFrom('F' as const, 'M' as const),
    factors: fc.subarray(FACTOR_YES),
    serious: fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      { weight: 2, arbitrary: fc.subarray(SERIOUS_YES, { maxLength: 2 }) },
    ),
    mileagePct: fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
  })
  .map(({ age, sex, factors, serious, mileagePct }) => {
    const yes = new Set<string>([...factors, ...serious]);
    const findings: Finding[] = completeFindings(age, sex).filter((f) => !yes.has(f.code));
    for (const code of yes) findings.push({ code, value: true } as Finding);
    if (mileagePct !== undefined) findings.push({ code: 'recent_mileage_increase_pct', value: mileagePct });
    return { age, sex, findings };
  });

const kmArb = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 1500 }).map((n) => n / 10),
  fc.integer({ min: 1, max: 30 }).map((n) => n / 10),
);

const inputArb: fc.Arbitrary<PlanInput> = fc.record({
  checkin: checkinArb,
  weeklyKm: fc.array(kmArb, { maxLength: 12 }),
  runsPerWeek: fc.integer({ min: 1, max: 7 }),
  startDate: fc.integer({ min: dayNumber('2024-01-01'), max: dayNumber('2030-12-31') }).map(isoDay),
  weeks: fc.integer({ min: 1, max: 14 }),
  availableDays: fc.option(fc.subarray([...WEEKDAYS], { minLength: 1 }), { nil: undefined }),
});

function planOf(input: PlanInput): Plan {
  const result = buildPlan(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const RUNS = 50;

describe('plan properties', () => {
  it('no plan for emergency or urgent results; a plan otherwise', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planOf(input);
        const urgency = triage(input.checkin).urgency;
        expect(plan.urgency).toBe(urgency);
        const withheld = urgency === 'emergency' || urgency === 'urgent';
        expect(plan.status).toBe(withheld ? 'withheld' : 'ok');
        expect(plan.weeks).toHaveLength(withheld ? 0 : input.weeks);
        if (withheld) expect(plan.reason).toBeTruthy();
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('every week starts on a Monday in the week from the start date, with seven days and a full rest day', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planOf(input);
        const start = dayNumber(input.startDate);
        plan.weeks.forEach((week, w) => {
          const monday = dayNumber(week.weekStart);
          expect((monday + 3) % 7).toBe(0);
          expect(monday - start - 7 * w).toBeGreaterThanOrEqual(0);
          expect(monday - start - 7 * w).toBeLessThan(7);
          expect(week.days.map((d) => d.date)).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => isoDay(monday + d)));
          expect(week.days.filter(isRestDay).length).toBeGreaterThanOrEqual(1);
        });
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('2–3 strength sessions a week, never on consecutive days, across weeks too; none when running stops', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planOf(input);
        const stop = triage(input.checkin).stopRunning;
        for (const week of plan.weeks) {
          const n = week.days.filter((d) => kinds(d).includes('strength')).length;
          if (stop) expect(n).toBe(0);
          else expect([2, 3]).toContain(n);
        }
        const days = plan.weeks.flatMap((w) => w.days);
        days.forEach((day, i) => {
          const next = days[i + 1];
          if (next && kinds(day).includes('strength')) expect(kinds(next)).not.toContain('strength');
        });
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('weekly targets: never above +10 % on the week before, never a spike over the four weeks before the two-week window', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planOf(input);
        const series = input.weeklyKm.map((k) => Math.round(k * 1000));
        const window = LOAD_RULES.baselineWeeks + 1;
        for (const week of plan.weeks) {
          const target = Math.round(week.targetKm * 1000);
          const runs = week.days.flatMap((d) => d.items.filter((i) => i.kind === 'run'));
          expect(Math.round(runs.reduce((n, r) => n + r.km! * 10, 0))).toBe(Math.round(week.targetKm * 10));
          const last = series.at(-1) ?? 0;
          if (last > 0) expect(target * 100).toBeLessThanOrEqual(last * (100 + LOAD_RULES.rule10Pct));
          // The baseline starts at its first week with running (plan-weeks.ts: `spikeBaseline`).
          const baseline = spikeBaseline(series.slice(-window, -1));
          if (series.length >= window && baseline) expect(isSpike(target, baseline)).not.toBe(true);
          series.push(target);
        }
      }),
      { numRuns: RUNS * 6 },
    );
  });

  it('every dose is within the ranges of doses.ts, with exactly the fields its dose has', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const item of planOf(input).weeks.flatMap((w) => w.days.flatMap((d) => d.items)))
          for (const e of item.exercises ?? []) expectDoseInRange(e);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('no running when running must stop; otherwise a warm-up before and stretches after every run', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planOf(input);
        const stop = triage(input.checkin).stopRunning;
        for (const day of plan.weeks.flatMap((w) => w.days)) {
          const k = kinds(day);
          if (stop) {
            for (const kind of ['run', 'warmup', 'drills', 'cooldown_stretch', 'strength'] as const)
              expect(k).not.toContain(kind);
          }
          expectRunFramed(day);
        }
        if (stop && plan.status === 'ok') expect(plan.weeks.every((w) => w.targetKm === 0)).toBe(true);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('see_clinician: the appointment is the first item of the plan; runs only on days the runner can run', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planOf(input);
        if (plan.urgency === 'see_clinician') {
          expect(plan.weeks[0]!.days[0]!.items[0]).toEqual({ kind: 'task', task: 'appointment' });
          expect(plan.reason).toBeTruthy();
        }
        if (input.availableDays)
          for (const day of plan.weeks.flatMap((w) => w.days))
            if (kinds(day).includes('run'))
              expect(input.availableDays).toContain(WEEKDAYS[(dayNumber(day.date) + 3) % 7]);
      }),
      { numRuns: RUNS * 4 },
    );
  });
});
