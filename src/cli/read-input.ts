import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError, type CliContext } from './context';
import { readAll } from './read-secret';
import type { z } from 'zod';
import { formatIssues } from '../core/checkin/schema';

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

/**
 * `text` read as JSON and checked with `schema`; otherwise a usage error (exit 2) naming each wrong field, the
 * first ten of them: `invalid input: runs[2].distanceM: …`.
 * @example const input = parseJsonInput(await readInput(ctx, file, hint), planInputSchema);
 */
export function parseJsonInput<S extends z.ZodType>(text: string, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error).slice(0, 10);
    const more = parsed.error.issues.length > 10 ? `; and ${parsed.error.issues.length - 10} more` : '';
    const lines = issues.map((i) => `${i.path || '(the whole input)'}: ${i.message}`);
    throw new UsageError(`invalid input: ${lines.join('; ')}${more}`);
  }
  return parsed.data;
}
