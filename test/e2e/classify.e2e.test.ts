import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { runsPages, screenshotOf } from './support/runs-pages';
import { sampleTcx } from './support/sample-activity';
import { expectNoAxeViolations } from './support/axe';
import { typelessGpx } from '../support/importers/synthetic';

/** A run with a type and, the same day, a GPX without one (30 min at 5:03 /km, 172 steps a minute). */
function files(now: Date) {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 2);
  const start = new Date(day + 17 * 3600_000).toISOString();
  return [
    {
      name: 'morning-loop.tcx',
      mimeType: 'application/vnd.garmin.tcx+xml',
      buffer: Buffer.from(sampleTcx(now)),
    },
    {
      name: 'evening.gpx',
      mimeType: 'application/gpx+xml',
      buffer: Buffer.from(typelessGpx(start, { points: 181, speedMps: 3.3, cadence: 172 })),
    },
  ];
}

/** The weekly chart's bars as they describe themselves ("Week of 23 Nov: 10.1 km, 2 runs"). */
const barTitles = async (page: Page) => page.locator('.weekly-chart rect title').allTextContents();

describe.runIf(hasChromium)('activities of unknown sport in the browser', () => {
  const app = useE2eApp();

  it('shows a typeless GPX as waiting, and one tap on the suggestion counts it in the weekly chart (phone)', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await authPage(page).signUp('classify@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await shell(page).open('Runs');
    const runs = runsPages(page);
    await runs.openImport();
    await page.getByLabel(/Choose files/).setInputFiles(files(new Date()));
    await page.getByRole('button', { name: 'Import 2 files' }).click();
    await runs.waitImportFinished();
    expect((await runs.counts())['Added']).toBe(2);
    await page.getByRole('link', { name: 'See your runs' }).click();

    // Waiting: named in the banner, asked in the list, and in no bar of the chart.
    await page.getByText('1 activity needs a sport').waitFor();
    expect(await page.locator('.run-list > li').count()).toBe(2);
    await page.locator('.weekly-chart').waitFor();
    expect(await barTitles(page)).toEqual([expect.stringMatching(/: \d+\.\d km, 1 run$/)]);
    const before = (await barTitles(page))[0]!;
    const question = page.getByRole('group', { name: 'Was this a run, a walk or a ride?' });
    expect(await question.count()).toBe(1);
    expect(await question.textContent()).toMatch(
      /^Was this a run, a walk or a ride\?Pace 5:0\d \/km and 172 steps a minute look like a run\./,
    );
    const suggested = question.getByRole('button', { name: /^Run\W+suggested$/ });
    expect(await suggested.getAttribute('class')).toMatch(/primary/);
    for (const name of ['Walk', 'Ride', 'Other'])
      expect(await question.getByRole('button', { name, exact: true }).count()).toBe(1);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'runs with an activity of unknown sport (phone)');
    await screenshot(page, 'phone-runs-unclassified');
    await screenshotOf(page.locator('.run-unclassified'), 'phone-runs-unclassified-question');

    // The banner filters the list to what waits.
    await page.getByRole('button', { name: 'Show it' }).click();
    await page.getByRole('heading', { name: '1 activity without a sport' }).waitFor();
    expect(await page.locator('.run-list > li').count()).toBe(1);
    expect(await page.locator('.run-list').textContent()).toMatch(/Evening activity/);
    await screenshot(page, 'phone-runs-unclassified-only');

    // One tap: saved, gone from what waits, and counted in the week's bar without a reload.
    await question.getByRole('button', { name: /^Run\W+suggested$/ }).click();
    await page.getByRole('status').filter({ hasText: 'Evening run saved as a run.' }).waitFor();
    await page.getByText('Every activity has a sport now').waitFor();
    expect(await page.getByRole('group', { name: 'Was this a run, a walk or a ride?' }).count()).toBe(0);
    await page.locator('.weekly-chart rect title', { hasText: '2 runs' }).waitFor({ state: 'attached' });
    const after = (await barTitles(page))[0]!;
    const km = (title: string) => Number(/: (\d+\.\d) km/.exec(title)![1]);
    expect(km(after) - km(before)).toBeCloseTo(6, 0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      '0 activities without a sport',
    );
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-runs-classified');

    await page.getByRole('button', { name: 'Show all runs' }).click();
    await page.getByRole('heading', { name: '2 runs' }).waitFor();
    expect(await page.getByText(/needs? a sport/).count()).toBe(0);
    expect(await page.locator('.run-list').textContent()).toMatch(/Evening run/);

    // Dark theme: the question on another typeless activity.
    await page.emulateMedia({ colorScheme: 'dark' });
    await runs.openImport();
    const walkStart = new Date(Date.now() - 86_400_000).toISOString();
    await page.getByLabel(/Choose files/).setInputFiles({
      name: 'walk.gpx',
      mimeType: 'application/gpx+xml',
      buffer: Buffer.from(typelessGpx(walkStart, { points: 181, speedMps: 1.35, cadence: 112 })),
    });
    await page.getByRole('button', { name: 'Import this file' }).click();
    await runs.waitImportFinished();
    await page.getByRole('link', { name: 'See your runs' }).click();
    await page.getByText('1 activity needs a sport').waitFor();
    await page.getByRole('button', { name: /^Walk\W+suggested$/ }).waitFor();
    await expectNoAxeViolations(page, 'runs with an activity of unknown sport (phone, dark)');
    await screenshot(page, 'phone-dark-runs-unclassified');
    await page.getByRole('button', { name: /^Walk\W+suggested$/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'saved as a walk. It is shown apart from your running.' })
      .waitFor();
    expect(await page.getByText(/needs? a sport/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
