import { csvRows } from './csv';

/** What Strava's activities.csv says about one activity. */
export interface StravaActivityRow {
  activityId: string;
  name: string | null;
  /** Strava's own type, e.g. 'Run', 'Ride', 'Weight Training'. */
  stravaType: string | null;
  gear: string | null;
  description: string | null;
  /** ISO 8601 UTC when "Activity Date" parses (Strava writes it in UTC), else null. */
  startTime: string | null;
  /** The first "Elapsed Time" column, seconds. */
  elapsedS: number | null;
  /** The first "Distance" column, as written (km for runs in most locales: a display value). */
  distance: number | null;
  /** Path inside the export, e.g. 'activities/123.fit.gz'; null for a manual entry. */
  filename: string | null;
}

export interface StravaActivities {
  /** Rows that point at a file, keyed by that path. */
  byFilename: Map<string, StravaActivityRow>;
  /** Manual entries: no file at all. */
  manual: StravaActivityRow[];
  /** True when the list went on past `maxRows` (the rest was not read). */
  truncated: boolean;
}

/** Strava's activities.csv has about 90 columns and short cells; a hostile one keeps no more than this. */
const BOUNDS = { maxCells: 1_000, maxCellChars: 64 * 1024 };

/**
 * Parses a Strava bulk export's activities.csv. Headers repeat ("Elapsed Time", "Distance"
 * appear twice, with other units): the first of each wins. Reads at most `maxRows` activities.
 * @example parseStravaActivities(csvText).byFilename.get('activities/123.fit.gz')?.name // 'Morning Run'
 */
export function parseStravaActivities(text: string | Uint8Array, maxRows = Infinity): StravaActivities {
  const rows = csvRows(text, BOUNDS);
  const first = rows.next();
  const header: string[] = first.done ? [] : first.value;
  const column = new Map<string, number>();
  header.forEach((name, index) => {
    const key = name.trim().toLowerCase();
    if (!column.has(key)) column.set(key, index);
  });
  const get = (row: string[], name: string): string | null => {
    const index = column.get(name);
    const value = index === undefined ? undefined : row[index]?.trim();
    return value ? value : null;
  };
  const byFilename = new Map<string, StravaActivityRow>();
  const manual: StravaActivityRow[] = [];
  let read = 0;
  for (const row of rows) {
    if (row.every((cell) => cell.trim() === '')) continue;
    if (++read > maxRows) return { byFilename, manual, truncated: true };
    const date = get(row, 'activity date');
    const parsed: StravaActivityRow = {
      activityId: get(row, 'activity id') ?? '',
      name: get(row, 'activity name'),
      stravaType: get(row, 'activity type'),
      gear: get(row, 'activity gear'),
      description: get(row, 'activity description'),
      startTime: date === null ? null : parseStravaDate(date),
      elapsedS: number(get(row, 'elapsed time')),
      distance: number(get(row, 'distance')),
      filename: get(row, 'filename'),
    };
    if (parsed.filename === null) manual.push(parsed);
    else byFilename.set(normaliseExportPath(parsed.filename), parsed);
  }
  return { byFilename, manual, truncated: false };
}

/** Export paths compare without a leading './' or '/', with forward slashes. */
export const normaliseExportPath = (path: string): string =>
  path.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '');

const number = (text: string | null): number | null => {
  if (text === null) return null;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * "Aug 15, 2015, 2:45:08 PM" (English exports) to ISO UTC; other locales give null.
 * @example parseStravaDate('Feb 6, 2013, 12:11:14 PM') // '2013-02-06T12:11:14.000Z'
 */
export function parseStravaDate(text: string): string | null {
  const m = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2}) ?([AP]M)?$/i.exec(
    text.trim(),
  );
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.toLowerCase());
  if (month < 0) return null;
  let hour = Number(m[4]);
  const meridiem = m[7]?.toUpperCase();
  if (meridiem === 'PM' && hour < 12) hour += 12;
  if (meridiem === 'AM' && hour === 12) hour = 0;
  const ms = Date.UTC(Number(m[3]), month, Number(m[2]), hour, Number(m[5]), Number(m[6]));
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
