import { type Command, InvalidArgumentError } from 'commander';
import { insightsForEmail } from '../../app/pain-insights';
import { INSIGHT_WEEKS } from '../../core/pain/insights';
import { createRepositories } from '../../store/repositories';
import { withStore } from '../store';
import { type CliContext, UsageError, writeLine } from '../context';
import { dbOption, DB_HELP, zoneOption } from '../options';

const HELP = `
Sets the account's pain diary against its own training: weekly distance going up, long runs, shoe distance,
treadmill or outside, the time of day of runs, and keeping to the plan. For each, the average pain when it
held and when it did not, with how many entries (and days) that rests on. An insight needs at least 5
entries on 3 different days on each side; with fewer it says so. These are patterns, not causes.

Exit status: 0 when printed, 2 for bad options or an unknown account.`;

interface Options {
  user: string;
  json?: boolean;
  db?: string;
  timeZone?: string;
  weeks?: number;
}

function weeksOption(value: string): number {
  const weeks = Number(value);
  if (!Number.isInteger(weeks) || weeks < 4 || weeks > 52) {
    throw new InvalidArgumentError('must be a whole number of weeks from 4 to 52.');
  }
  return weeks;
}

/** `backstride insights --user EMAIL [--json]`: the diary set against the runner's training. */
export function registerInsights(program: Command, ctx: CliContext): void {
  program
    .command('insights')
    .description('an account’s pain set against its training: averages with and without each condition')
    .requiredOption('--user <email>', 'the account')
    .option('--json', 'print JSON (the same shape as GET /api/pain/insights)')
    .option('--weeks <n>', `weeks of the diary to read, 4–52 (default ${INSIGHT_WEEKS})`, weeksOption)
    .option('--db <target>', DB_HELP, dbOption)
    .option('--time-zone <zone>', 'the runner’s time zone (default UTC)', zoneOption)
    .addHelpText('after', HELP)
    .action(async (options: Options) => {
      await withStore(ctx, options.db, async (store) => {
        const result = await insightsForEmail(
          { repos: createRepositories(store.db), now: new Date() },
          options.user,
          options.timeZone ?? 'UTC',
          options.weeks,
        );
        if (!result.ok) throw new UsageError(result.error.message);
        const found = result.value;
        if (options.json) {
          writeLine(ctx.io.stdout, JSON.stringify(found, null, 2));
          return;
        }
        writeLine(ctx.io.stdout, `Pain diary ${found.from} to ${found.to}: ${found.entries} entries.`);
        for (const i of found.insights) writeLine(ctx.io.stdout, `\n${i.title}\n  ${i.summary}`);
        writeLine(ctx.io.stdout, `\n${found.caveat}`);
      });
    });
}
