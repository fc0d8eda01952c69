import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { runCli } from '../support/spawn';
import { CORPUS_AVAILABLE, CORPUS_DIR, corpusPresenceTest } from '../support/importers/corpus';

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
      // Plain words first, the same as the web app's, adding up to the files and the entry. The
      // treadmill run is in the Strava export too: already here the second time it is met.
      const lines = first.stdout.trim().split('\n');
      expect(lines[0]).toBe(
        '15 files and 1 entry typed in by hand: 14 added, 1 already here, 1 not imported.',
      );
      expect(lines[1]).toBe(`  Not imported: ${join(CORPUS_DIR, 'malformed/empty.fit')}`);
      expect(lines[2]).toMatch(/^ {4}This file is empty, so there is nothing in it to read\. /);
      expect(lines[3]).toMatch(/^ {4}detail: empty_file: .*empty\.fit is empty$/);
      const summary =
        /^imported (\d+), recovered (\d+), duplicates (\d+), skipped (\d+), failed (\d+): (\d+) files; (\d+) new activities/.exec(
          lines[lines.length - 1]!,
        );
      expect(summary).not.toBeNull();
      const [imported, recovered, duplicates, skipped, failed, files, activities] = summary!
        .slice(1)
        .map(Number) as number[];
      expect([imported, recovered, duplicates, skipped, failed]).toEqual([14, 0, 1, 0, 1]);
      expect(files).toBe(16);
      expect(activities).toBe(14);
      const rows = await db.store.db
        .selectFrom('runs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      expect(Number(rows?.n)).toBe(activities);

      const second = await runCli(['import', ...paths, '--user', 'imp@example.com', '--db', db.target], {
        env,
      });
      expect(second.stdout).toMatch(
        /^15 files and 1 entry typed in by hand: 15 already here, 1 not imported\./,
      );
      expect(second.stdout).toMatch(
        /^imported 0, recovered 0, duplicates 15, skipped 0, failed 1: 16 files; 0 new/m,
      );
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
