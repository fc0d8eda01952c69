import { join, resolve } from 'node:path';
import { isPostgresUrl } from './database';

/**
 * Which database to open: `--db`, else `DATABASE_URL`, else `backstride.db` under `BACKSTRIDE_DATA_DIR`
 * (default `./data`). SQLite paths come back absolute. Shared by `serve` and the commands that only need
 * the database, so those never depend on the server's other settings.
 * @example resolveDatabaseTarget({}, '/srv/app') // '/srv/app/data/backstride.db'
 */
export function resolveDatabaseTarget(
  env: Record<string, string | undefined>,
  cwd: string,
  override?: string,
): string {
  const dataDir = resolve(cwd, env.BACKSTRIDE_DATA_DIR ?? 'data');
  const target = override ?? env.DATABASE_URL ?? join(dataDir, 'backstride.db');
  return isPostgresUrl(target) ? target : resolve(cwd, target);
}
