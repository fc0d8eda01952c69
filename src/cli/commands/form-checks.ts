import type { Command } from 'commander';
import { formChecksForEmail } from '../../app/form-checks';
import type { SavedFormCheck } from '../../core/form/saved-check';
import { FORM_CUES } from '../../core/plan/form-cues';
import { createRepositories } from '../../store/repositories';
import { withStore } from '../store';
import { type CliContext, UsageError, writeLine } from '../context';
import { dbOption, DB_HELP } from '../options';

const HELP = `
Lists the form checks the account saved, newest first: the day filmed (or saved), cadence, overstride at
contact, trunk lean, and the cue each pointed to. Only these numbers are ever stored; the clips stay on the
runner's phone. Each number has its error band: these are coaching cues, not a diagnosis.

Exit status: 0 when printed, 2 for bad options or an unknown account.`;

interface Options {
  user: string;
  json?: boolean;
  db?: string;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** One line a person reads: "2026-11-25  cadence 164 ± 2 spm  overstride 0.21 ± 0.04 legs  lean 6 ± 6°  cue: …". */
function line(c: SavedFormCheck): string {
  const day = c.recordedOn ?? c.createdAt.slice(0, 10);
  const cue = FORM_CUES.find((f) => f.id === c.cue)?.title ?? 'nothing stood out';
  return (
    `${day}  cadence ${Math.round(c.cadenceSpm.value)} ± ${round(c.cadenceSpm.band, 1)} spm` +
    `  overstride ${round(c.overstrideLegs.value, 2)} ± ${round(c.overstrideLegs.band, 2)} leg lengths` +
    `  trunk lean ${Math.round(c.trunkLeanDeg.value)} ± ${Math.round(c.trunkLeanDeg.band)}°` +
    `  cue: ${cue}${c.note ? `  (${c.note})` : ''}`
  );
}

/** `backstride form-checks --user EMAIL [--json]`: the account's saved form checks. */
export function registerFormChecks(program: Command, ctx: CliContext): void {
  program
    .command('form-checks')
    .description('an account’s saved form checks, newest first: cadence, overstride, trunk lean and the cue')
    .requiredOption('--user <email>', 'the account')
    .option('--json', 'print JSON (the same shape as GET /api/form-checks)')
    .option('--db <target>', DB_HELP, dbOption)
    .addHelpText('after', HELP)
    .action(async (options: Options) => {
      await withStore(ctx, options.db, async (store) => {
        const result = await formChecksForEmail({ repos: createRepositories(store.db) }, options.user);
        if (!result.ok) throw new UsageError(result.error.message);
        const items = result.value;
        if (options.json) {
          writeLine(ctx.io.stdout, JSON.stringify({ items }, null, 2));
          return;
        }
        if (items.length === 0) {
          writeLine(ctx.io.stdout, 'No saved form checks yet.');
          return;
        }
        writeLine(
          ctx.io.stdout,
          `${items.length} saved form check${items.length === 1 ? '' : 's'}, newest first:`,
        );
        for (const c of items) writeLine(ctx.io.stdout, line(c));
      });
    });
}
