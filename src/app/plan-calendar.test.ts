import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanDay } from '../core/plan/plan-types';
import { calendarName, dayDescription, daySummary, planCalendar } from './plan-calendar';

const strengthDay: PlanDay = {
  date: '2026-12-09',
  items: [
    {
      kind: 'strength',
      exercises: [
        { id: 'plank', sets: 2, holdS: 30 },
        { id: 'side_plank', sets: 2, holdS: 20, perSide: true },
        { id: 'glute_bridge', sets: 3, reps: 12 },
      ],
    },
    { kind: 'foam_rolling', exercises: [{ id: 'roll_glutes', sets: 1, durationS: 60 }] },
  ],
};
const runDay: PlanDay = {
  date: '2026-12-08',
  items: [
    { kind: 'warmup', exercises: [{ id: 'leg_swings', sets: 1, reps: 10, perSide: true }] },
    { kind: 'run', km: 5.2 },
    { kind: 'cooldown_stretch', exercises: [{ id: 'hamstring_stretch', sets: 2, holdS: 20, perSide: true }] },
    { kind: 'strength', exercises: [{ id: 'dead_bug', sets: 2, reps: 8, perSide: true }] },
  ],
};
const restDay: PlanDay = { date: '2026-12-07', items: [{ kind: 'rest' }] };
const plan: Plan = {
  status: 'ok',
  urgency: 'see_clinician',
  notes: [],
  weeks: [
    {
      weekStart: '2026-12-07',
      targetKm: 5.2,
      days: [
        { date: '2026-12-06', items: [] },
        restDay,
        runDay,
        strengthDay,
        { date: '2026-12-10', items: [{ kind: 'task', task: 'appointment' }, { kind: 'rest' }] },
      ],
    },
  ],
};
const record = {
  id: 'p1',
  plan,
  createdAt: '2026-12-01T10:00:00.000Z',
  stop: null,
  timeZone: 'America/Denver',
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)),
  };
}

describe('a plan day in words', () => {
  it('sums a day up: the run with its distance, then what the strength works', () => {
    expect(daySummary(runDay)).toBe('Run 5.2 km + core');
    expect(daySummary(strengthDay)).toBe('Core & glutes + foam rolling');
    expect(daySummary(plan.weeks[0]!.days[4]!)).toBe('Book a clinician + rest day');
  });

  it('lists each item with its exercises and doses', () => {
    const text = dayDescription(strengthDay);
    expect(text).toContain('Strength (core & glutes)');
    expect(text).toContain('- Plank: 2 sets of 30 s');
    expect(text).toContain('- Side plank: 2 sets of 20 s a side');
    expect(text).toContain('- Glute bridge: 3 sets of 12');
    expect(text).toContain('- Foam roll: glutes: 1 minute');
    expect(dayDescription(runDay)).toMatch(/Warm-up before the run\n- Leg swings: 10 a side\n\nRun 5\.2 km/);
  });

  it('names the calendar after the plan’s first week', () => {
    expect(calendarName(record)).toBe('backstride plan from 7 Dec 2026');
    expect(calendarName({ plan: { ...plan, weeks: [] } })).toBe('backstride plan');
  });
});

describe('the plan as iCalendar', () => {
  const text = planCalendar(record, { now: new Date('2026-12-05T12:00:00Z') });

  it('has one all-day event per day with something to do, on the plan’s dates', () => {
    const { events, calendar } = parse(text);
    expect(events.map((e) => e.startDate.toString())).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
    ]);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    expect(events.map((e) => e.summary)).toEqual([
      'Rest day',
      'Run 5.2 km + core',
      'Core & glutes + foam rolling',
      'Book a clinician + rest day',
    ]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('backstride plan from 7 Dec 2026');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('America/Denver');
  });

  it('puts the doses in each event’s description, with UIDs stable per plan and day', () => {
    const { events } = parse(text);
    expect(events[2]!.description).toContain('- Side plank: 2 sets of 20 s a side');
    expect(events.map((e) => e.uid)).toEqual([
      'p1-2026-12-07@backstride',
      'p1-2026-12-08@backstride',
      'p1-2026-12-09@backstride',
      'p1-2026-12-10@backstride',
    ]);
    const again = parse(planCalendar(record, { now: new Date('2027-01-01T00:00:00Z') }));
    expect(again.events.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('keeps each date whatever the server’s own time zone', () => {
    const before = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = zone;
        const dates = parse(planCalendar(record, { now: new Date() })).events.map((e) =>
          e.startDate.toString(),
        );
        expect(dates[0], zone).toBe('2026-12-07');
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('ends at the day the plan stopped, with one event saying so', () => {
    const stop = {
      code: 'severe_pain' as const,
      on: '2026-12-09',
      because: ['2026-12-08'],
      message: 'Stop and check in.',
    };
    const { events } = parse(planCalendar({ ...record, stop }, { now: new Date() }));
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2026-12-07', 'Rest day'],
      ['2026-12-08', 'Run 5.2 km + core'],
      ['2026-12-09', 'Plan stopped: check in again'],
    ]);
    expect(events[2]!.description).toBe('Stop and check in.');
  });
});
