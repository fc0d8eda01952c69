import { describe, expect, it } from 'vitest';
import { shoesNearLimit } from './shoe-watch';
import type { ShoeStatus } from './shoes';

const shoe = (id: string, distanceKm: number, retireKm = 800, retired = false): ShoeStatus => ({
  id,
  name: id,
  distanceKm,
  retireKm,
  inUse: false,
  recentM: 0,
  retired,
});

describe('shoesNearLimit', () => {
  it('lists shoes from 500 km, and past their own retire distance, most worn first', () => {
    const list = shoesNearLimit([
      shoe('new', 120),
      shoe('almost', 499.9),
      shoe('check', 500),
      shoe('done', 801),
      shoe('short-lived', 420, 400),
    ]);
    expect(list.map((s) => [s.id, s.level])).toEqual([
      ['short-lived', 'replace'],
      ['done', 'replace'],
      ['check', 'check'],
    ]);
  });
  it('leaves out retired shoes, however worn', () => {
    expect(shoesNearLimit([shoe('old', 950, 800, true), shoe('in use', 600)]).map((s) => s.id)).toEqual([
      'in use',
    ]);
  });

  it('is empty with no shoes', () => {
    expect(shoesNearLimit([])).toEqual([]);
  });
});
