import { Command, Help } from 'commander';
import type { CliContext } from './context';

type Register = (program: Command, ctx: CliContext) => void;

interface CommandEntry {
  name: string;
  /** How `backstride --help` lists it: what commander prints for the loaded command. */
  term: string;
  summary: string;
  load(): Promise<Register>;
}

/**
 * Every command, with its line in `backstride --help` and how to load it. Only the command being run is
 * loaded (and with it a database driver, the decoders, …), so `--help` and `triage` start in about the
 * time Node itself takes. The lines here must match the commands' own; build-cli.test.ts checks that.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'serve',
    term: 'serve [options]',
    summary: 'serve the web app and the JSON API',
    load: async () => (await import('./commands/serve')).registerServe,
  },
  {
    name: 'migrate',
    term: 'migrate [options]',
    summary: 'bring the database schema up to date (serve also does this on start)',
    load: async () => (await import('./commands/migrate')).registerMigrate,
  },
  {
    name: 'worker',
    term: 'worker [options]',
    summary: 'run import jobs from a PostgreSQL database, beside or instead of the servers',
    load: async () => (await import('./commands/worker')).registerWorker,
  },
  {
    name: 'user',
    term: 'user',
    summary: 'manage accounts',
    load: async () => (await import('./commands/user')).registerUser,
  },
  {
    name: 'triage',
    term: 'triage [options] [file]',
    summary: 'triage one check-in (JSON) from FILE or standard input',
    load: async () => (await import('./commands/triage')).registerTriage,
  },
  {
    name: 'load',
    term: 'load [options] [file]',
    summary: 'training load, shoes, surface and cadence as JSON, from FILE, standard input or an account',
    load: async () => (await import('./commands/load')).registerLoad,
  },
  {
    name: 'plan',
    term: 'plan [file]',
    summary: 'a weekly plan (JSON) from a check-in and weekly distances, from FILE or standard input',
    load: async () => (await import('./commands/plan')).registerPlan,
  },
  {
    name: 'report',
    term: 'report [options]',
    summary: 'write an account’s report for a clinician, as PDF (or HTML for a .html file)',
    load: async () => (await import('./commands/report')).registerReport,
  },
  {
    name: 'insights',
    term: 'insights [options]',
    summary: 'an account’s pain set against its training: averages with and without each condition',
    load: async () => (await import('./commands/insights')).registerInsights,
  },
  {
    name: 'inspect',
    term: 'inspect [options] <paths...>',
    summary: 'decode activity files, folders and export zips without a database and print what they hold',
    load: async () => (await import('./commands/inspect')).registerInspect,
  },
  {
    name: 'import',
    term: 'import [options] <paths...>',
    summary: 'import activity files, folders and Strava/Garmin export archives into an account',
    load: async () => (await import('./commands/import')).registerImport,
  },
  {
    name: 'export',
    term: 'export [options]',
    summary: 'export an account: every record as JSON and the original activity files, as one zip',
    load: async () => (await import('./commands/export')).registerExport,
  },
  {
    name: 'import-account',
    term: 'import-account [options] <file>',
    summary: 'bring an export (from `backstride export` or Settings) into an empty account',
    load: async () => (await import('./commands/import-account')).registerImportAccount,
  },
  {
    name: 'backup',
    term: 'backup [options]',
    summary: 'write a backup of the whole database to a new file, while the server runs',
    load: async () => (await import('./commands/backup')).registerBackup,
  },
  {
    name: 'restore',
    term: 'restore [options] <file>',
    summary: 'restore a backup made by `backstride backup` into a new database',
    load: async () => (await import('./commands/restore')).registerRestore,
  },
  {
    name: 'form-checks',
    term: 'form-checks [options]',
    summary: 'an account’s saved form checks, newest first: cadence, overstride, trunk lean and the cue',
    load: async () => (await import('./commands/form-checks')).registerFormChecks,
  },
];

/**
 * The `backstride` command tree; `main` runs it, tests drive it with fake streams. The command named in
 * `argv` (also as `help <command>`) is loaded in full; the others stand in by name and summary, which is
 * all the top-level help and commander's "did you mean" need. `loadAll` loads every one.
 */
export async function buildCli(
  ctx: CliContext,
  argv: readonly string[] = [],
  options: { loadAll?: boolean } = {},
): Promise<Command> {
  const program = new Command('backstride')
    .description('backstride: help for runners with lower back pain')
    .version(process.env.npm_package_version ?? '0.1.0')
    .showSuggestionAfterError(true);
  const wanted = commandNamed(argv);
  const stubTerms = new WeakMap<Command, string>();
  for (const entry of COMMANDS) {
    if (options.loadAll || entry.name === wanted) (await entry.load())(program, ctx);
    else stubTerms.set(program.command(entry.name).description(entry.summary), entry.term);
  }
  program.configureHelp({
    subcommandTerm(this: Help, cmd: Command): string {
      return stubTerms.get(cmd) ?? Help.prototype.subcommandTerm.call(this, cmd);
    },
  });
  // Every command shares these: usage errors exit 2, output goes to the given streams.
  const configure = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
    });
    cmd.commands.forEach(configure);
  };
  configure(program);
  return program;
}

/** The command `argv` runs or asks help for: `backstride inspect …`, `backstride help inspect`. */
function commandNamed(argv: readonly string[]): string | undefined {
  const [first, second] = argv.slice(2);
  return first === 'help' ? second : first;
}
