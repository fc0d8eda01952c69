import type { Command } from 'commander';
import type { CliContext } from '../context';

/** `backstride triage [FILE]`: placeholder until the triage engine lands (issue 3). */
export function registerTriage(program: Command, ctx: CliContext): void {
  program
    .command('triage')
    .description('triage one check-in (JSON) from FILE or standard input')
    .argument('[file]')
    .action(() => {
      ctx.io.stderr.write('triage: not built yet\n');
      ctx.exit(1);
    });
}
