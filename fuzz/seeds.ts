/**
 * Seed inputs for each fuzz target, made at fuzz start from the test writers (FIT, GPX, zip) and small
 * builders here (TCX, Strava's activities.csv): valid files of each shape the importers read, so the
 * fuzzer starts deep inside each format rather than at its magic bytes.
 */
import { gzipSync } from 'node:zlib';
import { writeFit, type FitMessageSpec } from '../test/support/importers/fit-writer';
import { gpxRun, typelessGpx } from '../test/support/importers/synthetic';
import { writeZip } from '../test/support/importers/zip-writer';
import type { FuzzFormat } from './targets';

const FIT_2020 = 946_771_200; // 2020-01-01T00:00:00Z in FIT seconds
const START = '2026-03-01T07:00:00Z';
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const gz = (bytes: Uint8Array): Uint8Array => new Uint8Array(gzipSync(bytes));

/** A FIT run: file_id, records with position, heart rate, cadence and distance, a lap and a session. */
function fitRun(bigEndian: boolean, sport = 1): Uint8Array {
  const messages: FitMessageSpec[] = [
    {
      global: 0,
      bigEndian,
      fields: [
        [0, 0x00, 4],
        [1, 0x84, 1],
        [2, 0x84, 3113],
        [4, 0x86, FIT_2020],
      ],
    },
    {
      global: 20,
      local: 1,
      bigEndian,
      fields: [
        [253, 0x86, FIT_2020],
        [0, 0x85, 2 ** 29],
        [1, 0x85, -(2 ** 28)],
        [3, 0x02, 150],
        [4, 0x02, 85],
        [5, 0x86, 0],
        [2, 0x84, 2600],
      ],
      more: [1, 2, 3, 4].map((i) => [
        FIT_2020 + i,
        2 ** 29 + i * 100,
        -(2 ** 28),
        150 + i,
        86,
        i * 300,
        2600 + i,
      ]),
    },
    {
      global: 19,
      local: 2,
      bigEndian,
      fields: [
        [253, 0x86, FIT_2020 + 4],
        [2, 0x86, FIT_2020],
        [7, 0x86, 4000],
        [9, 0x86, 1200],
      ],
    },
    {
      global: 18,
      local: 3,
      bigEndian,
      fields: [
        [253, 0x86, FIT_2020 + 4],
        [2, 0x86, FIT_2020],
        [5, 0x00, sport],
        [6, 0x00, 1],
        [7, 0x86, 4000],
        [8, 0x86, 4000],
        [9, 0x86, 1200],
        [18, 0x02, 86],
      ],
    },
  ];
  return writeFit(messages);
}

/** A FIT file of records only, with a float64 time (FIT allows any base type where the profile has one). */
const fitRecordsOnly = (): Uint8Array =>
  writeFit([
    { global: 0, fields: [[0, 0x00, 4]] },
    {
      global: 20,
      local: 1,
      fields: [
        [253, 0x89, FIT_2020],
        [3, 0x02, 140],
      ],
      more: [
        [FIT_2020 + 1, 141],
        [FIT_2020 + 2, 142],
      ],
    },
  ]);

/** A small TCX run: two laps of trackpoints with position, altitude, distance, heart rate and cadence. */
function tcxRun(sport = 'Running'): string {
  const t0 = Date.parse(START);
  const point = (i: number) =>
    `<Trackpoint><Time>${new Date(t0 + i * 10_000).toISOString()}</Time>` +
    `<Position><LatitudeDegrees>${(51.5 + i * 0.0003).toFixed(6)}</LatitudeDegrees><LongitudeDegrees>-0.120000</LongitudeDegrees></Position>` +
    `<AltitudeMeters>${20 + i}</AltitudeMeters><DistanceMeters>${i * 33}</DistanceMeters>` +
    `<HeartRateBpm><Value>${140 + i}</Value></HeartRateBpm><Cadence>${84 + (i % 2)}</Cadence>` +
    `<Extensions><ns3:TPX><ns3:Speed>3.3</ns3:Speed><ns3:RunCadence>${84 + i}</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>`;
  const lap = (from: number) =>
    `<Lap StartTime="${new Date(t0 + from * 10_000).toISOString()}"><TotalTimeSeconds>30</TotalTimeSeconds>` +
    `<DistanceMeters>99</DistanceMeters><Calories>9</Calories><Intensity>Active</Intensity>` +
    `<TriggerMethod>Manual</TriggerMethod><Track>${[0, 1, 2].map((k) => point(from + k)).join('')}</Track></Lap>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" ` +
    `xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2"><Activities><Activity Sport="${sport}">` +
    `<Id>${START}</Id>${lap(0)}${lap(3)}<Creator><Name>Fuzz Watch</Name></Creator></Activity></Activities></TrainingCenterDatabase>\n`
  );
}

/** Strava's activities.csv: duplicated headers, quoted cells, a manual entry, an odd date. */
function stravaCsv(files: string[]): string {
  const header =
    'Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Activity Gear,Filename,Elapsed Time,Distance';
  const rows = files.map(
    (file, i) =>
      `${100 + i},"Mar ${i + 1}, 2026, 7:0${i}:00 AM","Easy, run ${i}",Run,"said ""easy""",${1800 + i},5.0${i},Pegasus 40,${file},${1800 + i}.0,500${i}.0`,
  );
  return [
    header,
    ...rows,
    '900,"Feb 6, 2013, 12:11:14 PM",Manual,Run,,2625,"4,84",,,2625.1,4835.4',
    '901,"3 mars 2021, 06:15:00",Yoga,Weight Training,,600,,,,600,0',
    '',
  ].join('\r\n');
}

/** Seeds of each target (each a whole input file). */
export function seedsFor(format: FuzzFormat): Uint8Array[] {
  switch (format) {
    case 'fit':
      return [fitRun(false), fitRun(true, 2), fitRecordsOnly(), gz(fitRun(false))];
    case 'gpx':
      return [
        text(gpxRun(START, 4)),
        text(typelessGpx(START, { points: 4, cadence: 84 })),
        gz(text(gpxRun(START, 3))),
      ];
    case 'tcx':
      return [text(tcxRun()), text(tcxRun('Biking')), gz(text(tcxRun('Other')))];
    case 'csv':
      return [
        text(stravaCsv(['activities/1.gpx', 'activities/2.fit.gz'])),
        text('\uFEFFa,"b\nc",d\r\n1,2\n'),
      ];
    case 'zip': {
      const inner = writeZip([{ name: 'run.gpx', data: gpxRun(START, 3), method: 'deflate' }]);
      return [
        new Uint8Array(
          writeZip([
            { name: 'activities.csv', data: stravaCsv(['activities/1.gpx', 'activities/2.fit.gz']) },
            { name: 'activities/', data: '' },
            { name: 'activities/1.gpx', data: gpxRun(START, 3), method: 'deflate' },
            { name: 'activities/2.fit.gz', data: gz(fitRecordsOnly()) },
          ]),
        ),
        new Uint8Array(
          writeZip([
            { name: 'garmin/uploads.zip', data: inner },
            { name: 'garmin/more.zip', data: inner, method: 'deflate' },
            { name: 'notes.txt', data: 'hello' },
            { name: 'run.tcx', data: tcxRun(), method: 'deflate' },
          ]),
        ),
      ];
    }
  }
}
