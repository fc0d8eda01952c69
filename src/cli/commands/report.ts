import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { reportForEmail } from '../../app/report';
import { reportHtml } from '../../app/report-html';
import { reportPdf } from '../../app/report-pdf';
import { createRepositories } from '../../store/repositories';
import { withStore } from '../store';
import { type CliContext, UsageError, writeLine } from '../context';
import { dbOption, DB_HELP, zoneOption } from '../options';

const HELP = `
Writes the account's report for a clinician: the runner, the current triage result and red-flag answers, the
pain timeline, 12 weeks of running with spikes marked, shoes and surface, the plan and how much of it was done,
what changed recently, and questions for the clinician. A FILE ending in .html gets the printable page; any
other name gets a PDF (A4).

Exit status: 0 when written, 2 for bad options or an unknown account.`;

interface Options {
  user: string;
  out: string;
  db?: string;
  timeZone?: string;
}

/** `backstride report --user EMAIL --out FILE`: the report for a clinician, as PDF or HTML. */
export function registerReport(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description('write an account’s report for a clinician, as PDF (or HTML for a .html file)')
    .requiredOption('--user <email>', 'the account')
    .requiredOption('--out <file>', 'where to write it: report.pdf, or report.html')
    .option('--db <target>', DB_HELP, dbOption)
    .option('--time-zone <zone>', 'the runner’s time zone (default UTC)', zoneOption)
    .addHelpText('after', HELP)
    .action(async (options: Options) => {
      await withStore(ctx, options.db, async (store) => {
        const result = await reportForEmail(
          { repos: createRepositories(store.db), now: new Date() },
          options.user,
          options.timeZone ?? 'UTC',
        );
        if (!result.ok) throw new UsageError(result.error.message);
        const path = resolve(ctx.io.cwd, options.out);
        const html = /\.html?$/i.test(path);
        await writeFile(path, html ? reportHtml(result.value) : await reportPdf(result.value));
        writeLine(ctx.io.stdout, `wrote the report (${html ? 'HTML' : 'PDF'}) to ${path}`);
      });
    });
}
