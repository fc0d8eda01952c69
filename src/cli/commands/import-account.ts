import { resolve } from 'node:path';
import type { Command } from 'commander';
import { importAccount } from '../../app/account-import';
import { withStore } from '../store';
import { type CliContext, UsageError, writeLine } from '../context';
import { dbOption, DB_HELP } from '../options';

/** `backstride import-account --user EMAIL FILE`: an export brought into an empty account. */
export function registerImportAccount(program: Command, ctx: CliContext): void {
  program
    .command('import-account')
    .description('bring an export (from `backstride export` or Settings) into an empty account')
    .argument('<file>', 'the export zip')
    .requiredOption('--user <email>', 'the account to fill; it must hold no runs, check-ins, shoes or plans')
    .option('--db <target>', DB_HELP, dbOption)
    .action(async (file: string, options: { user: string; db?: string }) => {
      await withStore(ctx, options.db, async (store) => {
        const user = await store.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', options.user.trim().toLowerCase())
          .executeTakeFirst();
        if (!user) throw new UsageError(`there is no account with the email ${options.user}`);
        const result = await importAccount(store.db, user.id, resolve(ctx.io.cwd, file), new Date());
        if (!result.ok) {
          writeLine(ctx.io.stderr, `error: ${result.error.code}: ${result.error.message}`);
          ctx.exit(1);
          return;
        }
        const { counts } = result.value;
        const said = Object.entries(counts)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ');
        writeLine(ctx.io.stdout, `brought into ${options.user}: ${said}`);
      });
    });
}
