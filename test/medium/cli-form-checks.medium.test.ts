import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FormCheckView } from '../../src/contract/form';
import type { SavedFormCheck } from '../../src/core/form/saved-check';
import { createRepositories } from '../../src/store/repositories';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { runCli } from '../support/spawn';
import { aFormCheck } from '../support/form-checks';

const dataDir = mkdtempSync(join(tmpdir(), 'backstride-cli-form-checks-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { BACKSTRIDE_DATA_DIR: dataDir };

function saved(id: string, createdAt: string, extra: Partial<SavedFormCheck> = {}): SavedFormCheck {
  const { note: _n, recordedOn: _r, ...body } = aFormCheck();
  return { ...(body as Omit<SavedFormCheck, 'id'>), id, createdAt, recordedOn: null, note: '', ...extra };
}

for (const dialect of DIALECTS) {
  describe(`backstride form-checks --user [${dialect}]`, () => {
    let db: TestStore;
    afterAll(async () => db?.drop());

    it('lists the account’s saved checks newest first, as JSON or lines, and names an unknown account', async () => {
      db = await freshStore(dialect);
      const made = await runCli(
        ['user', 'create', '--email', 'form@example.com', '--password-stdin', '--db', db.target],
        { env, input: 'a long enough secret' },
      );
      expect(made.code, made.stderr).toBe(0);
      const repos = createRepositories(db.store.db);
      const user = (await repos.users.findByEmail('form@example.com'))!;

      const empty = await runCli(['form-checks', '--user', 'form@example.com', '--db', db.target], { env });
      expect(empty.code, empty.stderr).toBe(0);
      expect(empty.stdout).toBe('No saved form checks yet.\n');

      await repos.formChecks.insert(
        user.id,
        saved('check-old', '2026-11-01T07:00:00.000Z', { recordedOn: '2026-10-31' }),
      );
      await repos.formChecks.insert(
        user.id,
        saved('check-new', '2026-11-20T07:00:00.000Z', {
          cadenceSpm: { value: 171.4, spread: 2, band: 2 },
          cue: null,
          cadenceTargetSpm: null,
          note: 'after the drills',
        }),
      );

      const json = await runCli(['form-checks', '--user', 'Form@Example.com', '--json', '--db', db.target], {
        env,
      });
      expect(json.code, json.stderr).toBe(0);
      const body = JSON.parse(json.stdout) as { items: FormCheckView[] };
      expect(body.items.map((c) => c.id)).toEqual(['check-new', 'check-old']);
      expect(body.items[1]).toMatchObject({
        recordedOn: '2026-10-31',
        cue: 'land_under_hips',
        cadenceTargetSpm: 172,
      });

      const words = await runCli(['form-checks', '--user', 'form@example.com', '--db', db.target], { env });
      expect(words.code, words.stderr).toBe(0);
      expect(words.stdout.split('\n')).toEqual([
        '2 saved form checks, newest first:',
        '2026-11-20  cadence 171 ± 2 spm  overstride 0.21 ± 0.04 leg lengths  trunk lean 6 ± 6°  cue: nothing stood out  (after the drills)',
        '2026-10-31  cadence 164 ± 2 spm  overstride 0.21 ± 0.04 leg lengths  trunk lean 6 ± 6°  cue: Land under your hips',
        '',
      ]);

      const missing = await runCli(['form-checks', '--user', 'nobody@example.com', '--db', db.target], {
        env,
      });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/no account with the email nobody@example.com/);
    });
  });
}
