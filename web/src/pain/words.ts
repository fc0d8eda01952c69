/** How the diary writes times and lists. */

/** @example entryTime('2026-12-01T18:30:00Z') // 'Tue 1 Dec, 19:30' in Paris */
export function entryTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** @example dayLabel('2026-12-01') // '1 Dec' */
export function dayLabel(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** A local date-time for an `<input type="datetime-local">`, to the minute. */
export function localInputValue(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** @example joinWords(['a', 'b', 'c']) // 'a, b and c' */
export const joinWords = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
