import { InvalidArgumentError } from 'commander';
import { isTimeZone } from '../core/load/calendar';

/** commander parser for `--port`: a whole number 1-65535, or exit 2 with the reason. */
export function portOption(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new InvalidArgumentError('must be a whole number from 1 to 65535.');
  }
  return port;
}

/** commander parser for `--db`: a postgres:// URL or a file path. */
export function dbOption(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('must be a file path or a postgres:// URL.');
  if (/^[a-z]+:\/\//i.test(value) && !/^postgres(ql)?:\/\//i.test(value)) {
    throw new InvalidArgumentError('only postgres:// URLs or SQLite file paths are supported.');
  }
  return value;
}

export const DB_HELP = 'SQLite file path or postgres:// URL (default: $DATABASE_URL or ./data/backstride.db)';

/** A time-zone option: an IANA zone name this runtime knows. */
export function zoneOption(value: string): string {
  if (!isTimeZone(value)) throw new InvalidArgumentError('must be an IANA time zone such as Europe/Paris.');
  return value;
}
