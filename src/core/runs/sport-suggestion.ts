/**
 * A guess at what an activity of unknown sport (`generic`: GPX files from many apps, some FIT and TCX) was,
 * from its average pace and cadence, for the runner to confirm with one tap. Only a suggestion: the
 * activity stays `generic`, and counts nowhere, until the runner answers.
 *
 * Rules of thumb, first match wins (pace and speed over timer time when known, else elapsed time):
 * 1. Faster than 20 km/h on average (quicker than 3:00 /km): a ride. Few runners hold that pace for long.
 * 2. At least 140 steps a minute: a run, even a slow jog. Brisk walking stays under about 135.
 * 3. 90–135 steps a minute at a pace of 9:00 /km or slower (or without distance): a walk.
 * 4. Faster than 16 km/h (quicker than 3:45 /km) without running steps: a ride. A steady speed like that
 *    with no cadence, or a cadence too low for running at it (pedal turns, not steps), is a bike.
 * 5. A pace of 9:00 /km or faster: a run.
 * 6. A pace between 9:00 and 20:00 /km: a walk.
 * 7. Slower than 20:00 /km, or nothing to go on (no distance and time, no telling cadence): no guess.
 *
 * Cadence between 90 and 135 at a running pace, or under 90, is not used: files of unknown sport store it
 * as the device gave it, which may be strides (half the steps) or pedal turns.
 */
import {
  formatCadence,
  formatPace,
  formatSpeed,
  paceSecondsPerUnit,
  type DistanceUnit,
} from '../units/format';

export const SUGGESTED_SPORTS = ['running', 'walking', 'cycling'] as const;
export type SuggestedSport = (typeof SUGGESTED_SPORTS)[number];

export const SUGGESTION_RULES = {
  /** Faster than this on average is a ride, km/h. */
  rideAboveKmh: 20,
  /** Faster than this without running steps is a ride, km/h. */
  rideWithoutStepsAboveKmh: 16,
  /** At least this many steps a minute is a run. */
  runMinCadenceSpm: 140,
  /** Steps a minute of a walk, bounds included. */
  walkCadenceSpm: { min: 90, max: 135 },
  /** This pace or faster is a run, seconds per km (9:00 /km). */
  runSlowestPaceSPerKm: 540,
  /** This pace or faster (and slower than a run) is a walk, seconds per km (20:00 /km). */
  walkSlowestPaceSPerKm: 1200,
} as const;

/** What the guess reads of an activity. */
export interface SuggestionInput {
  distanceM: number;
  elapsedS: number;
  /** Moving time, preferred when known. */
  timerS: number | null;
  /** As the file gave it; null when it did not. */
  avgCadenceSpm: number | null;
}

export interface SportSuggestion {
  /** Null when there is nothing to go on. */
  sport: SuggestedSport | null;
  /** One plain sentence saying why, in the runner's units. */
  reason: string;
}

const R = SUGGESTION_RULES;

/**
 * A suggested sport for an activity of unknown sport, with the reason in plain words.
 * @example suggestSport({ distanceM: 10_000, elapsedS: 3400, timerS: null, avgCadenceSpm: 172 }, 'km')
 * // { sport: 'running', reason: 'Pace 5:40 /km and 172 steps a minute look like a run.' }
 */
export function suggestSport(a: SuggestionInput, units: DistanceUnit): SportSuggestion {
  const timeS = a.timerS !== null && a.timerS > 0 ? a.timerS : a.elapsedS;
  const moved = a.distanceM > 0 && timeS > 0;
  const cadence = a.avgCadenceSpm !== null && Number.isFinite(a.avgCadenceSpm) ? a.avgCadenceSpm : null;
  // Compared in whole numbers: metres × 3600 against km/h × 1000 × seconds.
  const fasterThanKmh = (kmh: number) => moved && a.distanceM * 3600 > kmh * 1000 * timeS;
  const paceAtMost = (sPerKm: number) => moved && timeS * 1000 <= sPerKm * a.distanceM;
  const pace = moved ? formatPace(paceSecondsPerUnit(a.distanceM, timeS, units), units) : null;
  const speed = formatSpeed(a.distanceM, timeS, units);
  const steps = cadence === null ? '' : `${formatCadence(cadence).replace(' spm', '')} steps a minute`;
  const withPace = (what: string) =>
    pace === null ? `${capital(steps)} looks like ${what}.` : `Pace ${pace} and ${steps} look like ${what}.`;

  if (fasterThanKmh(R.rideAboveKmh))
    return { sport: 'cycling', reason: `${speed} on average is faster than running: it looks like a ride.` };
  if (cadence !== null && cadence >= R.runMinCadenceSpm)
    return { sport: 'running', reason: withPace('a run') };
  if (
    cadence !== null &&
    cadence >= R.walkCadenceSpm.min &&
    cadence <= R.walkCadenceSpm.max &&
    (!moved || !paceAtMost(R.runSlowestPaceSPerKm))
  )
    return { sport: 'walking', reason: withPace('a walk') };
  if (fasterThanKmh(R.rideWithoutStepsAboveKmh))
    return {
      sport: 'cycling',
      reason: `${speed} on average without running steps looks like a ride.`,
    };
  if (paceAtMost(R.runSlowestPaceSPerKm))
    return { sport: 'running', reason: `Pace ${pace} looks like a run.` };
  if (paceAtMost(R.walkSlowestPaceSPerKm))
    return { sport: 'walking', reason: `Pace ${pace} looks like a walk.` };
  if (moved) return { sport: null, reason: `Pace ${pace} is slower than a walk, so we cannot tell.` };
  return { sport: null, reason: 'Without a distance and a time there is not enough to tell.' };
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
