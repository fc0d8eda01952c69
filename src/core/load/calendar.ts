/**
 * Calendar days and Monday-start weeks in a time zone, as whole day numbers (days since 1970-01-01), so weeks
 * can be compared and stepped without Date objects. Uses only `Intl`, a part of the language.
 */

export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Whether `timeZone` is an IANA zone name this runtime knows ("Europe/Paris", "UTC").
 * @example isTimeZone('Europe/Paris') // true
 * @example isTimeZone('Mars/Olympus') // false
 */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar day (days since 1970-01-01) that the instant `ms` falls on in `timeZone`.
 * @example dayIn(Date.parse('2026-11-29T23:30:00Z'), 'Europe/Paris') // the day number of 2026-11-30
 */
export function dayIn(ms: number, timeZone: string): number {
  // Every zone's offset and every change of offset (since standard time zones, long before any run we
  // store) is a whole number of quarter hours, so local midnight
  // falls on a quarter-hour boundary: the day is the same for any instant of a quarter hour. Formatting a
  // date costs microseconds, and the load rules ask for thousands of runs per request: remember them.
  const quarter = Math.floor(ms / QUARTER_MS);
  let days = knownDays.get(timeZone);
  if (!days) {
    if (knownDays.size >= MAX_KNOWN_ZONES) knownDays.clear();
    knownDays.set(timeZone, (days = new Map()));
  }
  const known = days.get(quarter);
  if (known !== undefined) return known;
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const day = Math.floor(Date.UTC(part('year'), part('month') - 1, part('day')) / DAY_MS);
  if (days.size >= MAX_KNOWN_DAYS) days.clear();
  days.set(quarter, day);
  return day;
}

const QUARTER_MS = 15 * 60_000;
/** Remembered quarter hours per time zone: about ten years of runs, a few megabytes at most. */
const MAX_KNOWN_DAYS = 50_000;
const MAX_KNOWN_ZONES = 16;
const knownDays = new Map<string, Map<number, number>>();

/**
 * The Monday on or before `day` (1970-01-01, day 0, was a Thursday).
 * @example mondayOf(dayNumber('2026-12-06')) === dayNumber('2026-11-30') // true: a Sunday's week began on Monday
 */
export const mondayOf = (day: number): number => day - ((((day + 3) % 7) + 7) % 7);

/** @example isoDay(0) // '1970-01-01' */
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** @example dayNumber('1970-01-02') // 1 */
export const dayNumber = (iso: string): number =>
  Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);

/**
 * An instant that falls on calendar day `day` in `timeZone` (its local noon, give or take the zone's
 * offset), for rules that take `now` when the caller knows only the runner's date.
 * @example isoDay(dayIn(instantOnDay(dayNumber('2026-12-03'), 'Pacific/Kiritimati').getTime(), 'Pacific/Kiritimati')) // '2026-12-03'
 */
export function instantOnDay(day: number, timeZone: string): Date {
  const noon = day * DAY_MS + DAY_MS / 2;
  return new Date(noon + (day - dayIn(noon, timeZone)) * DAY_MS);
}

const hourFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The local hour (0–23) of the instant `ms` in `timeZone`.
 * @example localHour(Date.parse('2026-12-01T06:30:00Z'), 'Europe/Paris') // 7
 */
export function localHour(ms: number, timeZone: string): number {
  let f = hourFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' });
    hourFormatters.set(timeZone, f);
  }
  return Number(f.formatToParts(new Date(ms)).find((p) => p.type === 'hour')?.value) % 24;
}
