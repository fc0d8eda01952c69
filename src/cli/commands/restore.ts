import { resolve } from 'node:path';
import type { Command } from 'commander';
import { BackupError, restoreDatabase } from '../../store/backup';
import { openStore } from '../../store/database';
import { resolveDatabaseTarget } from '../../store/location';
import { migrateToLatest } from '../../store/migrate';
import { type CliContext, UsageError, writeLine } from '../context';
import { dbOption, DB_HELP } from '../options';
import { said } from './backup';

const HELP = `
SQLite: the backup is checked, then copied to the database path, which must not exist yet; with --replace
it overwrites one (stop the server first). PostgreSQL: pg_restore into an empty database (createdb one
first). Either way the schema is then brought up to date, as serve would.`;

/** `backstride restore FILE`: a backup from `backstride backup` back into a database. */
export function registerRestore(program: Command, ctx: CliContext): void {
  program
    .command('restore')
    .description('restore a backup made by `backstride backup` into a new database')
    .argument('<file>', 'the backup file')
    .option('--db <target>', DB_HELP, dbOption)
    .option('--replace', 'SQLite: overwrite the database file if there is one (stop the server first)')
    .addHelpText('after', HELP)
    .action(async (file: string, options: { db?: string; replace?: boolean }) => {
      const target = resolveDatabaseTarget(ctx.io.env, ctx.io.cwd, options.db);
      let restored;
      try {
        restored = await restoreDatabase(resolve(ctx.io.cwd, file), target, options.replace === true);
      } catch (error) {
        if (error instanceof BackupError) throw new UsageError(error.message);
        throw error;
      }
      const store = openStore(target);
      try {
        const applied = await migrateToLatest(store);
        writeLine(
          ctx.io.stdout,
          `restored ${said(restored)}${applied.length ? `; schema brought up to date (${applied.length} migrations)` : ''}`,
        );
      } finally {
        await store.close();
      }
    });
}
