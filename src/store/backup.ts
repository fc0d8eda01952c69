/**
 * Backups of a whole database and their restore. SQLite: a consistent copy taken online with SQLite's backup
 * API (better-sqlite3's `.backup()`), safe while `serve` writes; restore checks the copy and puts it in place.
 * PostgreSQL: `pg_dump --format=custom` and `pg_restore` (PostgreSQL's client tools, which must be installed),
 * restored into an empty database only.
 */
import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { isPostgresUrl } from './database';

/** What a backup or a restore holds, for the command to say. */
export interface BackupSummary {
  dialect: 'sqlite' | 'postgres';
  bytes: number;
  users: number;
  runs: number;
}

/** A backup that cannot be made or restored, said in plain words (the command exits 2). */
export class BackupError extends Error {}

const sqlitePath = (target: string) => target.replace(/^sqlite:/, '');

/** Writes a backup of the database at `target` to the new file `out`. */
export async function backupDatabase(target: string, out: string): Promise<BackupSummary> {
  if (existsSync(out)) throw new BackupError(`${out} already exists; choose a new file name`);
  if (!existsSync(dirname(out))) throw new BackupError(`the folder ${dirname(out)} does not exist`);
  if (isPostgresUrl(target)) {
    try {
      await runTool('pg_dump', ['--format=custom', '--no-owner', `--file=${out}`, `--dbname=${target}`]);
    } catch (error) {
      rmSync(out, { force: true }); // never leave half a dump that looks like a backup
      throw error;
    }
    return { dialect: 'postgres', bytes: statSync(out).size, ...(await countPostgres(target)) };
  }
  const path = sqlitePath(target);
  if (!existsSync(path)) throw new BackupError(`there is no database at ${path}`);
  const source = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    await source.backup(out);
  } catch (error) {
    rmSync(out, { force: true });
    throw error;
  } finally {
    source.close();
  }
  return { dialect: 'sqlite', bytes: statSync(out).size, ...checkSqliteBackup(out) };
}

/**
 * Restores the backup `file` into `target`: for SQLite a file that does not exist yet (or, with `replace`,
 * one whose server is stopped), for PostgreSQL an empty database. The schema is not migrated here.
 */
export async function restoreDatabase(file: string, target: string, replace = false): Promise<BackupSummary> {
  if (!existsSync(file)) throw new BackupError(`there is no backup at ${file}`);
  if (isPostgresUrl(target)) {
    if (await hasTables(target)) {
      throw new BackupError(
        'the database already holds tables; restore into a new, empty database (createdb)',
      );
    }
    await runTool('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${target}`, file]);
    return { dialect: 'postgres', bytes: statSync(file).size, ...(await countPostgres(target)) };
  }
  const path = sqlitePath(target);
  if (existsSync(path) && !replace) {
    throw new BackupError(`${path} already exists; stop the server and add --replace to overwrite it`);
  }
  const counts = checkSqliteBackup(file);
  // Copied beside the target first, then renamed over it, so a failure midway leaves the old file whole.
  mkdirSync(dirname(path), { recursive: true });
  const partial = join(dirname(path), `.restore-${process.pid}.db`);
  const source = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  for (const stale of [`${path}-wal`, `${path}-shm`]) rmSync(stale, { force: true });
  renameSync(partial, path);
  return { dialect: 'sqlite', bytes: statSync(path).size, ...counts };
}

/** Checks that `file` is a whole backstride SQLite database; counts its accounts and runs. */
function checkSqliteBackup(file: string): { users: number; runs: number } {
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} is not a SQLite database (${(error as Error).message})`);
  }
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`${file} is damaged: ${String(check)}`);
    const tables = new Set(
      (db.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    if (!tables.has('users') || !tables.has('runs') || !tables.has('kysely_migration')) {
      throw new BackupError(`${file} is not a backstride database`);
    }
    const count = (table: string) =>
      (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return { users: count('users'), runs: count('runs') };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is not a SQLite database (${(error as Error).message})`);
  } finally {
    db.close();
  }
}

async function withPostgres<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const hasTables = (url: string) =>
  withPostgres(url, async (c) => {
    const r = await c.query(`select count(*)::int as n from pg_tables where schemaname = 'public'`);
    return (r.rows[0] as { n: number }).n > 0;
  });

const countPostgres = (url: string) =>
  withPostgres(url, async (c) => {
    const r = await c.query(
      'select (select count(*)::int from users) as users, (select count(*)::int from runs) as runs',
    );
    return r.rows[0] as { users: number; runs: number };
  });

/** Runs one of PostgreSQL's client tools; its own message on failure, never the URL (it may hold a password). */
function runTool(tool: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.on('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'ENOENT'
          ? new BackupError(
              `${tool} was not found: install PostgreSQL's client tools (Debian: postgresql-client)`,
            )
          : error,
      ),
    );
    child.on('close', (code) =>
      code === 0 ? done() : fail(new BackupError(`${tool} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
