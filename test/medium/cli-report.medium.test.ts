import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepositories } from '../../src/store/repositories';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { runCli } from '../support/spawn';
import { REPORT_SECTIONS } from '../../src/app/report-html';

const dataDir = mkdtempSync(join(tmpdir(), 'backstride-cli-report-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { BACKSTRIDE_DATA_DIR: dataDir };

for (const dialect of DIALECTS) {
  describe(`backstride report --user [${dialect}]`, () => {
    let db: TestStore;
    afterAll(async () => db?.drop());

    it('writes the account’s report as a PDF, or as HTML for a .html file, and names an unknown account', async () => {
      db = await freshStore(dialect);
      const made = await runCli(
        ['user', 'create', '--email', 'report@example.com', '--password-stdin', '--db', db.target],
        { env, input: 'a long enough secret' },
      );
      expect(made.code, made.stderr).toBe(0);
      expect(await createRepositories(db.store.db).users.findByEmail('report@example.com')).toBeDefined();

      const pdf = join(dataDir, `${dialect}.pdf`);
      const res = await runCli(['report', '--user', 'Report@Example.com', '--db', db.target, '--out', pdf], {
        env,
      });
      expect(res.code, res.stderr).toBe(0);
      expect(res.stdout).toContain(`wrote the report (PDF) to ${pdf}`);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      for (const section of REPORT_SECTIONS) expect(text).toContain(section.toUpperCase());
      expect(text).toContain('No check-in yet.');

      const html = join(dataDir, `${dialect}.html`);
      expect(
        (await runCli(['report', '--user', 'report@example.com', '--db', db.target, '--out', html], { env }))
          .code,
      ).toBe(0);
      expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>[\s\S]*Questions for the clinician/);

      const nobody = join(dataDir, 'nobody.pdf');
      const missing = await runCli(
        ['report', '--user', 'nobody@example.com', '--db', db.target, '--out', nobody],
        { env },
      );
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/no account with the email nobody@example.com/);
      expect(existsSync(nobody)).toBe(false);
    });
  });
}
