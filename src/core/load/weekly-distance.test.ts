import { describe, expect, it } from 'vitest';
import { dayIn, dayNumber, isoDay, isTimeZone, mondayOf } from './calendar';
import { isSpike, rule10, weeklyDistance, type LoadActivity } from './weekly-distance';

const aRun = (over: Partial<LoadActivity> = {}): LoadActivity => ({
  startTime: '2026-11-24T07:00:00.000Z',
  utcOffsetS: null,
  sport: 'running',
  distanceM: 10_000,
  elapsedS: 3_000,
  timerS: null,
  ...over,
});

/** One run of `km` on the Wednesday of each week, oldest first, the last in the week of 2026-11-23. */
const weeksOf = (km: number[]): LoadActivity[] =>
  km.map((k, i) => {
    const monday = dayNumber('2026-11-23') - 7 * (km.length - 1 - i);
    return aRun({ startTime: `${isoDay(monday + 2)}T07:00:00.000Z`, distanceM: k * 1000 });
  });

// Thursday 3 December 2026: the week of 30 November is under way, the week of 23 November is complete.
const now = new Date('2026-12-03T12:00:00.000Z');
const UTC = 'UTC';

describe('calendar', () => {
  it('starts weeks on Monday', () => {
    expect(isoDay(mondayOf(dayNumber('2026-12-06')))).toBe('2026-11-30'); // Sunday
    expect(isoDay(mondayOf(dayNumber('2026-11-30')))).toBe('2026-11-30'); // Monday
    expect(isoDay(mondayOf(dayNumber('1969-12-31')))).toBe('1969-12-29'); // before day 0
  });
  it('reads the day in a time zone', () => {
    const t = Date.parse('2026-11-29T23:30:00.000Z');
    expect(isoDay(dayIn(t, 'UTC'))).toBe('2026-11-29');
    expect(isoDay(dayIn(t, 'Europe/Paris'))).toBe('2026-11-30');
    expect(isoDay(dayIn(t, 'America/New_York'))).toBe('2026-11-29');
  });
  it('knows real time zones only', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('rule10: the article’s 10 % week on week', () => {
  it('allows up to 10 % more, not a metre over', () => {
    expect(rule10(11_000, 10_000)).toBe('ok');
    expect(rule10(11_001, 10_000)).toBe('over');
    expect(rule10(10_999, 10_000)).toBe('ok');
    expect(rule10(5_000, 10_000)).toBe('ok');
  });
  it('does not judge after a week without running', () => {
    expect(rule10(5_000, 0)).toBeNull();
  });
});

describe('isSpike: 30 % over the four weeks before the two-week window', () => {
  const base = [10_000, 10_000, 10_000, 10_000];
  it('fires at 30 % and above, not below', () => {
    expect(isSpike(13_000, base)).toBe(true);
    expect(isSpike(12_999, base)).toBe(false);
    expect(isSpike(13_001, base)).toBe(true);
  });
  it('uses the mean of uneven weeks', () => {
    // mean 7.5 km: 9.75 km is exactly +30 %
    expect(isSpike(9_750, [0, 10_000, 10_000, 10_000])).toBe(true);
    expect(isSpike(9_749, [0, 10_000, 10_000, 10_000])).toBe(false);
  });
  it('is not measured over an empty baseline', () => {
    expect(isSpike(5_000, [0, 0, 0, 0])).toBeNull();
  });
});

describe('weeklyDistance', () => {
  it('totals running per week: distance, runs and moving time', () => {
    const weeks = weeklyDistance({
      activities: [
        aRun({ startTime: '2026-11-24T07:00:00.000Z', distanceM: 8_000, elapsedS: 3_000, timerS: 2_800 }),
        aRun({ startTime: '2026-11-26T07:00:00.000Z', distanceM: 5_000, elapsedS: 1_800 }),
      ],
      now,
      timeZone: UTC,
      weeks: 2,
    });
    expect(weeks).toEqual([
      expect.objectContaining({
        weekStart: '2026-11-23',
        complete: true,
        distanceM: 13_000,
        runs: 2,
        movingS: 4_600,
      }),
      expect.objectContaining({ weekStart: '2026-11-30', complete: false, distanceM: 0, runs: 0 }),
    ]);
  });

  it('counts trail runs as running and keeps walks and rides apart', () => {
    const [week] = weeklyDistance({
      activities: [
        aRun({ sport: 'trail_running', distanceM: 12_000 }),
        aRun({ sport: 'walking', distanceM: 4_000 }),
        aRun({ sport: 'cycling', distanceM: 40_000 }),
      ],
      now,
      timeZone: UTC,
      weeks: 2,
    });
    expect(week).toMatchObject({ distanceM: 12_000, runs: 1, otherDistanceM: 44_000, others: 2 });
  });

  it('counts an activity of unknown sport nowhere but as waiting for the runner', () => {
    const [week] = weeklyDistance({
      activities: [
        aRun({ distanceM: 8_000 }),
        aRun({ sport: 'generic', distanceM: 12_000 }),
        aRun({ sport: 'generic', distanceM: 3_000 }),
        aRun({ sport: 'walking', distanceM: 4_000 }),
      ],
      now,
      timeZone: UTC,
      weeks: 2,
    });
    expect(week).toMatchObject({
      distanceM: 8_000,
      runs: 1,
      movingS: 3_000,
      otherDistanceM: 4_000,
      others: 1,
      unclassified: 2,
    });
  });

  it('judges the week without its unclassified activities: a long one of unknown sport is no spike', () => {
    const activities = [...weeksOf([10, 10, 10, 10, 10, 10]), aRun({ sport: 'generic', distanceM: 30_000 })];
    const last = weeklyDistance({ activities, now, timeZone: UTC, weeks: 2 })[0]!;
    expect(last).toMatchObject({ distanceM: 10_000, unclassified: 1, spike: false, rule10: 'ok' });
    // Once it is said to be a run, it counts.
    activities[6] = { ...activities[6]!, sport: 'running' };
    const counted = weeklyDistance({ activities, now, timeZone: UTC, weeks: 2 })[0]!;
    expect(counted).toMatchObject({ distanceM: 40_000, unclassified: 0, spike: true, rule10: 'over' });
  });

  it('puts a run at 23:30 on Sunday local time in the week that is ending', () => {
    // 23:30 on Sunday 29 November in Paris is 22:30 UTC; in New York that instant is still Sunday too.
    const sunday = aRun({ startTime: '2026-11-29T22:30:00.000Z' });
    const paris = weeklyDistance({ activities: [sunday], now, timeZone: 'Europe/Paris', weeks: 2 });
    expect(paris.map((w) => [w.weekStart, w.runs])).toEqual([
      ['2026-11-23', 1],
      ['2026-11-30', 0],
    ]);
    // 23:30 UTC on Sunday is already Monday in Paris.
    const late = aRun({ startTime: '2026-11-29T23:30:00.000Z' });
    const inParis = weeklyDistance({ activities: [late], now, timeZone: 'Europe/Paris', weeks: 2 });
    expect(inParis.map((w) => w.runs)).toEqual([0, 1]);
    const inUtc = weeklyDistance({ activities: [late], now, timeZone: UTC, weeks: 2 });
    expect(inUtc.map((w) => w.runs)).toEqual([1, 0]);
  });

  it('takes the day from the run’s own recorded offset before the runner’s time zone', () => {
    // Run in New York at 23:30 on Sunday (04:30 UTC on Monday), runner living in London.
    const away = aRun({ startTime: '2026-11-30T04:30:00.000Z', utcOffsetS: -5 * 3600 });
    const weeks = weeklyDistance({ activities: [away], now, timeZone: 'Europe/London', weeks: 2 });
    expect(weeks.map((w) => w.runs)).toEqual([1, 0]);
  });

  it('judges complete weeks only', () => {
    const activities = [
      ...weeksOf([10, 10, 10, 10, 10, 10]),
      aRun({ startTime: '2026-12-01T07:00:00.000Z', distanceM: 30_000 }),
    ];
    const last = weeklyDistance({ activities, now, timeZone: UTC, weeks: 1 })[0]!;
    expect(last).toMatchObject({
      complete: false,
      distanceM: 30_000,
      rule10: null,
      spike: false,
      increasePct: null,
    });
  });

  it('applies the 10 % rule week on week, with the change in percent', () => {
    const weeks = weeklyDistance({ activities: weeksOf([10, 11, 12.2, 6]), now, timeZone: UTC, weeks: 5 });
    expect(weeks.map((w) => [w.changePct, w.rule10])).toEqual([
      [null, null], // no history before the first run
      [10, 'ok'],
      [10.9, 'over'],
      [-50.8, 'ok'],
      [null, null], // this week, under way
    ]);
  });

  it('marks a spike at 30 % over weeks W−5 … W−2, not at 29.9 %', () => {
    const at = (km: number) =>
      weeklyDistance({ activities: weeksOf([10, 10, 10, 10, 10, km]), now, timeZone: UTC, weeks: 2 })[0]!;
    expect(at(13)).toMatchObject({ spike: true, increasePct: 30 });
    expect(at(12.99)).toMatchObject({ spike: false, increasePct: 29.9 });
  });

  it('measures the larger of W−1 and W: the mark stays on the week after a jump', () => {
    // W−1 (20 km) is in the window, not the baseline: at the end of W the two weeks still hold the jump.
    const weeks = weeklyDistance({
      activities: weeksOf([10, 10, 10, 10, 10, 20, 13]),
      now,
      timeZone: UTC,
      weeks: 3,
    });
    expect(weeks.map((w) => [w.increasePct, w.spike])).toEqual([
      [100, true], // the 20 km week against four 10 km weeks
      [100, true], // 13 km after it: max(20, 13) against the same four weeks
      [null, false], // this week, under way
    ]);
    // Just under: 12.99 km after 12.99 km is 29.9 %, no spike; 13 km in W−1 alone marks W.
    const under = weeklyDistance({
      activities: weeksOf([10, 10, 10, 10, 12.99, 12.99]),
      now,
      timeZone: UTC,
      weeks: 2,
    })[0]!;
    expect(under).toMatchObject({ spike: false, increasePct: 29.9 });
    const before = weeklyDistance({
      activities: weeksOf([10, 10, 10, 10, 13, 5]),
      now,
      timeZone: UTC,
      weeks: 2,
    })[0]!;
    expect(before).toMatchObject({ spike: true, increasePct: 30 });
  });

  it('needs six weeks of history and a baseline above zero', () => {
    const five = weeklyDistance({ activities: weeksOf([10, 10, 10, 10, 20]), now, timeZone: UTC, weeks: 2 });
    expect(five[0]).toMatchObject({ spike: false, increasePct: null });
    // The runner's first run came earlier than the runs given: six weeks of history after all.
    const known = weeklyDistance({
      activities: weeksOf([10, 10, 10, 10, 20]),
      historyStart: '2026-10-14T07:00:00.000Z',
      now,
      timeZone: UTC,
      weeks: 2,
    });
    // Baseline 19 Oct – 9 Nov: 0, 10, 10, 10 km, mean 7.5 km; 20 km is 166.7 % above it.
    expect(known[0]).toMatchObject({ spike: true, increasePct: 166.7 });
    const idle = weeklyDistance({
      activities: weeksOf([10, 0, 0, 0, 0, 0, 20]),
      now,
      timeZone: UTC,
      weeks: 2,
    });
    expect(idle[0]).toMatchObject({ spike: false, increasePct: null });
  });

  it('counts empty weeks as zero inside the history', () => {
    const weeks = weeklyDistance({ activities: weeksOf([10, 0, 10]), now, timeZone: UTC, weeks: 4 });
    expect(weeks.map((w) => [w.distanceM, w.rule10])).toEqual([
      [10_000, null],
      [0, 'ok'],
      [10_000, null], // after a week without running
      [0, null],
    ]);
  });

  it('ends at the week of `endAt` when asked (an old export), every week complete', () => {
    const weeks = weeklyDistance({
      activities: [aRun({ startTime: '2019-05-08T07:00:00.000Z' })],
      now,
      endAt: new Date('2019-05-08T07:00:00.000Z'),
      timeZone: UTC,
      weeks: 12,
    });
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toMatchObject({ weekStart: '2019-05-06', complete: true, distanceM: 10_000 });
    expect(weeks[0]?.weekStart).toBe('2019-02-18');
  });
});

describe('dayIn remembers days by quarter hour', () => {
  it('gives the same day as formatting, either side of midnight in zones a quarter or half hour off', () => {
    for (const zone of ['Asia/Kathmandu', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns', 'UTC']) {
      const f = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      // Every 5 minutes over two days around a DST change and a New Year, twice (the second time from memory).
      for (const start of [Date.parse('2026-04-04T00:00:00Z'), Date.parse('2026-12-31T00:00:00Z')]) {
        for (let pass = 0; pass < 2; pass++) {
          for (let ms = start; ms < start + 2 * 86_400_000; ms += 5 * 60_000) {
            expect(isoDay(dayIn(ms, zone)), `${zone} ${new Date(ms).toISOString()}`).toBe(f.format(ms));
          }
        }
      }
    }
  });
});
