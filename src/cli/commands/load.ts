import { type Command, InvalidArgumentError } from 'commander';
import { reportForUser, reportFromDocument } from '../../app/load-report';
import { loadReportInputSchema } from '../../contract/load-report';
import { MAX_LOAD_WEEKS } from '../../contract/load';
import { createRepositories } from '../../store/repositories';
import { withStore } from '../store';
import { type CliContext, UsageError, writeLine } from '../context';
import { parseJsonInput, readInput } from '../read-input';
import { dbOption, DB_HELP, zoneOption } from '../options';

const HELP = `
Input (FILE or standard input), JSON:
  {"today": "2026-12-03", "timeZone": "Europe/Paris",
   "runs": [{"start": "2026-11-29T08:00:00+01:00", "distanceM": 10000, "durationS": 3300,
             "indoor": false, "shoe": "peg", "avgCadenceSpm": 168}],
   "shoes": [{"id": "peg", "name": "Pegasus 40", "startKm": 120, "retireKm": 800}]}
  timeZone defaults to UTC; every run counts as running; "indoor": true means a treadmill; a run's "shoe" is a
  shoe's id or name (a name not in "shoes" counts as a shoe from 0 km).

With --user EMAIL the runs and shoes are that account's, from the database: each shoe from its start distance,
with its retire distance; retired shoes are counted but never alerted about.

Output, JSON: {"weeks": [{"weekStart","complete","distanceM","runs","movingS","changePct","rule10"}],
  "alerts": [{"code","message",...}], "factors": {"recent_mileage_increase_pct","long_run_increase_pct",
  "shoe_km","surface_change","cadence_spm"}, "shoes": {"list","rotation"}, "surface": {...}}
  Alert codes: rule10_over, spike, long_run_spike, shoe_check, shoe_replace, surface_change, low_cadence.
  Weeks start on Monday in the time zone; only complete weeks are judged; a factor left out was not measured.

Exit status: 0 with a report, 2 for bad input (the message names each wrong field).`;

interface Options {
  user?: string;
  db?: string;
  timeZone?: string;
  today?: string;
  weeks: number;
}

/** `backstride load [FILE]` or `--user EMAIL`: the training-load report as JSON. */
export function registerLoad(program: Command, ctx: CliContext): void {
  program
    .command('load')
    .description('training load, shoes, surface and cadence as JSON, from FILE, standard input or an account')
    .argument('[file]', 'a JSON file; standard input when absent')
    .option('--user <email>', 'report on this account’s runs in the database instead of FILE')
    .option('--db <target>', DB_HELP, dbOption)
    .option('--time-zone <zone>', 'with --user: the runner’s time zone (default UTC)', zoneOption)
    .option('--today <date>', 'with --user: the runner’s date, YYYY-MM-DD (default today)', dateOption)
    .option('--weeks <n>', `weeks to list, this week last (1-${MAX_LOAD_WEEKS}, default 12)`, weeksOption, 12)
    .addHelpText('after', HELP)
    .action(async (file: string | undefined, options: Options) => {
      if (options.user !== undefined) {
        if (file !== undefined) throw new UsageError('give either a FILE or --user, not both');
        await fromDatabase(ctx, options as Options & { user: string });
        return;
      }
      if (options.timeZone !== undefined || options.today !== undefined)
        throw new UsageError('--time-zone and --today go with --user; a FILE says them itself');
      const report = reportFromDocument(
        parseJsonInput(
          await readInput(ctx, file, 'give a FILE or --user, or pipe the runs into standard input'),
          loadReportInputSchema,
        ),
        options.weeks,
      );
      writeLine(ctx.io.stdout, JSON.stringify(report, null, 2));
    });
}

async function fromDatabase(ctx: CliContext, options: Options & { user: string }): Promise<void> {
  await withStore(ctx, options.db, async (store) => {
    const result = await reportForUser(
      { repos: createRepositories(store.db), now: new Date() },
      {
        email: options.user,
        timeZone: options.timeZone ?? 'UTC',
        today: options.today,
        weeks: options.weeks,
      },
    );
    if (!result.ok) throw new UsageError(result.error.message);
    writeLine(ctx.io.stdout, JSON.stringify(result.value, null, 2));
  });
}

function dateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new InvalidArgumentError('must be a date, YYYY-MM-DD.');
  return value;
}

function weeksOption(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_LOAD_WEEKS)
    throw new InvalidArgumentError(`must be a whole number from 1 to ${MAX_LOAD_WEEKS}.`);
  return n;
}
