import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { type CliContext, UsageError, writeLine } from '../context';
import { dbOption, DB_HELP } from '../options';
import { askHidden, readAll } from '../read-secret';
import { registerBodySchema } from '../../core/account/credentials';
import { resolveServerSettings } from '../../server/config';
import { hashPassword } from '../../server/passwords';
import { openStore } from '../../store/database';
import { migrateToLatest } from '../../store/migrate';
import { createRepositories } from '../../store/repositories';

export function registerUser(program: Command, ctx: CliContext): void {
  const user = program.command('user').description('manage accounts');
  user
    .command('create')
    .description('create an account (asks for the password, or reads it with --password-stdin)')
    .requiredOption('--email <email>', 'email address to log in with')
    .option('--password-stdin', 'read the password from standard input')
    .option('--db <target>', DB_HELP, dbOption)
    .action(async (opts: { email: string; passwordStdin?: boolean; db?: string }) => {
      const password = await obtainPassword(ctx, Boolean(opts.passwordStdin));
      const parsed = registerBodySchema.safeParse({ email: opts.email, password });
      if (!parsed.success) {
        throw new UsageError(parsed.error.issues.map((i) => i.message).join('; '));
      }
      const settings = resolveServerSettings(ctx.io.env, ctx.io.cwd, { db: opts.db });
      const store = openStore(settings.database);
      try {
        await migrateToLatest(store);
        const created = await createRepositories(store.db).users.create({
          id: randomUUID(),
          email: parsed.data.email,
          passwordHash: await hashPassword(parsed.data.password),
          createdAt: new Date().toISOString(),
        });
        if (!created.ok) {
          writeLine(ctx.io.stderr, `error: an account with email ${parsed.data.email} already exists`);
          ctx.exit(1);
          return;
        }
        writeLine(ctx.io.stdout, `created user ${created.user.email} (${created.user.id})`);
      } finally {
        await store.close();
      }
    });
}

async function obtainPassword(ctx: CliContext, fromStdin: boolean): Promise<string> {
  if (fromStdin) return (await readAll(ctx.io.stdin)).replace(/\r?\n$/, '');
  if (!ctx.io.stdin.isTTY)
    throw new UsageError('no terminal to ask for the password on; pass --password-stdin');
  const first = await askHidden('Password (10+ characters): ', ctx.io.stdin, ctx.io.stderr);
  const second = await askHidden('Repeat password: ', ctx.io.stdin, ctx.io.stderr);
  if (first !== second) throw new UsageError('the two passwords differ');
  return first;
}
