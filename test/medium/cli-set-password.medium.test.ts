import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { runCli } from '../support/spawn';
import { createRepositories } from '../../src/store/repositories';
import { verifyPassword } from '../../src/app/passwords';

const dataDir = mkdtempSync(join(tmpdir(), 'backstride-cli-pw-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { BACKSTRIDE_DATA_DIR: dataDir };
const T0 = '2026-12-01T10:00:00.000Z';
const LATER = '2099-01-01T00:00:00.000Z';

/** The CLI in this process (fast), with standard input and captured output; the spawned binary is tested once above. */
async function runInProcess(args: string[], input?: string) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _enc, done) {
        append(chunk.toString());
        done();
      },
    });
  const stdin = Object.assign(Readable.from(input === undefined ? [] : [input]), { isTTY: false });
  const code = await main(['node', 'backstride', ...args], {
    stdin,
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    env,
    cwd: dataDir,
  });
  return { code, stdout, stderr };
}

for (const dialect of DIALECTS) {
  describe(`backstride user set-password [${dialect}]`, () => {
    let db: TestStore;
    beforeAll(async () => {
      db = await freshStore(dialect);
    });
    afterAll(async () => db?.drop());

    it('sets the password, ends that user’s sessions and voids their reset links, nobody else’s', async () => {
      const created = await runCli(
        ['user', 'create', '--email', 'ana@example.org', '--password-stdin', '--db', db.target],
        { env, input: 'the first password\n' },
      );
      expect(created.code).toBe(0);
      const repos = createRepositories(db.store.db);
      await repos.users.create({ id: 'ben', email: 'ben@example.org', passwordHash: 'x', createdAt: T0 });
      const ana = await repos.users.findByEmail('ana@example.org');
      if (!ana) throw new Error('ana was not created');
      for (const [tokenHash, userId] of [
        ['ana-phone', ana.id],
        ['ana-laptop', ana.id],
        ['ben-phone', 'ben'],
      ] as const) {
        await repos.sessions.create({ tokenHash, userId, createdAt: T0, expiresAt: LATER, lastSeenAt: T0 });
      }
      await repos.passwordResets.create({
        tokenHash: 'ana-link',
        userId: ana.id,
        createdAt: T0,
        expiresAt: LATER,
        usedAt: null,
      });

      const res = await runCli(
        ['user', 'set-password', '--email', ' ANA@example.org', '--password-stdin', '--db', db.target],
        { env, input: 'a better password\n' },
      );
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      expect(res.stdout).toBe('set a new password for ana@example.org; ended 2 sessions\n');
      const after = await repos.users.findByEmail('ana@example.org');
      expect(await verifyPassword('a better password', after?.passwordHash ?? '')).toBe(true);
      expect(await verifyPassword('the first password', after?.passwordHash ?? '')).toBe(false);
      expect(await repos.sessions.findActive('ana-phone', T0)).toBeUndefined();
      expect(await repos.sessions.findActive('ana-laptop', T0)).toBeUndefined();
      expect(await repos.sessions.findActive('ben-phone', T0)).toMatchObject({ userId: 'ben' });
      expect(await repos.passwordResets.find('ana-link')).toBeUndefined();
    });

    it('exits 2 with a clear reason for an unknown email, a short password or no terminal', async () => {
      const unknown = await runInProcess(
        ['user', 'set-password', '--email', 'nobody@example.org', '--password-stdin', '--db', db.target],
        'a better password\n',
      );
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toBe('error: there is no account with the email nobody@example.org\n');
      const short = await runInProcess(
        ['user', 'set-password', '--email', 'ana@example.org', '--password-stdin', '--db', db.target],
        'short\n',
      );
      expect(short.code).toBe(2);
      expect(short.stderr).toMatch(/at least 10 characters/);
      const noTty = await runInProcess([
        'user',
        'set-password',
        '--email',
        'ana@example.org',
        '--db',
        db.target,
      ]);
      expect(noTty.code).toBe(2);
      expect(noTty.stderr).toMatch(/--password-stdin/);
      const noEmail = await runInProcess(['user', 'set-password', '--password-stdin', '--db', db.target], '');
      expect(noEmail.code).toBe(2);
      expect(noEmail.stderr).toMatch(/--email/);
      const ana = await createRepositories(db.store.db).users.findByEmail('ana@example.org');
      expect(await verifyPassword('a better password', ana?.passwordHash ?? '')).toBe(true);
    });
  });
}

describe('backstride user set-password --help', () => {
  it('explains the command', async () => {
    const res = await runInProcess(['user', 'set-password', '--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Usage: backstride user set-password/);
    expect(res.stdout).toMatch(/--password-stdin/);
  });
});
