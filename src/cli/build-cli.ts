import { Command } from 'commander';
import type { CliContext } from './context';
import { registerServe } from './commands/serve';
import { registerMigrate } from './commands/migrate';
import { registerUser } from './commands/user';
import { registerTriage } from './commands/triage';
import { registerInspect } from './commands/inspect';
import { registerImport } from './commands/import';

/** The whole `backstride` command tree; `main` runs it, tests drive it with fake streams. */
export function buildCli(ctx: CliContext): Command {
  const program = new Command('backstride')
    .description('backstride: help for runners with lower back pain')
    .version(process.env.npm_package_version ?? '0.1.0')
    .showSuggestionAfterError(true);
  registerServe(program, ctx);
  registerMigrate(program, ctx);
  registerUser(program, ctx);
  registerTriage(program, ctx);
  registerInspect(program, ctx);
  registerImport(program, ctx);
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
