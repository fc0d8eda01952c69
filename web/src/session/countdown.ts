/**
 * A pausable countdown worked out from clock readings, never from counting ticks: a throttled timer, a
 * locked screen or a test's fast-forwarded clock all give the right time left on the next reading.
 */
export interface Countdown {
  durationMs: number;
  /** The clock reading when it last started or resumed; null while paused. */
  runningSince: number | null;
  /** Time run before the last pause. */
  elapsedBeforeMs: number;
}

/** @example startCountdown(30_000, performance.now()) */
export const startCountdown = (durationMs: number, now: number): Countdown => ({
  durationMs,
  runningSince: now,
  elapsedBeforeMs: 0,
});

export const elapsedMs = (c: Countdown, now: number): number =>
  c.elapsedBeforeMs + (c.runningSince === null ? 0 : Math.max(0, now - c.runningSince));

/** @example remainingMs(startCountdown(30_000, 0), 12_000) // 18_000 */
export const remainingMs = (c: Countdown, now: number): number =>
  Math.max(0, c.durationMs - elapsedMs(c, now));

/** Time past the end (0 while running): the next step starts that much in. */
export const overrunMs = (c: Countdown, now: number): number => Math.max(0, elapsedMs(c, now) - c.durationMs);

export const pauseCountdown = (c: Countdown, now: number): Countdown =>
  c.runningSince === null ? c : { ...c, runningSince: null, elapsedBeforeMs: elapsedMs(c, now) };

export const resumeCountdown = (c: Countdown, now: number): Countdown =>
  c.runningSince === null ? { ...c, runningSince: now } : c;

/** Whole seconds as shown: 29.2 s left shows 30, so "0" shows only at the end. */
export const shownSeconds = (ms: number): number => Math.ceil(ms / 1000);

/**
 * Seconds as a big timer shows them: "45", "1:30", "20:00".
 * @example clockWords(90) // "1:30"
 */
export function clockWords(seconds: number): string {
  if (seconds < 60) return String(seconds);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
