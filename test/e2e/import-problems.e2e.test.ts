import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { ACTIVITIES_DIR, hasActivities, runsPages, screenshotOf } from './support/runs-pages';

const corpus = (file: string) => resolve(ACTIVITIES_DIR, file);
const DAMAGED = corpus('malformed/strava-android-run-badcrc.fit');

/** The counts as shown, added up, against the outcome labels of the list beneath. */
async function expectCountsMatchList(page: Page) {
  const runs = runsPages(page);
  const counts = await runs.counts();
  const labels = await runs.fileLabels();
  const tally: Record<string, number> = {};
  for (const label of labels) tally[label] = (tally[label] ?? 0) + 1;
  expect(counts).toEqual(tally);
  return { counts, files: labels.length };
}

describe.runIf(hasChromium && hasActivities)('damaged and unreadable files in the browser (phone)', () => {
  const app = useE2eApp();

  it('says a damaged file once, as partly read, in plain words, with the parser detail only under Details', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await authPage(page).signUp('damaged@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await shell(page).open('Runs');
    const runs = runsPages(page);
    await runs.openImport();
    await runs.chooseFiles([DAMAGED]);
    await runs.waitImportFinished();

    expect(await runs.summary()).toBe('1 file: partly read.');
    const { counts, files } = await expectCountsMatchList(page);
    expect(counts).toEqual({ 'Partly read': 1 });
    expect(files).toBe(1);
    const row = page.locator('.import-files li');
    expect(await row.textContent()).toMatch(/This file is damaged part way through\./);
    const technical = page.getByText(/undefined local type 11/);
    expect(await technical.isVisible()).toBe(false);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-import-damaged');

    await row.getByText('Details').click();
    await technical.waitFor();
    expect(await technical.textContent()).toMatch(/^partly_read: .*data message for undefined local type 11/);
    await expectNoHorizontalScroll(page);
    await screenshotOf(page.locator('.import-card'), 'phone-import-damaged-details');

    // The run keeps what survived: 0.9 km of an 11.3 km session, and says so.
    await row.getByRole('link', { name: 'See what was kept' }).click();
    await page.getByRole('heading', { name: 'Partly read', level: 2 }).waitFor();
    const headline = (await page.locator('.headline').textContent()) ?? '';
    expect(headline).toMatch(/Distance0\.9\d km/);
    expect(await page.locator('main').textContent()).not.toMatch(/11\.\d km/);
    // Its app writes distance and speed in alternate records: the pace chart still draws.
    await page.getByRole('img', { name: /^Pace/ }).waitFor();
    // Drawn as a line: many joined segments, not isolated points.
    const d = (await page.locator('.series-line').getAttribute('d')) ?? '';
    expect(d.split('L').length).toBeGreaterThan(100);
    await page.getByRole('img', { name: /^Route/ }).waitFor();
    expect(await page.getByRole('img', { name: /^Route/ }).getAttribute('aria-label')).toMatch(/0\.9\d km/);
    const damage = page.getByText(/data message for undefined local type/);
    expect(await damage.isVisible()).toBe(false);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-run-partly-read');
    await screenshotOf(page.locator('.headline'), 'phone-run-partly-read-headline');
    await screenshotOf(page.locator('.run-charts'), 'phone-run-partly-read-charts');
    await page.getByText('Details of the damage').click();
    await damage.waitFor();
    await screenshotOf(page.locator('.recovered-note'), 'phone-run-partly-read-note');

    await shell(page).open('Runs');
    await page.locator('.run-list li').first().waitFor();
    await page.locator('.run-list .chip-recovered', { hasText: 'Partly read' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('counts a batch with one unreadable file among good ones: the parts add up to the files listed', async () => {
    const context = await app.context(PHONE, 'dark');
    const page = await context.newPage();
    await authPage(page).signUp('batch@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await shell(page).open('Runs');
    const runs = runsPages(page);
    await runs.openImport();
    await runs.chooseFiles([
      corpus('malformed/empty.fit'),
      corpus('fr110-run-5laps.fit'),
      corpus('malformed/coros-apexpro-run.truncated.fit'),
      corpus('fenix5-run-short-dynamics.fit'),
    ]);
    await runs.waitImportFinished();

    expect(await runs.summary()).toBe('4 files: 2 added, 1 partly read, 1 not imported.');
    const { counts, files } = await expectCountsMatchList(page);
    expect(counts).toEqual({ Added: 2, 'Partly read': 1, 'Not imported': 1 });
    expect(files).toBe(4);
    const empty = page.locator('.import-files li', { hasText: 'empty.fit' });
    expect(await empty.textContent()).toMatch(/This file is empty, so there is nothing in it to read\./);
    const detail = empty.getByText('empty_file: empty.fit is empty');
    expect(await detail.isVisible()).toBe(false);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-dark-import-batch');
    await empty.getByText('Details').click();
    await detail.waitFor();

    await page.getByLabel('Only problems (2)').check();
    expect(await runs.fileLabels()).toEqual(['Partly read', 'Not imported']);
    expect(await detail.isVisible()).toBe(true);
    await screenshotOf(page.locator('.file-results'), 'phone-dark-import-batch-problems');

    await page.getByRole('link', { name: 'See what was kept' }).click();
    await page.getByRole('heading', { name: 'Partly read', level: 2 }).waitFor();
    await page.getByText('Details of the damage').click();
    await page.getByText(/message cut off at byte/).waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-dark-run-partly-read');
    await context.close();
  });
});
