import type { Command } from 'commander';
import { type CliContext, writeLine } from '../context';
import { dbOption, DB_HELP } from '../options';
import { resolveServerSettings } from '../../config/server-settings';
import { openStore } from '../../store/database';
import { migrateToLatest } from '../../store/migrate';

export function registerMigrate(program: Command, ctx: CliContext): void {
  program
    .command('migrate')
    .description('bring the database schema up to date (serve also does this on start)')
    .option('--db <target>', DB_HELP, dbOption)
    .action(async (opts: { db?: string }) => {
      const settings = resolveServerSettings(ctx.io.env, ctx.io.cwd, opts);
      const store = openStore(settings.database);
      try {
        const applied = await migrateToLatest(store);
        writeLine(
          ctx.io.stdout,
          applied.length ? `applied ${applied.length}: ${applied.join(', ')}` : 'schema already up to date',
        );
      } finally {
        await store.close();
      }
    });
}
