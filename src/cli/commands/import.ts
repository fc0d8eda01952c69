import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { type CliContext, UsageError, writeLine } from '../context';
import { dbOption, DB_HELP } from '../options';
import { formatProgress } from '../progress-bar';
import { normaliseEmail } from '../../core/account/credentials';
import { createImporter } from '../../app/import-pipeline';
import { resolveImportSettings } from '../../config/import-settings';
import { importSummary, OUTCOME_LABEL, wordsFor } from '../../core/imports/import-words';
import { newImportStatus, type ImportStatus } from '../../app/import-status';
import { openStore } from '../../store/database';
import { resolveDatabaseTarget } from '../../store/location';
import { migrateToLatest } from '../../store/migrate';
import { createRepositories } from '../../store/repositories';

/** `backstride import PATH... --user EMAIL`: files, folders and export archives into one account. */
export function registerImport(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('import activity files, folders and Strava/Garmin export archives into an account')
    .argument('<paths...>', 'FIT, GPX or TCX files (gzipped or not), folders, or .zip exports')
    .requiredOption('--user <email>', 'the account to import into')
    .option('--db <target>', DB_HELP, dbOption)
    .action(async (paths: string[], opts: { user: string; db?: string }) => {
      const settings = resolveImportSettings(ctx.io.env);
      const store = openStore(resolveDatabaseTarget(ctx.io.env, ctx.io.cwd, opts.db));
      const importer = createImporter({ db: store.db, now: () => new Date(), settings });
      try {
        await migrateToLatest(store);
        const repos = createRepositories(store.db);
        const user = await repos.users.findByEmail(normaliseEmail(opts.user));
        if (!user)
          throw new UsageError(`no account with email ${opts.user}; create it with: backstride user create`);
        const started = Date.now();
        const tty = Boolean(ctx.io.stderr.isTTY);
        let lastDraw = 0;
        const draw = (s: ImportStatus, force = false) => {
          if (!tty || (!force && Date.now() - lastDraw < 100)) return;
          lastDraw = Date.now();
          ctx.io.stderr.write(`\r\x1b[2K${formatProgress({ ...s, elapsedMs: Date.now() - started })}`);
        };
        const status = await importer.run({
          userId: user.id,
          status: newImportStatus(randomUUID(), paths.join(' '), new Date().toISOString()),
          sources: paths.map((path) => ({ path })),
          cwd: ctx.io.cwd,
          onUpdate: (s) => draw(s),
        });
        draw(status, true);
        if (tty) ctx.io.stderr.write('\n');
        printSummary(ctx, status, (Date.now() - started) / 1000);
        if (status.state === 'failed') ctx.exit(1);
      } finally {
        await importer.close();
        await store.close();
      }
    });
}

/**
 * Plain words first (the same as the web app's), then each problem file with what to do and its
 * technical detail, then one line of counts for scripts. Files added whole, duplicates and files
 * with no activity (a Garmin export holds thousands) are counted, not listed.
 */
function printSummary(ctx: CliContext, s: ImportStatus, seconds: number): void {
  const out = (line: string) => writeLine(ctx.io.stdout, line);
  out(importSummary(s));
  for (const f of s.files) {
    const listed = f.status === 'failed' || f.status === 'recovered' || f.error?.code === 'replaced_partial';
    if (!listed || !f.error) continue;
    const words = wordsFor(f.error.code);
    out(`  ${OUTCOME_LABEL[f.status]}: ${f.source}`);
    out(`    ${words.said}${words.todo ? ` ${words.todo}` : ''}`);
    out(`    detail: ${f.error.code}: ${f.error.message}`);
  }
  const unlisted =
    s.failed + s.recovered - s.files.filter((f) => f.status === 'failed' || f.status === 'recovered').length;
  if (unlisted > 0) out(`  and ${unlisted} more not listed`);
  out(
    `imported ${s.imported}, recovered ${s.recovered}, duplicates ${s.duplicates}, skipped ${s.skipped}, ` +
      `failed ${s.failed}: ${s.filesDone} files; ${s.activities} new activities ` +
      `(${(s.bytesDone / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s)`,
  );
  if (s.error) out(`import stopped: ${s.error}`);
}
