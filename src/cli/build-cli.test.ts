import { PassThrough } from 'node:stream';
import { Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildCli, COMMANDS } from './build-cli';
import type { CliContext } from './context';

function context(): { ctx: CliContext; out: () => string } {
  let out = '';
  const stdout = new PassThrough();
  stdout.on('data', (d) => (out += d));
  const ctx: CliContext = {
    io: { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {}, cwd: '/' },
    exit: () => undefined,
  };
  return { ctx, out: () => out };
}

describe('the command list of backstride --help', () => {
  it("matches each command's own name, usage and summary", async () => {
    const program = await buildCli(context().ctx, [], { loadAll: true });
    const help = new Help();
    expect(
      program.commands.map((cmd) => ({
        name: cmd.name(),
        term: help.subcommandTerm(cmd),
        summary: cmd.description(),
      })),
    ).toEqual(COMMANDS.map(({ name, term, summary }) => ({ name, term, summary })));
  });

  it('prints the same top-level help whether the commands are loaded or not', async () => {
    const lazy = await buildCli(context().ctx, ['node', 'backstride', '--help']);
    const loaded = await buildCli(context().ctx, [], { loadAll: true });
    expect(lazy.helpInformation()).toBe(loaded.helpInformation());
    expect(lazy.helpInformation()).toContain('inspect [options] <paths...>');
  });

  it('loads the command that runs, or whose help is asked for, and only that one', async () => {
    const options = (program: Awaited<ReturnType<typeof buildCli>>, name: string) =>
      program.commands.find((cmd) => cmd.name() === name)?.options.map((o) => o.long);
    const running = await buildCli(context().ctx, ['node', 'backstride', 'inspect', 'run.fit']);
    expect(options(running, 'inspect')).toEqual(['--json']);
    expect(options(running, 'serve')).toEqual([]);
    const helping = await buildCli(context().ctx, ['node', 'backstride', 'help', 'serve']);
    expect(options(helping, 'serve')).toEqual(['--port', '--host', '--db']);
    expect(options(helping, 'inspect')).toEqual([]);
  });
});
