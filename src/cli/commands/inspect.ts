import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Activity } from '../../core/activity/activity';
import { decodeFile, DEFAULT_MAX_FILE_BYTES } from '../../importers/decode-file';
import { writeLine, type CliContext } from '../context';

/** One line of `inspect --json` output. */
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
    }
  | { file: string; ok: false; error: { code: string; message: string; offset?: number } };

/**
 * `backstride inspect FILE... [--json]`: decodes activity files without a database and prints
 * one line per activity (or per failed file). Exit code 0 even when some files fail.
 * @example backstride inspect run.fit ride.gpx.gz --json
 */
export function registerInspect(program: Command, ctx: CliContext): void {
  program
    .command('inspect')
    .description('decode activity files without a database and print what they hold')
    .argument('<files...>')
    .option('--json', 'one JSON line per activity')
    .action(async (files: string[], options: { json?: boolean }) => {
      for (const file of files) {
        for (const line of await inspectFile(file, ctx.io.cwd)) {
          writeLine(ctx.io.stdout, options.json ? JSON.stringify(line) : formatLine(line));
        }
      }
    });
}

/** Decodes one file into its inspect lines. @example await inspectFile('run.fit', process.cwd()) */
export async function inspectFile(file: string, cwd: string): Promise<InspectLine[]> {
  const path = resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.size > DEFAULT_MAX_FILE_BYTES) {
      return [failure(file, 'limit_exceeded', `${file} is over the ${DEFAULT_MAX_FILE_BYTES}-byte limit`)];
    }
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    return [
      failure(file, 'not_found', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`),
    ];
  }
  const result = decodeFile(bytes, file);
  if (!result.ok) {
    const details = result.error.details as { offset?: unknown } | undefined;
    const offset = typeof details?.offset === 'number' ? details.offset : undefined;
    return [failure(file, result.error.code, result.error.message, offset)];
  }
  return result.value.map((a) => ({
    file,
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
  }));
}

function failure(file: string, code: string, message: string, offset?: number): InspectLine {
  return { file, ok: false, error: offset === undefined ? { code, message } : { code, message, offset } };
}

function formatLine(line: InspectLine): string {
  if (!line.ok) {
    const at = line.error.offset === undefined ? '' : ` (byte ${line.error.offset})`;
    return `${line.file}  FAILED ${line.error.code}: ${line.error.message}${at}`;
  }
  const km = line.distanceM === null ? '-' : `${(line.distanceM / 1000).toFixed(2)} km`;
  const time = line.elapsedS === null ? '-' : clock(line.elapsedS);
  const cadence = line.avgCadenceSpm === null ? '' : `  ${Math.round(line.avgCadenceSpm)} spm`;
  const flags = `${line.indoor ? '  indoor' : ''}${line.recovered ? `  RECOVERED: ${line.recovered.reason}` : ''}`;
  return `${line.file}  ${line.format}  ${line.sport}/${line.subSport}  ${line.startTime}  ${km}  ${time}${cadence}  ${line.samples} samples${flags}`;
}

const clock = (s: number): string => {
  const total = Math.round(s);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};
