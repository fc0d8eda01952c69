import type { Command } from 'commander';
import type { Activity } from '../../core/activity/activity';
import { importSources } from '../../importers/import-batch';
import type { FileMeta, ImportEvent } from '../../importers/import-events';
import { writeLine, type CliContext } from '../context';

/** One line of `inspect --json` output. `file` names archive members as `export.zip!activities/1.fit.gz`. */
export type InspectLine =
  | {
      file: string;
      ok: true;
      format: Activity['format'];
      sport: string;
      subSport: string;
      indoor: boolean;
      startTime: string;
      distanceM: number | null;
      elapsedS: number | null;
      timerS: number | null;
      avgCadenceSpm: number | null;
      samples: number;
      recovered: Activity['recovered'];
      meta?: FileMeta;
    }
  | {
      /** A manual entry of a Strava export: a row of activities.csv without a file. */
      file: string;
      ok: true;
      manual: true;
      startTime: string | null;
      elapsedS: number | null;
      distance: number | null;
      meta: FileMeta;
    }
  | { file: string; ok: false; error: { code: string; message: string; offset?: number } };

/**
 * `backstride inspect PATH... [--json]`: decodes activity files, folders and export zips without a
 * database and prints one line per activity (or per failed file). Exit code 0 even when some fail.
 * @example backstride inspect run.fit ride.gpx.gz strava-export.zip runs/ --json
 */
export function registerInspect(program: Command, ctx: CliContext): void {
  program
    .command('inspect')
    .description('decode activity files, folders and export zips without a database and print what they hold')
    .argument('<paths...>')
    .option('--json', 'one JSON line per activity')
    .action(async (paths: string[], options: { json?: boolean }) => {
      for await (const line of inspectPaths(paths, ctx.io.cwd)) {
        writeLine(ctx.io.stdout, options.json ? JSON.stringify(line) : formatLine(line));
      }
    });
}

/**
 * The inspect lines of files, folders and archives, in the order they are read. A path that gives no
 * line (an empty folder, a zip holding no activity file) still gets one, saying so.
 * @example for await (const line of inspectPaths(['export.zip'], process.cwd())) console.log(line.file);
 */
export async function* inspectPaths(paths: string[], cwd: string): AsyncGenerator<InspectLine> {
  for (const path of paths) {
    let lines = 0;
    let skipped = 0;
    for await (const event of importSources([path], { cwd })) {
      if (event.type === 'done') skipped = event.filesSkipped;
      for (const line of linesOf(event)) {
        lines++;
        yield line;
      }
    }
    if (lines === 0) {
      const passed = skipped > 0 ? ` (${skipped} other ${skipped === 1 ? 'file' : 'files'} passed over)` : '';
      const message = `${path} holds no activity file${passed}`;
      yield { file: path, ok: false, error: { code: 'not_an_activity', message } };
    }
  }
}

/** Decodes one file (or folder, or archive) into its inspect lines. @example await inspectFile('run.fit', process.cwd()) */
export async function inspectFile(file: string, cwd: string): Promise<InspectLine[]> {
  const lines: InspectLine[] = [];
  for await (const line of inspectPaths([file], cwd)) lines.push(line);
  return lines;
}

function linesOf(event: ImportEvent): InspectLine[] {
  if (event.type === 'manual') {
    const { source: file, startTime, elapsedS, distance, meta } = event;
    return [{ file, ok: true, manual: true, startTime, elapsedS, distance, meta }];
  }
  if (event.type !== 'file') return [];
  if (!event.ok) return [{ file: event.source, ok: false, error: event.error }];
  const meta = event.meta ? { meta: event.meta } : {};
  return event.activities.map((a) => ({
    file: event.source,
    ok: true,
    format: a.format,
    sport: a.sport,
    subSport: a.subSport,
    indoor: a.indoor,
    startTime: a.startTime,
    distanceM: a.distanceM,
    elapsedS: a.elapsedS,
    timerS: a.timerS,
    avgCadenceSpm: a.avgCadenceSpm,
    samples: a.series.t.length,
    recovered: a.recovered,
    ...meta,
  }));
}

function formatLine(line: InspectLine): string {
  if (!line.ok) {
    const at = line.error.offset === undefined ? '' : ` (byte ${line.error.offset})`;
    return `${line.file}  FAILED ${line.error.code}: ${line.error.message}${at}`;
  }
  if ('manual' in line) {
    const time = line.elapsedS === null ? '-' : clock(line.elapsedS);
    return `${line.file}  MANUAL ${line.meta.stravaType ?? '-'}  ${line.startTime ?? '-'}  ${time}  "${line.meta.name ?? ''}"`;
  }
  const km = line.distanceM === null ? '-' : `${(line.distanceM / 1000).toFixed(2)} km`;
  const time = line.elapsedS === null ? '-' : clock(line.elapsedS);
  const cadence = line.avgCadenceSpm === null ? '' : `  ${Math.round(line.avgCadenceSpm)} spm`;
  const flags = `${line.indoor ? '  indoor' : ''}${line.recovered ? `  RECOVERED: ${line.recovered.reason}` : ''}`;
  const name = line.meta?.name === undefined ? '' : `  "${line.meta.name}"`;
  return `${line.file}  ${line.format}  ${line.sport}/${line.subSport}  ${line.startTime}  ${km}  ${time}${cadence}  ${line.samples} samples${flags}${name}`;
}

const clock = (s: number): string => {
  const total = Math.round(s);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};
