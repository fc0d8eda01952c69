import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { runCli, startServe } from '../support/spawn';

const dataDir = mkdtempSync(join(tmpdir(), 'backstride-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { BACKSTRIDE_DATA_DIR: dataDir };

describe('bin/backstride', () => {
  it('prints help for every command', async () => {
    for (const args of [
      ['--help'],
      ['serve', '--help'],
      ['migrate', '--help'],
      ['user', 'create', '--help'],
    ]) {
      const res = await runCli(args, { env });
      expect(res.code, args.join(' ')).toBe(0);
      expect(res.stdout).toMatch(/Usage: backstride/);
    }
  });

  it('exits 2 with a one-line reason on unknown flags and bad values', async () => {
    const cases = [
      { args: ['serve', '--bogus'], reason: /unknown option '--bogus'/ },
      { args: ['serve', '--port', 'eighty'], reason: /--port.*eighty.*whole number/ },
      { args: ['serve', '--port', '70000'], reason: /whole number/ },
      { args: ['migrate', '--db', 'mysql://x'], reason: /postgres:\/\/ URLs or SQLite/ },
      { args: ['user', 'create'], reason: /--email/ },
      { args: ['frobnicate'], reason: /unknown command/ },
    ];
    // Six real processes side by side: each start takes a few seconds on a loaded machine.
    const results = await Promise.all(cases.map((c) => runCli(c.args, { env })));
    cases.forEach((c, i) => {
      expect(results[i]?.code, c.args.join(' ')).toBe(2);
      expect(results[i]?.stderr.trim().split('\n')[0], c.args.join(' ')).toMatch(c.reason);
    });
  }, 90_000);

  it('user create refuses to prompt without a terminal and rejects short passwords', async () => {
    const noTty = await runCli(
      ['user', 'create', '--email', 'a@example.com', '--db', join(dataDir, 'u.db')],
      { env },
    );
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toMatch(/--password-stdin/);
    const short = await runCli(
      ['user', 'create', '--email', 'a@example.com', '--password-stdin', '--db', join(dataDir, 'u.db')],
      { env, input: 'short\n' },
    );
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/at least 10 characters/);
  });

  it('keeps a generated session secret private in the data folder', async () => {
    const res = await runCli(['migrate', '--db', join(dataDir, 'm.db')], { env });
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/applied \d+: 2026-11-26-0001-accounts|up to date/);
    expect(statSync(join(dataDir, 'session-secret')).mode & 0o777).toBe(0o600);
  });

  for (const dialect of DIALECTS) {
    describe(`[${dialect}]`, () => {
      let db: TestStore;
      afterAll(async () => db?.drop());

      it('serve --db answers /api/health with the right db, and a CLI-created user can log in', async () => {
        db = await freshStore(dialect, false);
        const created = await runCli(
          ['user', 'create', '--email', 'Cli@Example.com', '--password-stdin', '--db', db.target],
          { env, input: 'cli password 123\n' },
        );
        expect(created.stderr).toBe('');
        expect(created.code).toBe(0);
        expect(created.stdout).toMatch(/created user cli@example.com/);
        const again = await runCli(
          ['user', 'create', '--email', 'cli@example.com', '--password-stdin', '--db', db.target],
          {
            env,
            input: 'cli password 123',
          },
        );
        expect(again.code).toBe(1);
        expect(again.stderr).toMatch(/already exists/);

        const server = await startServe(['--db', db.target], env);
        try {
          const health = await (await fetch(`${server.url}/api/health`)).json();
          expect(health).toMatchObject({ status: 'ok', db: dialect });
          const login = await fetch(`${server.url}/api/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin: server.url },
            body: JSON.stringify({ email: 'cli@example.com', password: 'cli password 123' }),
          });
          expect(login.status).toBe(200);
        } finally {
          await server.stop();
        }
      });
    });
  }
});
