import { describe, expect, it } from 'vitest';
import { NOW, runAgo } from '../../../test/support/load-runs';
import { placeRuns, type ReportRun } from './report-window';
import { shoeReport, type Shoe } from './shoes';

const report = (runs: ReportRun[], shoes: Shoe[] = []) => shoeReport(placeRuns(runs, NOW, 'UTC'), shoes);

describe('shoeReport', () => {
  it('adds the start distance to every assigned run, old ones too', () => {
    const r = report(
      [runAgo(20, { shoe: 'peg', distanceM: 10_000 }), runAgo(0, { shoe: 'peg', distanceM: 5_500 })],
      [{ id: 'peg', name: 'Pegasus', startKm: 100 }],
    );
    expect(r.shoes).toEqual([
      expect.objectContaining({ id: 'peg', distanceKm: 115.5, retireKm: 800, inUse: true }),
    ]);
    expect(r.shoeKm).toBe(115.5);
  });

  it('asks for a check from 500 km and a new pair from the retire distance', () => {
    const at = (startKm: number, retireKm?: number) =>
      report(
        [runAgo(0, { shoe: 'peg', distanceM: 10_000 })],
        [{ id: 'peg', name: 'Pegasus', startKm, retireKm }],
      ).alerts.map((a) => a.code);
    expect(at(489.9)).toEqual([]);
    expect(at(490)).toEqual(['shoe_check']);
    expect(at(789.9)).toEqual(['shoe_check']);
    expect(at(790)).toEqual(['shoe_replace']);
    expect(at(590, 600)).toEqual(['shoe_replace']);
    expect(at(580, 600)).toEqual(['shoe_check']);
  });

  it('only warns about shoes in use: this week or the last two complete weeks', () => {
    const shoes = [{ id: 'old', name: 'Old pair', startKm: 900 }];
    expect(report([runAgo(2, { shoe: 'old' })], shoes).alerts).toEqual([]);
    expect(report([runAgo(1, { shoe: 'old' })], shoes).alerts.map((a) => a.code)).toEqual(['shoe_replace']);
    expect(report([runAgo(-1, { shoe: 'old' })], shoes).alerts.map((a) => a.code)).toEqual(['shoe_replace']);
  });

  it('takes shoe_km from the pair used most over the last two weeks and notes rotation', () => {
    const shoes = [
      { id: 'a', name: 'Daily', startKm: 300 },
      { id: 'b', name: 'Racer', startKm: 50 },
    ];
    const r = report(
      [
        runAgo(0, { shoe: 'a', distanceM: 8_000 }),
        runAgo(1, { shoe: 'b', distanceM: 10_000 }),
        runAgo(5, { shoe: 'a', distanceM: 30_000 }),
      ],
      shoes,
    );
    expect(r.shoeKm).toBe(60);
    expect(r.rotation).toBe(true);
    expect(report([runAgo(0, { shoe: 'a' })], shoes).rotation).toBe(false);
  });

  it('matches runs by shoe name, and keeps an unknown name as a shoe from 0 km', () => {
    const r = report(
      [runAgo(0, { shoe: 'Pegasus', distanceM: 4_000 }), runAgo(0, { shoe: 'Borrowed', distanceM: 3_000 })],
      [{ id: 'peg', name: 'Pegasus', startKm: 10 }],
    );
    expect(r.shoes.map((s) => [s.id, s.distanceKm])).toEqual([
      ['peg', 14],
      ['Borrowed', 3],
    ]);
  });

  it('has no shoe_km when no run names a shoe lately', () => {
    expect(report([runAgo(0)], [{ id: 'peg', name: 'Pegasus' }]).shoeKm).toBeNull();
    expect(report([]).shoes).toEqual([]);
  });

  it('counts a start distance on its own when no run is assigned yet', () => {
    const r = report([runAgo(0, { shoe: null })], [{ id: 'new', name: 'New pair', startKm: 42.5 }]);
    expect(r.shoes).toEqual([expect.objectContaining({ id: 'new', distanceKm: 42.5, inUse: false })]);
    expect(r.alerts).toEqual([]);
  });

  it('never alerts about a retired pair, and leaves it out of shoe_km while still counting it', () => {
    const shoes = [
      { id: 'old', name: 'Old pair', startKm: 900, retired: true },
      { id: 'new', name: 'New pair', startKm: 20 },
    ];
    const r = report([runAgo(0, { shoe: 'old', distanceM: 12_000 }), runAgo(0, { shoe: 'new' })], shoes);
    expect(r.alerts).toEqual([]);
    expect(r.shoes.find((s) => s.id === 'old')).toMatchObject({ distanceKm: 912, retired: true });
    expect(r.shoeKm).toBe(30);
    expect(r.rotation).toBe(true);
    const same = report([runAgo(0, { shoe: 'old' })], [{ ...shoes[0]!, retired: false }]);
    expect(same.alerts.map((a) => a.code)).toEqual(['shoe_replace']);
    expect(report([runAgo(0, { shoe: 'old' })], [shoes[0]!]).shoeKm).toBeNull();
  });
});
