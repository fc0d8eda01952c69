import { describe, expect, it } from 'vitest';
import {
  haversineM,
  isValidPosition,
  normaliseSport,
  trackDistanceM,
  isOnFootSport,
  emptySeries,
  hasPosition,
} from './activity';
import { ascentOf, lastOf, meanOf } from './series-stats';

describe('activity helpers', () => {
  it('haversine: one degree of longitude at the equator', () => {
    expect(haversineM(0, 0, 0, 1)).toBeCloseTo(111_195, 0);
    expect(haversineM(51.5, -0.12, 51.5, -0.12)).toBe(0);
  });
  it('drops null island, out-of-range and NaN positions', () => {
    expect(isValidPosition(0, 0)).toBe(false);
    expect(isValidPosition(91, 0)).toBe(false);
    expect(isValidPosition(10, -181)).toBe(false);
    expect(isValidPosition(NaN, 1)).toBe(false);
    expect(isValidPosition(0, 1)).toBe(true);
  });
  it('track distance skips invalid points instead of jumping to 0/0', () => {
    const lat = new Float64Array([45, 0, NaN, 45.001]);
    const lon = new Float64Array([7, 0, 7, 7]);
    expect(trackDistanceM(lat, lon)).toBeCloseTo(111.2, 1);
    expect(trackDistanceM(new Float64Array([45]), new Float64Array([7]))).toBeNull();
  });
  it('normalises sport names', () => {
    expect(normaliseSport('Running')).toBe('running');
    expect(normaliseSport('Biking')).toBe('cycling');
    expect(normaliseSport('fitnessEquipment')).toBe('fitness_equipment');
    expect(normaliseSport('')).toBe('generic');
    expect(isOnFootSport('running')).toBe(true);
    expect(isOnFootSport('cycling')).toBe(false);
  });
  it('empty series has no position', () => {
    expect(hasPosition(emptySeries(3))).toBe(false);
  });
  it('series statistics', () => {
    expect(meanOf(new Float64Array([150, NaN, 160]))).toBe(155);
    expect(meanOf(new Float64Array([0, 170]), true)).toBe(170);
    expect(meanOf(new Float64Array([NaN]))).toBeNull();
    expect(lastOf(new Float64Array([1, 2, NaN]))).toBe(2);
    expect(ascentOf(new Float64Array([100, 101, 100, 110, 109, 111]))).toBe(10);
    expect(ascentOf(new Float64Array([NaN]))).toBeNull();
  });
});
