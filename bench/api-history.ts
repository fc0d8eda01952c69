/**
 * Ten years of a runner's history for the API benchmark: 3,000 runs (about six a week) on 8 pairs of shoes,
 * with treadmill weeks, cadence on most runs and a long run each week. Deterministic (seeded), so every run
 * of the benchmark measures the same data.
 */
import { seededRandom as random } from '../src/core/random';
import type { Run } from '../src/core/runs/run';

export const HISTORY = { runs: 3000, shoes: 8, years: 10 } as const;

export const SHOE_NAMES = [
  'Pegasus 38',
  'Pegasus 39',
  'Novablast 3',
  'Clifton 9',
  'Speedgoat 5',
  'Ghost 15',
  'Endorphin Speed 3',
  'Kinvara 14',
] as const;

/**
 * `count` runs spread evenly over `years` up to `end`, oldest first; each is on one of `shoeIds`, the pairs
 * taking turns in the order a runner would wear them out (two in rotation at a time).
 */
export function syntheticHistory(
  end: Date,
  shoeIds: readonly string[],
  count: number = HISTORY.runs,
  years: number = HISTORY.years,
): Run[] {
  const rnd = random(20261201);
  const spanMs = years * 365.25 * 86_400_000;
  const step = spanMs / count;
  const runs: Run[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(end.getTime() - spanMs + i * step + rnd() * step * 0.5);
    at.setUTCHours(6 + Math.floor(rnd() * 12), Math.floor(rnd() * 60), 0, 0);
    const long = i % 6 === 5;
    const distanceM = Math.round((long ? 16_000 : 6_000) + rnd() * (long ? 10_000 : 6_000));
    const paceSPerKm = 290 + rnd() * 70;
    const elapsedS = Math.round((distanceM / 1000) * paceSPerKm);
    const treadmill = Math.floor(i / 40) % 7 === 3 && !long;
    const pair = Math.min(shoeIds.length - 1, Math.floor((i / count) * (shoeIds.length - 1)) + (i % 2));
    runs.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      startTime: at.toISOString(),
      utcOffsetS: 3600,
      sport: 'running',
      subSport: treadmill ? 'treadmill' : 'road',
      indoor: treadmill,
      name: long ? 'Long run' : 'Easy run',
      distanceM,
      elapsedS,
      timerS: elapsedS - Math.floor(rnd() * 60),
      gpsDistanceM: treadmill ? null : distanceM + Math.round(rnd() * 80 - 40),
      ascentM: treadmill ? null : Math.round(rnd() * 120),
      avgHeartRate: Math.round(135 + rnd() * 25),
      avgCadenceSpm: rnd() < 0.85 ? Math.round(158 + rnd() * 20) : null,
      avgStepLengthMm: null,
      avgVerticalOscillationMm: null,
      avgGroundContactMs: null,
      surface: treadmill ? 'treadmill' : 'road',
      shoeId: shoeIds[pair] ?? null,
      note: null,
      source: 'import',
      format: 'fit',
      device: 'Forerunner 255',
      recovered: null,
      contentHash: null,
      laps: [],
      createdAt: end.toISOString(),
    });
  }
  return runs;
}
