/** The report's words for dates, urgencies and plan items, shared by its HTML page and its PDF. */
import type { Urgency } from '../checkin/urgency';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A day as a clinician reads it, unambiguous in any country.
 * @example dayWords('2026-12-03T08:00:00.000Z') // '3 Dec 2026'
 */
export function dayWords(isoDayOrInstant: string): string {
  const [y, m, d] = isoDayOrInstant.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** @example shortDay('2026-12-03') // '3 Dec' */
export const shortDay = (isoDay: string): string => dayWords(isoDay).replace(/ \d{4}$/, '');

/** What each urgency told the runner, in a clinician's words. */
export const URGENCY_LABEL: Record<Urgency, string> = {
  self_manage: 'Self-management advised',
  see_clinician: 'See a clinician (non-urgent)',
  urgent: 'Urgent: seen within a day',
  emergency: 'Emergency care advised',
};

/** Plan item kinds in plain words. */
export const KIND_LABEL: Readonly<Record<string, string>> = {
  run: 'Runs',
  warmup: 'Warm-ups',
  cooldown_stretch: 'Stretching',
  strength: 'Strength sessions',
  drills: 'Running drills',
  mobility: 'Mobility',
  foam_rolling: 'Foam rolling',
  active_recovery: 'Easy recovery',
};

/** @example sexWords('F') // 'female' */
export const sexWords = (sex: 'F' | 'M' | null): string =>
  sex === 'F' ? 'female' : sex === 'M' ? 'male' : 'not given';

/** A number or a dash. @example orDash(null, ' km') // '–' */
export const orDash = (n: number | null, unit = ''): string => (n === null ? '–' : `${n}${unit}`);
