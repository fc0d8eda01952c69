import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { exportAccount } from '../../app/account-export';
import { withStore } from '../store';
import { type CliContext, UsageError, writeLine } from '../context';
import { dbOption, DB_HELP } from '../options';

const HELP = `
The zip holds manifest.json, one JSON file per kind of record (settings, shoes, checkins, runs with their
series, plans, plan-logs, calendar-links without their secret address, activity-files) and the original
activity files under activities/. \`backstride import-account\` brings it into another, empty account.`;

/** `backstride export --user EMAIL [--out FILE]`: an account's whole export as one zip. */
export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('export an account: every record as JSON and the original activity files, as one zip')
    .requiredOption('--user <email>', 'the account to export')
    .option('--out <file>', 'where to write the zip (default backstride-export-DATE.zip here)')
    .option('--db <target>', DB_HELP, dbOption)
    .addHelpText('after', HELP)
    .action(async (options: { user: string; out?: string; db?: string }) => {
      await withStore(ctx, options.db, async (store) => {
        const user = await store.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', options.user.trim().toLowerCase())
          .executeTakeFirst();
        if (!user) throw new UsageError(`there is no account with the email ${options.user}`);
        const file = await exportAccount(store.db, user.id, new Date());
        const out = resolve(ctx.io.cwd, options.out ?? file.fileName);
        await pipeline(file.stream, createWriteStream(out));
        const { counts } = file.manifest;
        const said = ['runs', 'checkins', 'shoes', 'plans', 'activities']
          .map((k) => `${counts[k] ?? 0} ${k === 'activities' ? 'activity files' : k}`)
          .join(', ');
        writeLine(ctx.io.stdout, `wrote ${out}: ${said}`);
      });
    });
}
