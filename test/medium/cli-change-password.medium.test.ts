import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { createRepositories } from '../../src/store/repositories';
import { verifyPassword } from '../../src/app/passwords';

const dataDir = mkdtempSync(join(tmpdir(), 'backstride-cli-change-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { BACKSTRIDE_DATA_DIR: dataDir };
const T0 = '2026-12-01T10:00:00.000Z';
const LATER = '2099-01-01T00:00:00.000Z';

/** The CLI in this process, with standard input and captured output. */
async function run(args: string[], input?: string) {
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
  describe(`backstride user change-password [${dialect}]`, () => {
    let db: TestStore;
    beforeAll(async () => {
      db = await freshStore(dialect);
      const created = await run(
        ['user', 'create', '--email', 'ana@example.org', '--password-stdin', '--db', db.target],
        'the first password\n',
      );
      expect(created.code).toBe(0);
    });
    afterAll(async () => db?.drop());

    const change = (input: string, email = 'ana@example.org') =>
      run(['user', 'change-password', '--email', email, '--password-stdin', '--db', db.target], input);

    it('changes the password given the current one, and logs the account out everywhere', async () => {
      const repos = createRepositories(db.store.db);
      const ana = await repos.users.findByEmail('ana@example.org');
      for (const tokenHash of ['phone', 'laptop']) {
        await repos.sessions.create({
          tokenHash,
          userId: ana!.id,
          createdAt: T0,
          expiresAt: LATER,
          lastSeenAt: T0,
        });
      }
      const res = await change('the first password\na second password\n');
      expect(res).toMatchObject({ code: 0, stderr: '' });
      expect(res.stdout).toBe('changed the password of ana@example.org; ended 2 sessions\n');
      const after = await repos.users.findByEmail('ana@example.org');
      expect(await verifyPassword('a second password', after!.passwordHash)).toBe(true);
      expect(await repos.sessions.listForUser(ana!.id, T0)).toEqual([]);
    });

    it('refuses a wrong current password, a short new one and an unknown account, changing nothing', async () => {
      const wrong = await change('not the password\na third password\n');
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toBe(
        'error: Your current password is not right, so the password was not changed.\n',
      );
      const short = await change('a second password\nshort\n');
      expect(short.code).toBe(2);
      expect(short.stderr).toMatch(/password must be at least 10 characters/);
      const unknown = await change('a second password\na third password\n', 'nobody@example.org');
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/there is no account with the email nobody@example.org/);
      const ana = await createRepositories(db.store.db).users.findByEmail('ana@example.org');
      expect(await verifyPassword('a second password', ana!.passwordHash)).toBe(true);
    });
  });
}
