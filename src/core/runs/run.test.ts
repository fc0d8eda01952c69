import { describe, expect, it } from 'vitest';
import { emptySeries, type Activity } from '../activity/activity';
import { defaultSurface, runFromActivity, sportOf } from './run';

const anActivity = (over: Partial<Activity> = {}): Activity => ({
  format: 'gpx',
  sport: 'running',
  subSport: 'generic',
  indoor: false,
  startTime: '2026-11-01T07:00:00.000Z',
  utcOffsetS: 3600,
  device: { manufacturer: 'garmin', product: 'fr945' },
  distanceM: 10_012.6,
  elapsedS: 3001.4,
  timerS: 2950,
  gpsDistanceM: 10_100.2,
  ascentM: 55.5,
  avgHeartRate: 151.4,
  avgCadenceSpm: 171.24,
  avgStepLengthMm: null,
  avgVerticalOscillationMm: null,
  avgGroundContactMs: null,
  laps: [],
  series: emptySeries(0),
  recovered: null,
  ...over,
});

describe('runs from activities', () => {
  it('stores whole metres and seconds, keeps the device distance and joins export metadata', () => {
    const run = runFromActivity(anActivity(), {
      id: 'r1',
      createdAt: '2026-11-26T00:00:00.000Z',
      contentHash: 'h',
      meta: { name: ' Morning Run ', gear: 'Pegasus 40' },
    });
    expect(run).toMatchObject({
      distanceM: 10_013,
      elapsedS: 3001,
      gpsDistanceM: 10_100,
      avgHeartRate: 151,
      avgCadenceSpm: 171.2,
      name: 'Morning Run',
      shoeId: null, // the import finds or creates the shoe named by the gear
      device: 'garmin fr945',
      source: 'import',
      surface: null,
    });
  });

  it('takes the sport from the export only when the file says generic', () => {
    expect(sportOf({ sport: 'generic', subSport: 'generic' }, { stravaType: 'Run' }).sport).toBe('running');
    expect(sportOf({ sport: 'generic', subSport: 'generic' }, { stravaType: 'Trail Run' })).toEqual({
      sport: 'running',
      subSport: 'trail',
    });
    expect(sportOf({ sport: 'cycling', subSport: 'road' }, { stravaType: 'Run' }).sport).toBe('cycling');
    expect(sportOf({ sport: 'generic', subSport: 'generic' }).sport).toBe('generic');
  });

  it('knows treadmill, trail and track surfaces from the file, and nothing else', () => {
    expect(defaultSurface({ indoor: true, subSport: 'treadmill' })).toBe('treadmill');
    expect(defaultSurface({ indoor: false, subSport: 'trail' })).toBe('trail');
    expect(defaultSurface({ indoor: false, subSport: 'track' })).toBe('track');
    expect(defaultSurface({ indoor: false, subSport: 'generic' })).toBe(null);
    expect(defaultSurface({ indoor: true, subSport: 'generic' })).toBe(null);
  });
});
