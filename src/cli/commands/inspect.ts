import type { Command } from 'commander';
import type { CliContext } from '../context';

/** `backstride inspect FILE... --json`: placeholder until the importers land (issue 4). */
export function registerInspect(program: Command, ctx: CliContext): void {
  program
    .command('inspect')
    .description('decode activity files without a database and print what they hold')
    .argument('<files...>')
    .option('--json', 'one JSON line per activity')
    .action(() => {
      ctx.io.stderr.write('inspect: not built yet\n');
      ctx.exit(1);
    });
}
