import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PainInsightsView } from '../../src/contract/pain';
import { createRepositories } from '../../src/store/repositories';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { runCli } from '../support/spawn';

const dataDir = mkdtempSync(join(tmpdir(), 'backstride-cli-insights-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { BACKSTRIDE_DATA_DIR: dataDir };

for (const dialect of DIALECTS) {
  describe(`backstride insights --user [${dialect}]`, () => {
    let db: TestStore;
    afterAll(async () => db?.drop());

    it('prints the account’s insights as JSON or words, and names an unknown account', async () => {
      db = await freshStore(dialect);
      const made = await runCli(
        ['user', 'create', '--email', 'diary@example.com', '--password-stdin', '--db', db.target],
        { env, input: 'a long enough secret' },
      );
      expect(made.code, made.stderr).toBe(0);
      const repos = createRepositories(db.store.db);
      const user = (await repos.users.findByEmail('diary@example.com'))!;
      const day = 86_400_000;
      for (const [daysAgo, score] of [
        [3, 4],
        [2, 5],
        [40, 2],
      ] as const) {
        const at = new Date(Date.now() - daysAgo * day).toISOString();
        await repos.painEntries.insert(user.id, {
          id: `entry-${daysAgo}`,
          at,
          score,
          areas: ['low_back_central'],
          when: 'at_rest',
          easedBy: [],
          worsenedBy: [],
          note: '',
          createdAt: at,
          updatedAt: at,
        });
      }

      const json = await runCli(['insights', '--user', 'Diary@Example.com', '--json', '--db', db.target], {
        env,
      });
      expect(json.code, json.stderr).toBe(0);
      const body = JSON.parse(json.stdout) as PainInsightsView;
      expect(body.entries).toBe(3);
      expect(body.insights.map((i) => i.code)).toEqual([
        'distance_rise',
        'long_run',
        'worn_shoes',
        'treadmill',
        'morning_run',
        'plan_kept',
      ]);
      expect(body.insights.every((i) => !i.enough)).toBe(true);

      const fourWeeks = await runCli(
        ['insights', '--user', 'diary@example.com', '--weeks', '4', '--db', db.target],
        {
          env,
        },
      );
      expect(fourWeeks.code, fourWeeks.stderr).toBe(0);
      expect(fourWeeks.stdout).toMatch(/^Pain diary \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d: 2 entries\./);
      expect(fourWeeks.stdout).toContain('Long runs\n  Not enough entries yet');
      expect(fourWeeks.stdout).toContain('not proof of what causes your pain');

      const weeks = await runCli(
        ['insights', '--user', 'diary@example.com', '--weeks', '2', '--db', db.target],
        {
          env,
        },
      );
      expect(weeks.code).toBe(2);
      expect(weeks.stderr).toMatch(/--weeks.*4 to 52/);
      const missing = await runCli(['insights', '--user', 'nobody@example.com', '--db', db.target], { env });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/no account with the email nobody@example.com/);
    });
  });
}
