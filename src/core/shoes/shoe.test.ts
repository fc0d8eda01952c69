import { describe, expect, it } from 'vitest';
import {
  defaultShoeFor,
  findShoeByName,
  shoeDisplayName,
  shoeSportOf,
  shoeWear,
  type ShoeRecord,
} from './shoe';

const aShoe = (over: Partial<ShoeRecord> = {}): ShoeRecord => ({
  id: 's1',
  brand: 'Nike',
  model: 'Pegasus 40',
  nickname: null,
  startKm: 0,
  retireKm: 800,
  retiredAt: null,
  defaultFor: null,
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
  ...over,
});

describe('shoeDisplayName', () => {
  it('is the nickname, else brand and model', () => {
    expect(shoeDisplayName(aShoe())).toBe('Nike Pegasus 40');
    expect(shoeDisplayName(aShoe({ nickname: 'Blue pair' }))).toBe('Blue pair');
    expect(shoeDisplayName(aShoe({ nickname: '  ' }))).toBe('Nike Pegasus 40');
    expect(shoeDisplayName(aShoe({ brand: 'Ghost 15', model: '' }))).toBe('Ghost 15');
  });
});

describe('findShoeByName', () => {
  const shoes = [
    aShoe({ id: 'a' }),
    aShoe({ id: 'b', brand: 'Hoka', model: 'Speedgoat', nickname: 'Trail' }),
  ];
  it('matches the display name or brand and model, ignoring case and spacing', () => {
    expect(findShoeByName(shoes, ' nike  PEGASUS 40 ')?.id).toBe('a');
    expect(findShoeByName(shoes, 'trail')?.id).toBe('b');
    expect(findShoeByName(shoes, 'Hoka Speedgoat')?.id).toBe('b');
    expect(findShoeByName(shoes, 'Hoka')).toBeUndefined();
    expect(findShoeByName(shoes, '')).toBeUndefined();
  });
});

describe('shoeSportOf', () => {
  it('makes trail runs trail_running and leaves rides out', () => {
    expect(shoeSportOf({ sport: 'running', subSport: 'trail' })).toBe('trail_running');
    expect(shoeSportOf({ sport: 'running', subSport: 'treadmill' })).toBe('running');
    expect(shoeSportOf({ sport: 'trail_running', subSport: null })).toBe('trail_running');
    expect(shoeSportOf({ sport: 'walking', subSport: null })).toBe('walking');
    expect(shoeSportOf({ sport: 'cycling', subSport: null })).toBeNull();
  });
});

describe('defaultShoeFor', () => {
  const road = aShoe({ id: 'road', defaultFor: 'running' });
  const trail = aShoe({ id: 'trail', defaultFor: 'trail_running' });
  const run = (over: { sport?: string; subSport?: string | null; startTime?: string } = {}) => ({
    sport: 'running',
    subSport: null,
    startTime: '2026-12-02T07:00:00.000Z',
    ...over,
  });

  it('gives the default of the run’s sport, a trail run falling back to the running one', () => {
    expect(defaultShoeFor([road, trail], run())?.id).toBe('road');
    expect(defaultShoeFor([road, trail], run({ subSport: 'trail' }))?.id).toBe('trail');
    expect(defaultShoeFor([road], run({ subSport: 'trail' }))?.id).toBe('road');
    expect(defaultShoeFor([trail], run())).toBeNull();
    expect(defaultShoeFor([road], run({ sport: 'cycling' }))).toBeNull();
    expect(defaultShoeFor([aShoe()], run())).toBeNull();
  });

  it('skips a retired shoe', () => {
    expect(defaultShoeFor([{ ...road, retiredAt: '2026-12-02T00:00:00.000Z' }], run())).toBeNull();
  });

  it('leaves out runs from more than a week before the shoe was added', () => {
    expect(defaultShoeFor([road], run({ startTime: '2026-11-24T08:00:00.000Z' }))?.id).toBe('road');
    expect(defaultShoeFor([road], run({ startTime: '2026-11-24T07:59:59.000Z' }))).toBeNull();
    expect(defaultShoeFor([road], run({ startTime: 'not a time' }))).toBeNull();
  });
});

describe('shoeWear', () => {
  it('is check from 500 km and replace from the retire distance', () => {
    expect(shoeWear(499.9, 800)).toBe('ok');
    expect(shoeWear(500, 800)).toBe('check');
    expect(shoeWear(799.9, 800)).toBe('check');
    expect(shoeWear(800, 800)).toBe('replace');
    expect(shoeWear(450, 400)).toBe('replace');
  });
});
