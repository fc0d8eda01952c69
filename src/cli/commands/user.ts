import type { Command } from 'commander';
import { withStore } from '../store';
import { type CliContext, UsageError, writeLine } from '../context';
import { dbOption, DB_HELP } from '../options';
import { askHidden, readAll } from '../read-secret';
import { registerBodySchema } from '../../core/account/credentials';
import { registerAccount, setPassword } from '../../app/accounts';
import { changePassword } from '../../app/sessions';
import { emailSchema, newPasswordSchema } from '../../core/account/credentials';
import { createRepositories } from '../../store/repositories';

interface UserOptions {
  email: string;
  passwordStdin?: boolean;
  db?: string;
}

export function registerUser(program: Command, ctx: CliContext): void {
  const user = program.command('user').description('manage accounts');
  user
    .command('create')
    .description('create an account (asks for the password, or reads it with --password-stdin)')
    .requiredOption('--email <email>', 'email address to log in with')
    .option('--password-stdin', 'read the password from standard input')
    .option('--db <target>', DB_HELP, dbOption)
    .action(async (opts: UserOptions) => {
      const { email, password } = await credentials(ctx, opts);
      await withStore(ctx, opts.db, async (store) => {
        const created = await registerAccount(createRepositories(store.db), { email, password }, new Date());
        if (!created.ok) {
          writeLine(ctx.io.stderr, `error: an account with email ${email} already exists`);
          ctx.exit(1);
          return;
        }
        writeLine(ctx.io.stdout, `created user ${created.value.email} (${created.value.id})`);
      });
    });
  user
    .command('set-password')
    .description(
      'set a new password for an account and log it out everywhere (asks for the password, or reads it with --password-stdin)',
    )
    .requiredOption('--email <email>', 'email address of the account')
    .option('--password-stdin', 'read the new password from standard input')
    .option('--db <target>', DB_HELP, dbOption)
    .action(async (opts: UserOptions) => {
      const input = await credentials(ctx, opts);
      await withStore(ctx, opts.db, async (store) => {
        const changed = await setPassword(store.db, input);
        if (!changed.ok) throw new UsageError(`there is no account with the email ${input.email}`);
        const { email, sessionsEnded } = changed.value;
        const ended = sessionsEnded === 1 ? '1 session' : `${sessionsEnded} sessions`;
        writeLine(ctx.io.stdout, `set a new password for ${email}; ended ${ended}`);
      });
    });
  user
    .command('change-password')
    .description(
      'change the password of an account, giving its current one, and log it out everywhere (asks for both, or reads the current and the new one as two lines with --password-stdin)',
    )
    .requiredOption('--email <email>', 'email address of the account')
    .option(
      '--password-stdin',
      'read the current password, then the new one, one per line, from standard input',
    )
    .option('--db <target>', DB_HELP, dbOption)
    .action(async (opts: UserOptions) => {
      const email = emailSchema.safeParse(opts.email);
      if (!email.success) throw new UsageError(email.error.issues.map((i) => i.message).join('; '));
      const { currentPassword, newPassword } = await passwordPair(ctx, Boolean(opts.passwordStdin));
      const parsed = newPasswordSchema.safeParse(newPassword);
      if (!parsed.success)
        throw new UsageError(`new ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      await withStore(ctx, opts.db, async (store) => {
        const user = await createRepositories(store.db).users.findByEmail(email.data);
        if (!user) throw new UsageError(`there is no account with the email ${email.data}`);
        const changed = await changePassword(store.db, user.id, null, {
          currentPassword,
          newPassword: parsed.data,
        });
        if (!changed.ok) {
          writeLine(ctx.io.stderr, `error: ${changed.error.message}`);
          ctx.exit(1);
          return;
        }
        const n = changed.value.sessionsEnded;
        writeLine(
          ctx.io.stdout,
          `changed the password of ${email.data}; ended ${n === 1 ? '1 session' : `${n} sessions`}`,
        );
      });
    });
}

/** The current and the new password: two lines of standard input, or asked for without showing them. */
async function passwordPair(
  ctx: CliContext,
  fromStdin: boolean,
): Promise<{ currentPassword: string; newPassword: string }> {
  if (fromStdin) {
    const [currentPassword = '', newPassword = ''] = (await readAll(ctx.io.stdin)).split(/\r?\n/);
    return { currentPassword, newPassword };
  }
  if (!ctx.io.stdin.isTTY)
    throw new UsageError('no terminal to ask for the passwords on; pass --password-stdin');
  const currentPassword = await askHidden('Current password: ', ctx.io.stdin, ctx.io.stderr);
  const newPassword = await obtainPassword(ctx, false);
  return { currentPassword, newPassword };
}

/** The email and password, checked with the same rules as sign-up; a bad one is a usage error (exit 2). */
async function credentials(ctx: CliContext, opts: UserOptions): Promise<{ email: string; password: string }> {
  const password = await obtainPassword(ctx, Boolean(opts.passwordStdin));
  const parsed = registerBodySchema.safeParse({ email: opts.email, password });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
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
