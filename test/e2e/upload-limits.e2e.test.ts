import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, shell } from './support/pages';
import { runsPages } from './support/runs-pages';
import { gpxRun } from '../support/importers/synthetic';

/**
 * The server answers 413 while the browser is still sending a file over the limit, and closes the
 * connection; the browser must still read that answer (not report the server unreachable).
 */
const spoolDir = mkdtempSync(join(tmpdir(), 'backstride-e2e-spool-'));
const filesDir = mkdtempSync(join(tmpdir(), 'backstride-e2e-files-'));

describe.runIf(hasChromium)('an upload over the limit in the browser (phone)', () => {
  const app = useE2eApp(() => ({ env: { BACKSTRIDE_MAX_FILE_MB: '1', TMPDIR: spoolDir } }));
  afterAll(() => {
    rmSync(spoolDir, { recursive: true, force: true });
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('says the file is too large while it is still being sent, keeps nothing, and the next upload works', async () => {
    const huge = join(filesDir, 'huge-watch-dump.fit');
    writeFileSync(huge, Buffer.alloc(48 * 1024 * 1024, 0x61));
    const run = join(filesDir, 'morning.gpx');
    writeFileSync(run, gpxRun('2026-11-20T07:00:00Z', 60));

    const context = await app.context(PHONE);
    const page = await context.newPage();
    await authPage(page).signUp('too-large@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await shell(page).open('Runs');
    const runs = runsPages(page);
    await runs.openImport();
    await runs.chooseFiles([huge]);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/huge-watch-dump\.fit is over this server's limit/);
    expect(await alert.textContent()).not.toMatch(/could not be reached/);
    await screenshot(page, 'phone-import-too-large');
    expect(readdirSync(spoolDir).filter((n) => n.startsWith('backstride-import-'))).toEqual([]);

    await page.reload();
    await runs.chooseFiles([run]);
    await runs.waitImportFinished();
    expect(await runs.summary()).toBe('1 file: added.');
    await context.close();
  });
});
