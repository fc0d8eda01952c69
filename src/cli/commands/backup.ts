import { resolve } from 'node:path';
import type { Command } from 'commander';
import { BackupError, backupDatabase, type BackupSummary } from '../../store/backup';
import { resolveDatabaseTarget } from '../../store/location';
import { type CliContext, UsageError, writeLine } from '../context';
import { dbOption, DB_HELP } from '../options';

const HELP = `
SQLite: a consistent copy of the database file, taken while the server runs (SQLite's online backup), and
checked. PostgreSQL: pg_dump --format=custom (PostgreSQL's client tools must be installed); restore it with
\`backstride restore\` or pg_restore into an empty database. See docs/deploying.md.`;

export const said = (s: BackupSummary): string =>
  `${s.users} accounts, ${s.runs} runs, ${(s.bytes / 1024 / 1024).toFixed(1)} MB (${s.dialect})`;

/** `backstride backup --out FILE`: the whole database, as a file to keep somewhere safe. */
export function registerBackup(program: Command, ctx: CliContext): void {
  program
    .command('backup')
    .description('write a backup of the whole database to a new file, while the server runs')
    .requiredOption('--out <file>', 'the backup file to write (it must not exist yet)')
    .option('--db <target>', DB_HELP, dbOption)
    .addHelpText('after', HELP)
    .action(async (options: { out: string; db?: string }) => {
      const target = resolveDatabaseTarget(ctx.io.env, ctx.io.cwd, options.db);
      const out = resolve(ctx.io.cwd, options.out);
      try {
        writeLine(ctx.io.stdout, `wrote ${out}: ${said(await backupDatabase(target, out))}`);
      } catch (error) {
        if (error instanceof BackupError) throw new UsageError(error.message);
        throw error;
      }
    });
}
