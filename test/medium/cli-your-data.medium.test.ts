import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { gpxRun } from '../support/importers/synthetic';
import { runCli } from '../support/spawn';
import { zipEntries } from '../support/zip-entries';

const dataDir = mkdtempSync(join(tmpdir(), 'backstride-cli-your-data-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { BACKSTRIDE_DATA_DIR: dataDir };

for (const dialect of DIALECTS) {
  describe(`backstride export and import-account [${dialect}]`, () => {
    let db: TestStore;
    afterAll(async () => db?.drop());

    it('exports an account to a zip and brings it into an empty one; refuses one with data', async () => {
      db = await freshStore(dialect);
      for (const email of ['from@example.com', 'to@example.com']) {
        const made = await runCli(
          ['user', 'create', '--email', email, '--password-stdin', '--db', db.target],
          {
            env,
            input: 'a long enough secret\n',
          },
        );
        expect(made.code, made.stderr).toBe(0);
      }
      const gpx = join(dataDir, `${dialect}-run.gpx`);
      writeFileSync(gpx, gpxRun('2026-11-18T07:00:00Z', 20));
      const imported = await runCli(['import', '--user', 'from@example.com', '--db', db.target, gpx], {
        env,
      });
      expect(imported.code, imported.stderr).toBe(0);

      const out = join(dataDir, `${dialect}-export.zip`);
      const exported = await runCli(
        ['export', '--user', 'From@Example.com', '--db', db.target, '--out', out],
        { env },
      );
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout).toContain('1 runs');
      expect(exported.stdout).toContain('1 activity files');
      const entries = await zipEntries(readFileSync(out));
      const activity = [...entries.keys()].find((n) => n.startsWith('activities/'));
      expect(entries.get(activity!)?.toString('utf8')).toBe(readFileSync(gpx, 'utf8'));

      const brought = await runCli(['import-account', '--user', 'to@example.com', '--db', db.target, out], {
        env,
      });
      expect(brought.code, brought.stderr).toBe(0);
      expect(brought.stdout).toContain('1 runs');
      const runs = await db.store.db
        .selectFrom('runs')
        .innerJoin('users', 'users.id', 'runs.user_id')
        .select(['users.email', 'runs.distance_m'])
        .orderBy('users.email')
        .execute();
      expect(runs.map((r) => r.email)).toEqual(['from@example.com', 'to@example.com']);
      expect(runs[0]!.distance_m).toBe(runs[1]!.distance_m);

      const again = await runCli(['import-account', '--user', 'to@example.com', '--db', db.target, out], {
        env,
      });
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('account_not_empty');
    });
  });
}
