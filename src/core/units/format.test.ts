import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCadence,
  formatClimb,
  formatDistance,
  formatDuration,
  formatHeartRate,
  formatPace,
  formatRunPace,
  formatSpeed,
  formatTimeLeft,
  fromUnits,
  METRES_PER_MILE,
  paceSecondsPerUnit,
  parseDistanceInput,
  parseWholeInput,
  speedToPace,
  toUnits,
} from './format';

describe('distance', () => {
  it('says kilometres and miles with one decimal', () => {
    expect(formatDistance(32_400, 'km')).toBe('32.4 km');
    expect(formatDistance(32_449, 'km')).toBe('32.4 km');
    expect(formatDistance(42_195, 'mi')).toBe('26.2 mi');
    expect(formatDistance(1609.344, 'mi')).toBe('1.0 mi');
  });
  it('keeps two decimals below one unit, never negative', () => {
    expect(formatDistance(400, 'km')).toBe('0.40 km');
    expect(formatDistance(994, 'km')).toBe('0.99 km');
    expect(formatDistance(996, 'km')).toBe('1.0 km');
    expect(formatDistance(-5, 'km')).toBe('0.00 km');
  });
  it('converts both ways', () => {
    expect(toUnits(fromUnits(3.1, 'mi'), 'mi')).toBeCloseTo(3.1, 10);
    expect(fromUnits(5, 'km')).toBe(5000);
  });
});

describe('duration', () => {
  it('is h:mm:ss from an hour, m:ss below', () => {
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(2707)).toBe('45:07');
    expect(formatDuration(59.6)).toBe('1:00');
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(36_000)).toBe('10:00:00');
  });
});

describe('pace', () => {
  it('is min:ss per km or mile', () => {
    expect(formatRunPace(10_000, 3120, 'km')).toBe('5:12 /km');
    expect(formatRunPace(METRES_PER_MILE, 480, 'mi')).toBe('8:00 /mi');
  });
  it('carries 59.6 seconds into the next minute', () => {
    expect(formatPace(359.6, 'km')).toBe('6:00 /km');
  });
  it('is unknown without distance or speed', () => {
    expect(paceSecondsPerUnit(0, 600, 'km')).toBeNull();
    expect(formatRunPace(0, 600, 'km')).toBe('–');
    expect(speedToPace(0, 'km')).toBeNull();
    expect(speedToPace(null, 'km')).toBeNull();
    expect(formatPace(null, 'mi')).toBe('–');
  });
  it('gives rides a speed instead', () => {
    expect(formatSpeed(28_900, 3211, 'km')).toBe('32.4 km/h');
    expect(formatSpeed(METRES_PER_MILE * 20, 3600, 'mi')).toBe('20.0 mph');
    expect(formatSpeed(1000, 0, 'km')).toBe('–');
  });
  it('turns speed into pace', () => {
    expect(speedToPace(1000 / 300, 'km')).toBeCloseTo(300, 9);
  });
});

describe('other numbers', () => {
  it('rounds heart rate, cadence and climb as said', () => {
    expect(formatHeartRate(148.6)).toBe('149 bpm');
    expect(formatCadence(171.5)).toBe('172 spm');
    expect(formatClimb(124.4, 'km')).toBe('124 m');
    expect(formatClimb(100, 'mi')).toBe('328 ft');
  });
  it('says sizes and time left', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(340_000)).toBe('340 KB');
    expect(formatBytes(912_511)).toBe('913 KB');
    expect(formatBytes(9_800_000)).toBe('9.8 MB');
    expect(formatBytes(123_400_000)).toBe('123 MB');
    expect(formatTimeLeft(4)).toBe('a few seconds');
    expect(formatTimeLeft(38)).toBe('about 40 seconds');
    expect(formatTimeLeft(65)).toBe('about a minute');
    expect(formatTimeLeft(185)).toBe('about 3 minutes');
    expect(formatTimeLeft(3 * 3600 + 5 * 60)).toBe('about 3 h 05 min');
    expect(formatTimeLeft(Number.NaN)).toBe('');
  });
});

describe('typed input', () => {
  it('reads distances with a dot or a comma', () => {
    expect(parseDistanceInput('5.2')).toBe(5.2);
    expect(parseDistanceInput(' 5,2 ')).toBe(5.2);
    expect(parseDistanceInput('10')).toBe(10);
    expect(parseDistanceInput('.5')).toBe(0.5);
    expect(parseDistanceInput('')).toBeNull();
    expect(parseDistanceInput('5 km')).toBeNull();
    expect(parseDistanceInput('-3')).toBeNull();
  });
  it('reads whole numbers only', () => {
    expect(parseWholeInput('07')).toBe(7);
    expect(parseWholeInput('')).toBeNull();
    expect(parseWholeInput('1.5')).toBeNull();
  });
});
