import type { Command } from 'commander';
import { type CliContext, UsageError, writeLine } from '../context';
import { dbOption, DB_HELP } from '../options';
import { resolveServerSettings } from '../../config/server-settings';
import { defaultImportSettings } from '../../app/import-settings';
import { DEFAULT_JOB_SETTINGS } from '../../app/job-settings';
import { startImportJobs } from '../../app/import-worker';
import { openStore } from '../../store/database';
import { migrateToLatest } from '../../store/migrate';

export function registerWorker(program: Command, ctx: CliContext): void {
  program
    .command('worker')
    .description('run import jobs from a PostgreSQL database, beside or instead of the servers')
    .option('--db <target>', DB_HELP, dbOption)
    .action(async (opts: { db?: string }) => {
      const settings = resolveServerSettings(ctx.io.env, ctx.io.cwd, opts);
      const store = openStore(settings.database);
      if (store.dialect !== 'postgres') {
        await store.close();
        throw new UsageError(
          'worker needs a PostgreSQL database (--db postgres://…); on SQLite, serve runs the imports itself',
        );
      }
      try {
        await migrateToLatest(store);
        const imports = { ...defaultImportSettings(), ...settings.app.imports };
        const jobs = await startImportJobs({
          store,
          settings: imports,
          jobs: { ...DEFAULT_JOB_SETTINGS, ...settings.app.jobs },
          limits: { maxFileBytes: settings.app.maxFileBytes },
          work: true,
          now: () => new Date(),
          onError: (error) =>
            writeLine(ctx.io.stderr, `import job: ${error instanceof Error ? error.message : String(error)}`),
        });
        writeLine(
          ctx.io.stdout,
          `backstride worker running imports from ${store.description}: ${imports.importsAtOnce} at a time, ${imports.decodeThreads} decode threads`,
        );
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await jobs.close();
        writeLine(ctx.io.stdout, 'backstride worker stopped; unfinished imports go on in another worker');
      } finally {
        await store.close();
      }
    });
}
