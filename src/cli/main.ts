import { CommanderError } from 'commander';
import { buildCli } from './build-cli';
import { UsageError, writeLine, type CliIo, type StartServer } from './context';

/** Runs the CLI and resolves to the exit code; `startServer` comes from the composition entry, for `serve`. */
export async function main(
  argv: string[],
  io: CliIo = processIo(),
  services: { startServer?: StartServer } = {},
): Promise<number> {
  let exitCode = 0;
  const ctx = { io, ...services, exit: (code: number) => (exitCode = Math.max(exitCode, code)) };
  try {
    const program = await buildCli(ctx, argv);
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander; they are successes to us.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      if (error.code === 'commander.help') return 0;
      return 2; // commander already printed its one-line reason
    }
    if (error instanceof UsageError) {
      writeLine(io.stderr, `error: ${error.message}`);
      return 2;
    }
    writeLine(io.stderr, `error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  return exitCode;
}

function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  };
}
