import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { entryKind } from './entry-kind';
import { parseStravaActivities, parseStravaDate } from './strava-activities';

describe('parseCsv', () => {
  it('reads quoted fields with commas, escaped quotes and line breaks', () => {
    expect(parseCsv('a,b,c\n"x, y","say ""hi""","two\nlines"\n')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
    ]);
  });
  it('accepts CRLF, a BOM, empty fields and no final newline', () => {
    expect(parseCsv('\uFEFFa,,b\r\n1,,\r\n,2,3')).toEqual([
      ['a', '', 'b'],
      ['1', '', ''],
      ['', '2', '3'],
    ]);
  });
  it('keeps a stray quote inside an unquoted field', () => {
    expect(parseCsv('5" run,x')).toEqual([['5" run', 'x']]);
  });
  it('returns no rows for empty text', () => {
    expect(parseCsv('')).toEqual([]);
  });
});

describe('parseStravaActivities', () => {
  const csv = [
    'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Activity Gear,Filename,Elapsed Time,Distance',
    '1,"Feb 6, 2013, 12:11:14 PM","Intervals, 17 laps",Run,2625,4.84,Pegasus 40,activities/1.fit.gz,2625.1,4835.4',
    '2,"Mar 3, 2021, 6:15:00 AM",Manual,Run,1800,5.00,,,1800.0,5000.0',
    '',
  ].join('\n');
  it('takes the first of duplicated headers and keys rows by Filename', () => {
    const { byFilename, manual } = parseStravaActivities(csv);
    expect(byFilename.get('activities/1.fit.gz')).toMatchObject({
      activityId: '1',
      name: 'Intervals, 17 laps',
      stravaType: 'Run',
      gear: 'Pegasus 40',
      elapsedS: 2625,
      distance: 4.84,
      startTime: '2013-02-06T12:11:14.000Z',
    });
    expect(manual).toHaveLength(1);
    expect(manual[0]).toMatchObject({
      activityId: '2',
      filename: null,
      gear: null,
      startTime: '2021-03-03T06:15:00.000Z',
    });
  });
  it('keeps a row without a usable date as an entry with no start, for the import to skip and count', () => {
    const { manual } = parseStravaActivities(
      [
        'Activity ID,Activity Date,Activity Type,Elapsed Time,Filename',
        '7,,Run,1800,',
        '8,"3 mars 2021, 06:15:00",Run,1800,',
      ].join('\n'),
    );
    expect(manual.map((r) => [r.activityId, r.startTime, r.elapsedS])).toEqual([
      ['7', null, 1800],
      ['8', null, 1800],
    ]);
  });
  it('parses 12 AM/PM and refuses other layouts', () => {
    expect(parseStravaDate('Jan 1, 2020, 12:05:00 AM')).toBe('2020-01-01T00:05:00.000Z');
    expect(parseStravaDate('Jan 1, 2020, 12:05:00 PM')).toBe('2020-01-01T12:05:00.000Z');
    expect(parseStravaDate('1 janv. 2020, 12:05:00')).toBeNull();
  });
});

describe('entryKind', () => {
  it.each([
    ['activities/1.fit.gz', 'activity'],
    ['a/B.GPX', 'activity'],
    ['run', 'activity'],
    ['x/Part1.zip', 'archive'],
    ['activities.csv', 'strava-csv'],
    ['export/activities.csv', 'strava-csv'],
    ['routes.csv', 'skip'],
    ['DI_CONNECT/user_profile.json', 'skip'],
    ['media/photo.JPG', 'skip'],
    ['__MACOSX/._1.fit', 'skip'],
    ['DI_CONNECT/', 'directory'],
  ])('%s is %s', (name, kind) => {
    expect(entryKind(name)).toBe(kind);
  });
});
