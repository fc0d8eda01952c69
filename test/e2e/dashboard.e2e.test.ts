import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { hasActivities, runsPages, screenshotOf, STRAVA_ZIP } from './support/runs-pages';
import type { DashboardResponse } from '../../src/contract/dashboard';

/** Imports the Strava-style export and comes back to Home. */
async function importStrava(page: Page) {
  await shell(page).open('Runs');
  const runs = runsPages(page);
  await runs.openImport();
  await runs.chooseFiles([STRAVA_ZIP]);
  await runs.waitImportFinished();
  await page.goto('/');
  await shell(page).expectLoggedIn();
}

/** Adds runs through the API from the page (it carries the session and the Origin header). */
async function addRuns(page: Page, runs: { startTime: string; distanceM: number }[]) {
  await page.evaluate(async (list) => {
    for (const r of list) {
      const res = await fetch('/api/runs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...r, elapsedS: Math.round(r.distanceM * 0.33), indoor: false }),
      });
      if (res.status !== 201) throw new Error(`POST /api/runs: ${res.status} ${await res.text()}`);
    }
  }, runs);
}

/**
 * Six weeks of 10 km, 13 km last week and 4 km this Monday (noon UTC): a spike and the 10 % rule's
 * over on last week, this week's target capped just under 13 km.
 */
function recentRuns(): { startTime: string; distanceM: number }[] {
  const monday = new Date();
  monday.setUTCHours(12, 0, 0, 0);
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  const wednesday = (weeksAgo: number) =>
    new Date(monday.getTime() - weeksAgo * 7 * 86_400_000 + 2 * 86_400_000).toISOString();
  return [
    ...[7, 6, 5, 4, 3, 2].map((w) => ({ startTime: wednesday(w), distanceM: 10_000 })),
    { startTime: wednesday(1), distanceM: 13_000 },
    { startTime: monday.toISOString(), distanceM: 4_000 },
  ];
}

describe.runIf(hasChromium && hasActivities)('Home dashboard in the browser', () => {
  const app = useE2eApp();

  it('shows an old export’s weeks and alerts as they stood, toggles 52 weeks, in one request (phone)', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await authPage(page).signUp('dashboard@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    // A new runner: the week says what fills it, no bars or alerts yet.
    await page.getByText(/Your safe target for the week appears after a week with runs/).waitFor();
    expect(await page.getByRole('heading', { name: 'Weekly distance' }).count()).toBe(0);
    await screenshot(page, 'phone-home-dashboard-empty');

    await importStrava(page);
    const requests: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) requests.push(new URL(r.url()).pathname);
    });
    await page.reload();
    const bars = page.getByRole('img', { name: /^Weekly running distance, 12 weeks to the week of/ });
    await bars.waitFor();
    // Home asks one question of the API for its data, and one for the plan's Today card.
    await page.getByRole('link', { name: 'Build your plan' }).waitFor();
    expect(requests.filter((p) => p !== '/api/me' && p !== '/api/settings').sort()).toEqual([
      '/api/dashboard',
      '/api/plans/current',
    ]);

    const data = (await (await page.request.get('/api/dashboard?weeks=12')).json()) as DashboardResponse;
    expect(data.current).toBe(false);
    await page.getByText(/your newest run is from the week of/).waitFor();
    // The bars show the weeks up to the newest run; its week holds running.
    expect(data.weeks.at(-1)!.distanceM).toBeGreaterThan(0);
    const barCount = await page.locator('.weekly-chart rect.bar').count();
    expect(barCount).toBe(data.weeks.filter((w) => w.distanceM > 0).length);
    // Nothing fired then (weeks apart, no shoes named): the card says so rather than staying empty.
    const watch = page.getByRole('region', { name: /What to watch, as it stood then/ });
    expect(data.alerts).toEqual([]);
    await watch.getByText(/Nothing to adjust/).waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-home-dashboard');
    await screenshotOf(page.locator('.weekly-chart'), 'phone-home-weekly-bars-12');

    await page.getByRole('button', { name: '52 weeks' }).click();
    await page.getByRole('img', { name: /^Weekly running distance, 52 weeks to the week of/ }).waitFor();
    expect(await page.getByRole('button', { name: '52 weeks' }).getAttribute('aria-pressed')).toBe('true');
    const year = (await (await page.request.get('/api/dashboard?weeks=52')).json()) as DashboardResponse;
    expect(await page.locator('.weekly-chart rect.bar').count()).toBe(
      year.weeks.filter((w) => w.distanceM > 0).length,
    );
    await screenshotOf(page.locator('.weekly-chart'), 'phone-home-weekly-bars-52');

    // Recent running on top of the export: the alerts of now, each with what to do.
    await addRuns(page, recentRuns());
    await page.reload();
    await page.getByRole('img', { name: /^Weekly running distance, last 12 weeks/ }).waitFor();
    const now = (await (await page.request.get('/api/dashboard?weeks=12')).json()) as DashboardResponse;
    expect(now.current).toBe(true);
    expect(now.alerts.map((a) => a.code)).toEqual(['rule10_over', 'spike', 'long_run_spike']);
    const watchNow = page.getByRole('region', { name: 'What to watch' });
    for (const alert of now.alerts) expect(await watchNow.getByText(alert.message).count()).toBe(1);
    expect(await watchNow.getByRole('heading', { name: /Your distance jumped/ }).count()).toBe(1);
    expect(await page.locator('.weekly-chart text.bar-spike-mark').count()).toBe(
      now.weeks.filter((w) => w.spike).length,
    );
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-home-dashboard-alerts');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('this week against its safe target, in km then miles (desktop, dark)', async () => {
    const context = await app.context(DESKTOP, 'dark');
    const page = await context.newPage();
    await authPage(page).signUp('dashboard-week@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await addRuns(page, recentRuns());
    await page.reload();
    // 13 km + 10 % would reach a spike over four 10 km weeks: the target stops just under 13 km.
    await page.getByText('4.0 of 13.0 km — 9.0 km left this week').waitFor();
    await page.getByText(/Within your safe target/).waitFor();
    await page.getByRole('img', { name: /^Weekly running distance, last 12 weeks/ }).waitFor();
    expect(await page.locator('.weekly-chart text.bar-spike-mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'desktop-dark-home-dashboard');

    await shell(page).open('Settings');
    await page.getByLabel('Miles (mi)').check();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /miles/ }).count()).toBe(1);
    await page.goto('/');
    await page.getByText(/^2\.5 of 8\.1 mi — 5\.6 mi left this week$/).waitFor();
    await context.close();
  });
});
