import { describe, expect, it } from 'vitest';
import { suggestSport, type SuggestionInput } from './sport-suggestion';

/** 10 km in `paceS` seconds per km, with or without cadence. */
const tenK = (paceS: number, avgCadenceSpm: number | null = null, over: Partial<SuggestionInput> = {}) => ({
  distanceM: 10_000,
  elapsedS: paceS * 10,
  timerS: null,
  avgCadenceSpm,
  ...over,
});
/** `km` in one hour: `km` km/h. */
const anHourAt = (kmh: number, avgCadenceSpm: number | null = null): SuggestionInput => ({
  distanceM: kmh * 1000,
  elapsedS: 3600,
  timerS: null,
  avgCadenceSpm,
});
const sport = (a: SuggestionInput) => suggestSport(a, 'km').sport;

describe('suggestSport', () => {
  it('says why in plain words, with pace and steps', () => {
    expect(suggestSport(tenK(340, 172), 'km')).toEqual({
      sport: 'running',
      reason: 'Pace 5:40 /km and 172 steps a minute look like a run.',
    });
    expect(suggestSport(tenK(680, 118), 'km')).toEqual({
      sport: 'walking',
      reason: 'Pace 11:20 /km and 118 steps a minute look like a walk.',
    });
    expect(suggestSport(anHourAt(24.3), 'km')).toEqual({
      sport: 'cycling',
      reason: '24.3 km/h on average is faster than running: it looks like a ride.',
    });
  });

  it('speaks the runner’s units', () => {
    expect(suggestSport(tenK(340, 172), 'mi').reason).toBe(
      'Pace 9:07 /mi and 172 steps a minute look like a run.',
    );
    expect(suggestSport(anHourAt(24.3), 'mi').reason).toMatch(/^15\.1 mph on average/);
  });

  it('calls 140 steps a minute a run, 139 not', () => {
    // A slow jog, slower than a run's pace: the steps decide.
    expect(sport(tenK(600, 140))).toBe('running');
    expect(sport(tenK(600, 139.9))).toBe('walking');
  });

  it('calls 90 to 135 steps a minute at a walking pace a walk, and not outside', () => {
    // Without cadence, 25:00 /km is too slow to tell; the steps make it a walk.
    expect(sport(tenK(1500, 90))).toBe('walking');
    expect(sport(tenK(1500, 135))).toBe('walking');
    expect(sport(tenK(1500, 89.9))).toBeNull();
    expect(sport(tenK(1500, 135.1))).toBeNull();
  });

  it('reads a pace of 9:00 /km or faster as a run, a second slower as a walk', () => {
    expect(sport(tenK(540))).toBe('running');
    expect(sport(tenK(541))).toBe('walking');
    expect(sport(tenK(539))).toBe('running');
    // 90–135 "steps" at a running pace may be strides or pedal turns: the pace decides.
    expect(sport(tenK(540, 100))).toBe('running');
    expect(sport(tenK(541, 100))).toBe('walking');
  });

  it('reads 9:00 to 20:00 /km as a walk, slower as too slow to tell', () => {
    expect(sport(tenK(1200))).toBe('walking');
    expect(sport(tenK(1201))).toBeNull();
    expect(suggestSport(tenK(1500), 'km').reason).toBe(
      'Pace 25:00 /km is slower than a walk, so we cannot tell.',
    );
  });

  it('calls more than 20 km/h a ride, whatever the cadence', () => {
    expect(sport(anHourAt(20.001))).toBe('cycling');
    expect(sport(anHourAt(20.001, 180))).toBe('cycling');
    expect(sport(anHourAt(20, 180))).toBe('running');
  });

  it('calls more than 16 km/h without running steps a ride', () => {
    expect(sport(anHourAt(16.001))).toBe('cycling');
    expect(sport(anHourAt(16.001, 85))).toBe('cycling');
    expect(suggestSport(anHourAt(18), 'km').reason).toBe(
      '18.0 km/h on average without running steps looks like a ride.',
    );
    expect(sport(anHourAt(16))).toBe('running');
    expect(sport(anHourAt(18, 140))).toBe('running');
  });

  it('judges runs without cadence by pace alone', () => {
    expect(suggestSport(tenK(330), 'km')).toEqual({
      sport: 'running',
      reason: 'Pace 5:30 /km looks like a run.',
    });
    expect(suggestSport(tenK(700), 'km')).toEqual({
      sport: 'walking',
      reason: 'Pace 11:40 /km looks like a walk.',
    });
  });

  it('prefers moving time to elapsed time', () => {
    // 10 km in 80 min with 30 min standing: 5:00 /km moving.
    expect(suggestSport(tenK(480, null, { timerS: 3000 }), 'km').reason).toBe(
      'Pace 5:00 /km looks like a run.',
    );
    expect(sport(tenK(700, null, { timerS: 3000 }))).toBe('running');
    // A zero timer is no timer.
    expect(sport(tenK(700, null, { timerS: 0 }))).toBe('walking');
  });

  it('goes by steps alone without a distance (a treadmill, a watch without GPS)', () => {
    const noDistance = (avgCadenceSpm: number | null): SuggestionInput => ({
      distanceM: 0,
      elapsedS: 1800,
      timerS: null,
      avgCadenceSpm,
    });
    expect(suggestSport(noDistance(168), 'km')).toEqual({
      sport: 'running',
      reason: '168 steps a minute looks like a run.',
    });
    expect(suggestSport(noDistance(110), 'km')).toEqual({
      sport: 'walking',
      reason: '110 steps a minute looks like a walk.',
    });
    expect(suggestSport(noDistance(null), 'km')).toEqual({
      sport: null,
      reason: 'Without a distance and a time there is not enough to tell.',
    });
    expect(sport(noDistance(70))).toBeNull();
    expect(sport({ distanceM: 5000, elapsedS: 0, timerS: null, avgCadenceSpm: null })).toBeNull();
  });

  it('ignores a cadence that is not a number', () => {
    expect(sport(tenK(700, Number.NaN))).toBe('walking');
  });
});
