import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { runCli } from '../support/spawn';
import { CORPUS_AVAILABLE, CORPUS_DIR, corpusPresenceTest } from '../../src/importers/testing/corpus';

corpusPresenceTest();
const dataDir = mkdtempSync(join(tmpdir(), 'backstride-cli-import-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { BACKSTRIDE_DATA_DIR: dataDir };

for (const dialect of DIALECTS) {
  describe.runIf(CORPUS_AVAILABLE)(`backstride import [${dialect}]`, () => {
    let db: TestStore;
    afterAll(async () => db?.drop());

    it('imports files and archives into an account, then finds them all duplicates the second time', async () => {
      db = await freshStore(dialect);
      const created = await runCli(
        ['user', 'create', '--email', 'imp@example.com', '--password-stdin', '--db', db.target],
        {
          env,
          input: 'import password 1',
        },
      );
      expect(created.code).toBe(0);
      const paths = [
        join(CORPUS_DIR, 'strava-style-export.zip'),
        join(CORPUS_DIR, 'malformed/empty.fit'),
        join(CORPUS_DIR, 'fr945-treadmill-run.fit'),
      ];
      const first = await runCli(['import', ...paths, '--user', 'imp@example.com', '--db', db.target], {
        env,
      });
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      const summary = /imported (\d+), duplicates (\d+), recovered (\d+), failed (\d+)/.exec(first.stdout);
      expect(summary).not.toBeNull();
      const imported = Number(summary![1]);
      expect(imported).toBeGreaterThan(5);
      expect(Number(summary![4])).toBe(1);
      expect(first.stdout).toMatch(/failed\s+.*empty\.fit: empty_file/);
      const rows = await db.store.db
        .selectFrom('runs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      expect(Number(rows?.n)).toBeGreaterThanOrEqual(imported);

      const second = await runCli(['import', ...paths, '--user', 'imp@example.com', '--db', db.target], {
        env,
      });
      expect(second.stdout).toMatch(/^imported 0, duplicates \d+/);
    });

    it('names an unknown account', async () => {
      const res = await runCli(
        [
          'import',
          join(CORPUS_DIR, 'fr945-treadmill-run.fit'),
          '--user',
          'nobody@example.com',
          '--db',
          db.target,
        ],
        { env },
      );
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/no account with email nobody@example.com/);
    });
  });
}
