/** How runs are said on screen: dates and surfaces (import results are said by src/core/imports/import-words). */
import type { Run, RunPatch, Surface } from './types';

export const SURFACE_WORD: Record<Surface, string> = {
  road: 'Road',
  trail: 'Trail',
  track: 'Track',
  treadmill: 'Treadmill',
  grass: 'Grass',
  mixed: 'Mixed',
};

/** The run's own local time when the file knew it, else the browser's. */
function localParts(run: Pick<Run, 'startTime' | 'utcOffsetS'>): {
  date: Date;
  timeZone: string | undefined;
} {
  const ms = Date.parse(run.startTime);
  if (run.utcOffsetS === null) return { date: new Date(ms), timeZone: undefined };
  return { date: new Date(ms + run.utcOffsetS * 1000), timeZone: 'UTC' };
}

/** "Tue 4 Mar", with the year when it is not this year. */
export function runDate(run: Pick<Run, 'startTime' | 'utcOffsetS'>, now = new Date()): string {
  const { date, timeZone } = localParts(run);
  const year = timeZone ? date.getUTCFullYear() : date.getFullYear();
  return date.toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: year === now.getFullYear() ? undefined : 'numeric',
    timeZone,
  });
}

/** "Tuesday 4 March 2025, 07:12". */
export function runDateTime(run: Pick<Run, 'startTime' | 'utcOffsetS'>): string {
  const { date, timeZone } = localParts(run);
  return date.toLocaleString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
}

/** A name for a run without one: "Morning run", "Treadmill run", "Evening activity" (sport unknown). */
export function runTitle(run: Pick<Run, 'name' | 'indoor' | 'startTime' | 'utcOffsetS' | 'sport'>): string {
  if (run.name && run.name.trim()) return run.name;
  // An activity of unknown sport is not called a run until the runner says it was one.
  const kind =
    run.sport === 'running' || !run.sport ? 'run' : run.sport === 'generic' ? 'activity' : run.sport;
  if (run.indoor) return `Treadmill ${kind}`;
  const { date, timeZone } = localParts(run);
  const hour = timeZone ? date.getUTCHours() : date.getHours();
  const part =
    hour < 5 ? 'Night' : hour < 12 ? 'Morning' : hour < 17 ? 'Afternoon' : hour < 21 ? 'Evening' : 'Night';
  return `${part} ${kind}`;
}

/** The one-tap answers to "Was this a run, a walk or a ride?", in button order, and how each is said. */
export const SPORT_ANSWERS = [
  { sport: 'running', label: 'Run', noun: 'a run' },
  { sport: 'walking', label: 'Walk', noun: 'a walk' },
  { sport: 'cycling', label: 'Ride', noun: 'a ride' },
  { sport: 'other', label: 'Other', noun: 'another sport' },
] as const satisfies readonly { sport: RunPatch['sport']; label: string; noun: string }[];

export type SportAnswer = (typeof SPORT_ANSWERS)[number];
