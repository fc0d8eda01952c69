import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { DESKTOP, hasChromium, PHONE, SCREENSHOT_DIR, screenshot } from './support/browser';
import { pageApi } from './support/page-api';
import { useE2eApp } from './support/app';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { GARMIN_ZIP, hasActivities, runsPages, screenshotOf, STRAVA_ZIP } from './support/runs-pages';

/** Screenshots the import while it is still reading files, if it is not already done. */
async function captureProgress(page: Page, name: string) {
  try {
    await page
      .getByRole('heading', { name: /Sending your files|Reading your files/ })
      .waitFor({ timeout: 3000 });
    await screenshot(page, name);
  } catch {
    // Too quick to catch: the finished state is captured instead.
  }
}

describe.runIf(hasChromium && hasActivities)('runs in the browser', () => {
  const app = useE2eApp();

  it('imports a Strava export, lists the runs and shows one with charts and route; adds, edits and deletes a treadmill run (phone)', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await authPage(page).signUp('runs@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await shell(page).open('Runs');
    await page.getByText('Import your runs from a Strava or Garmin export').waitFor();
    await screenshot(page, 'phone-runs-empty');

    const runs = runsPages(page);
    await runs.openImport();
    await screenshot(page, 'phone-import-choose');
    await runs.chooseFiles([STRAVA_ZIP]);
    await captureProgress(page, 'phone-import-progress');
    await runs.waitImportFinished();
    const counts = await runs.counts();
    expect(counts['Added']).toBeGreaterThan(0);
    expect(await page.getByRole('status').filter({ hasText: /added/ }).count()).toBe(1);
    expect(await page.locator('.import-files li').count()).toBeGreaterThan(0);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-import-done');

    await page.getByRole('link', { name: 'See your runs' }).click();
    await page.getByRole('heading', { name: 'Runs', level: 1 }).waitFor();
    await page.locator('.run-list li').first().waitFor();
    expect(await page.locator('.run-list li').count()).toBeGreaterThanOrEqual(counts['Added']!);
    expect(await page.locator('.run-row-stats').first().textContent()).toMatch(
      /\d+\.\d+ km.*\d:\d\d.*\d:\d\d \/km/,
    );
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-runs-list');
    await screenshotOf(page.locator('.weekly-chart'), 'phone-runs-weekly-chart');

    const id = await runs.findRunWithEverything();
    await runs.openRun(id);
    for (const name of [/^Pace/, /^Heart rate/, /^Cadence/, /^Route/]) {
      await runs.chart(name).waitFor();
      const box = await runs.chart(name).boundingBox();
      expect(box?.width).toBeGreaterThan(250);
    }
    expect(await page.locator('.series-line').count()).toBe(3);
    for (const d of await page
      .locator('.series-line')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? '')))
      expect(d.length).toBeGreaterThan(50);
    expect(await page.locator('.route-line').getAttribute('points')).toMatch(/(\d+\.\d,\d+\.\d ){10}/);
    expect(await page.getByText(/^Average \d+:\d\d \/km/).count()).toBe(1);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-run-page');
    await screenshotOf(page.locator('.headline'), 'phone-run-page-headline');
    await screenshotOf(page.locator('.tone-pace'), 'phone-run-page-pace');
    await screenshotOf(page.locator('.tone-hr'), 'phone-run-page-hr');
    await screenshotOf(page.locator('.tone-cadence'), 'phone-run-page-cadence');
    await screenshotOf(page.locator('.route-map'), 'phone-run-page-route');

    // A treadmill run by hand, checked as it is typed.
    await shell(page).open('Runs');
    await page.getByRole('link', { name: 'Add a run by hand' }).click();
    await page.getByRole('heading', { name: 'Add a run by hand', level: 1 }).waitFor();
    const distance = page.getByLabel('Distance (km)');
    await distance.fill('5k');
    await page.getByText('Use a number, like 5.2.').waitFor();
    await distance.fill('6.4');
    expect(await page.getByText('Use a number, like 5.2.').count()).toBe(0);
    await page.getByLabel('minutes').fill('75');
    await page.getByText('Minutes and seconds go up to 59.').waitFor();
    await page.getByLabel('minutes').fill('35');
    await page.getByLabel('seconds').fill('12');
    await page.getByText('Pace 5:30 /km').waitFor();
    await page.getByLabel('Indoors, on a treadmill').check();
    expect(await page.getByLabel('Surface').inputValue()).toBe('treadmill');
    await page.getByLabel('Shoe (optional)').selectOption({ label: 'No shoe' });
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-run-new');
    await page.getByRole('button', { name: 'Save run' }).click();
    await page.getByRole('heading', { name: 'Treadmill run', level: 1 }).waitFor();
    expect(await page.locator('.headline').textContent()).toMatch(/6\.4 km.*35:12.*5:30 \/km/);
    await screenshot(page, 'phone-run-manual');

    // A run that just ended asks how the back is, for the pain diary.
    const quick = page.locator('.quick-pain');
    await quick.getByRole('heading', { name: 'How is your back after this run?' }).waitFor();
    await quick.getByRole('button', { name: 'Save to my pain diary' }).click();
    await quick.getByText('Please choose a number.').waitFor();
    await quick.getByRole('radio', { name: '3 out of 10' }).check();
    await quick
      .locator('.pain-buttons')
      .screenshot({ path: join(SCREENSHOT_DIR, 'phone-run-quick-pain.png') });
    await quick.getByRole('button', { name: 'Save to my pain diary' }).click();
    await quick.getByRole('status').getByText('Saved 3/10 to your pain diary.').waitFor();
    const diary = await pageApi<{ items: { score: number; when: string; note: string }[] }>(
      page,
      'GET',
      '/api/pain',
    );
    expect(diary.items).toHaveLength(1);
    expect(diary.items[0]).toMatchObject({ score: 3, when: 'after_run' });
    expect(diary.items[0]!.note).toMatch(/^After the run of /);

    await page.getByLabel('Surface').selectOption('track');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.save-status').filter({ hasText: 'Saved' }).waitFor();
    await expect.poll(() => page.locator('.run-when').textContent()).toMatch(/Track/);
    const manualPath = new URL(page.url()).pathname;

    await page.getByRole('button', { name: 'Delete this run' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByRole('heading', { name: 'Runs', level: 1 }).waitFor();
    await page.locator('.run-list li').first().waitFor();
    expect(await page.locator(`a[href="${manualPath}"]`).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a Garmin export with its failures and duplicates, and the pages in dark on a desktop', async () => {
    const context = await app.context(DESKTOP, 'dark');
    const page = await context.newPage();
    await authPage(page).signUp('garmin@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await shell(page).open('Runs');
    const runs = runsPages(page);
    await runs.openImport();
    await runs.chooseFiles([GARMIN_ZIP, STRAVA_ZIP]);
    await captureProgress(page, 'desktop-dark-import-progress');
    await runs.waitImportFinished();
    const counts = await runs.counts();
    expect(counts['Added']).toBeGreaterThan(0);
    expect(counts['Already here']).toBeGreaterThan(0);
    // The truncated COROS run in the Garmin export is in the Strava export whole: the complete copy is kept.
    expect(counts['Partly read']).toBeUndefined();
    expect(counts['Nothing to import']).toBe(2);
    expect(await runs.summary()).toMatch(
      /^22 files and 1 entry typed in by hand: 15 added, 6 already here, 2 with nothing to import\./,
    );
    expect(await page.locator('.import-source').textContent()).toBe('garmin-style-export.zip and 1 more');
    expect(await page.getByText('Entry typed in by hand (1000000582)').count()).toBe(1);
    expect(await page.getByText(/a complete copy of this activity came later in this import/).count()).toBe(
      1,
    );
    await screenshot(page, 'desktop-dark-import-done');

    // Leaving and coming back: the page picks the last import up from the server.
    await page.getByRole('link', { name: 'See your runs' }).click();
    await page.locator('.run-list li').first().waitFor();
    await screenshot(page, 'desktop-dark-runs-list');
    await page.getByLabel('Show other sports too').check();
    // The multisport file's ride shows with the other sports, at a speed.
    await page.locator('.run-row-stats').filter({ hasText: 'km/h' }).first().waitFor();
    expect(await page.getByText('Partly read', { exact: true }).count()).toBe(0);
    await screenshot(page, 'desktop-dark-runs-all-sports');
    await page.getByLabel('Show other sports too').uncheck();
    await page.locator('.weekly-chart').waitFor();
    const id = await runs.findRunWithEverything();
    await runs.openRun(id);
    await runs.chart(/^Route/).waitFor();
    await screenshot(page, 'desktop-dark-run-page');
    await context.close();
  });

  it('picks up an import still running when the runner comes back, with counts and an estimate (server answers stubbed)', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await authPage(page).signUp('later@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    // A big export half read: each poll moves it on by 40 files, as a real one would.
    let polls = 0;
    const status = () => {
      const filesDone = Math.min(1200, 400 + polls * 40);
      return {
        id: 'imp1',
        state: filesDone >= 1200 ? 'done' : 'processing',
        filename: 'export_12345678.zip',
        createdAt: new Date().toISOString(),
        filesDone,
        filesTotal: 1200,
        bytesDone: filesDone * 350_000,
        bytesTotal: 1200 * 350_000,
        imported: filesDone - 30,
        duplicates: 22,
        recovered: 3,
        failed: 5,
        skipped: 0,
        entries: 0,
        activities: filesDone - 27,
        replaced: 0,
        files: [
          {
            source: 'export_12345678.zip!activities/1.fit.gz',
            status: 'imported',
            error: null,
            runIds: ['r1'],
            entry: false,
          },
          {
            source: 'export_12345678.zip!activities/2.fit.gz',
            status: 'duplicate',
            error: { code: 'duplicate', message: 'the same file was imported before' },
            runIds: [],
            entry: false,
          },
          {
            source: 'export_12345678.zip!activities/3.gpx',
            status: 'failed',
            error: { code: 'corrupt_file', message: 'unexpected end of XML at line 3' },
            runIds: [],
            entry: false,
          },
        ],
        error: null,
      };
    };
    await page.route('**/api/imports', (route) =>
      route.fulfill({ json: { items: [{ ...status(), files: [] }] } }),
    );
    await page.route('**/api/imports/imp1', (route) => {
      polls++;
      return route.fulfill({ json: status() });
    });
    await shell(page).open('Runs');
    await page.getByRole('status').filter({ hasText: 'An import is running' }).waitFor();
    await page.getByRole('link', { name: 'See progress' }).click();
    await page.getByRole('heading', { name: 'Reading your files' }).waitFor();
    await page.getByText(/^(About .*|A few seconds) left\./).waitFor();
    expect(await page.locator('.import-numbers').textContent()).toMatch(
      /\d+ of 1200 files · \d+ MB of 420 MB · \d+%/,
    );
    expect(await page.getByText(/^This file is damaged, and none of it could be read\./).count()).toBe(1);
    expect(await page.getByText(/unexpected end of XML/).isVisible()).toBe(false);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-import-progress-midway');
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 30_000 });
    await context.close();
  });
});
