import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError, type CliContext } from './context';
import { readAll } from './read-secret';

/**
 * The text of FILE (relative to the working folder), or of standard input when FILE is absent or `-`.
 * A terminal on standard input is a usage error saying `hint` (what to give instead).
 * @example const text = await readInput(ctx, file, 'give a FILE, or pipe a check-in into standard input');
 */
export async function readInput(ctx: CliContext, file: string | undefined, hint: string): Promise<string> {
  if (file !== undefined && file !== '-') {
    try {
      return await readFile(resolve(ctx.io.cwd, file), 'utf8');
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
      throw new UsageError(`cannot read ${file} (${reason})`);
    }
  }
  if (ctx.io.stdin.isTTY) throw new UsageError(hint);
  return readAll(ctx.io.stdin);
}
