import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PlanRecord } from '../../src/contract/plans';
import { hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { authPage, shell } from './support/pages';
import { mechanicalCheckin } from '../support/checkins';
import { pageApi } from './support/page-api';

const api = pageApi;

/** Last week's Monday, YYYY-MM-DD (UTC): a plan from then has days already come, which can be logged. */
function lastWeeksMonday(): string {
  const now = new Date();
  const back = ((now.getUTCDay() + 6) % 7) + 7;
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - back))
    .toISOString()
    .slice(0, 10);
}
const PLAN_BODY = { runsPerWeek: 3, weeks: 2, timeZone: 'UTC', startDate: lastWeeksMonday() };

const player = (page: Page) => page.locator('.player');
const dataOf = (page: Page, name: string) => player(page).getAttribute(`data-${name}`);

describe.runIf(hasChromium)('the guided session player', () => {
  const app = useE2eApp();

  it('runs a plank hold to its end on a fast clock, beeps and buzzes, logs pain and opens again offline', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await authPage(page).signUp(`player-${Date.now()}@example.com`, 'a long enough password 1');
    await shell(page).expectLoggedIn();
    await api(page, 'POST', '/api/checkins', mechanicalCheckin());
    const record = await api<PlanRecord>(page, 'POST', '/api/plans', PLAN_BODY);
    const day = record.plan.weeks
      .flatMap((w) => w.days)
      .find((d) => d.items.some((i) => i.kind === 'strength'));
    if (!day) throw new Error('the plan has no strength day');
    const strength = day.items.find((i) => i.kind === 'strength')!;
    const plank = strength.exercises![0]!;
    expect(plank.id).toBe('plank');
    const holdS = plank.holdS!;
    const plannedSets = strength.exercises!.reduce((n, e) => n + e.sets, 0);

    await page.clock.install();
    await page.goto(`/plan/session/${day.date}/strength/0`);
    await page.getByRole('heading', { level: 1, name: 'Strength session' }).waitFor();
    // From here the page's time moves only when the test says.
    await page.clock.pauseAt(Date.now() + 5_000);
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: 'Plank' }).count())
      .toBeGreaterThan(0);
    await screenshot(page, 'session-player-start', false);
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await dataOf(page, 'step')).toBe('get_ready');
    await page.getByRole('heading', { level: 1, name: 'Get ready' }).waitFor();

    // The get-ready countdown (10 s), then the plank hold: half of it run.
    await page.clock.runFor(10_000 + 100);
    await page.getByRole('heading', { level: 1, name: 'Plank' }).waitFor();
    expect(await dataOf(page, 'step')).toBe('hold');
    expect(await dataOf(page, 'last-signal')).toBe('go');
    const beepsBefore = Number(await dataOf(page, 'beeps'));
    const buzzesBefore = Number(await dataOf(page, 'buzzes'));
    await page.clock.runFor((holdS / 2) * 1000);
    const timer = page.getByRole('timer');
    await expect.poll(() => timer.getAttribute('aria-label')).toBe(`Plank: ${holdS / 2} seconds left`);
    expect(await page.locator('.player-kicker').textContent()).toBe(`Set 1 of ${plank.sets}`);
    await screenshot(page, 'session-player-hold', false);

    // Pause holds the clock still; resume carries on.
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(20_000);
    await expect.poll(() => timer.getAttribute('aria-label')).toBe(`Plank: ${holdS / 2} seconds left`);
    await page.getByRole('button', { name: 'Resume' }).click();

    // The end of the hold: a beep and a buzz, then the rest.
    await page.clock.runFor((holdS / 2) * 1000 + 300);
    await page.getByRole('heading', { level: 1, name: 'Rest' }).waitFor();
    expect(await dataOf(page, 'last-signal')).toBe('end');
    expect(Number(await dataOf(page, 'beeps'))).toBe(beepsBefore + 1);
    expect(Number(await dataOf(page, 'buzzes'))).toBe(buzzesBefore + 1);
    await expect.poll(() => page.locator('.player-next').textContent()).toContain('Plank');
    await screenshot(page, 'session-player-rest', false);

    // Through the rest of the session: holds run on the clock, rep sets end on Done.
    for (let i = 0; i < 400 && (await dataOf(page, 'phase')) !== 'finished'; i++) {
      if ((await dataOf(page, 'step')) === 'reps') await page.getByRole('button', { name: 'Done' }).click();
      else await page.clock.runFor(5_000);
    }
    // Time flows again: Playwright's own waiting polls on animation frames, which a paused clock holds still.
    await page.clock.resume();
    await page.getByRole('heading', { level: 1, name: 'Session done' }).waitFor();
    await page.getByText(`${plannedSets} of ${plannedSets} sets done`).waitFor();
    await screenshot(page, 'session-player-finished', false);

    // The log: pain 2, every set done with good form, nothing new.
    await page.getByRole('radio', { name: '2 out of 10' }).check();
    await page.getByRole('radio', { name: 'No' }).check();
    await screenshot(page, 'session-player-log');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Saved' }).waitFor();
    const saved = await api<PlanRecord>(page, 'GET', '/api/plans/current?timeZone=UTC');
    const log = saved.logs.find((l) => l.kind === 'strength' && l.date === day.date);
    expect(log).toMatchObject({ painDuring: 2, newRedFlag: false, itemIndex: 0 });
    expect(log!.exercises.map((e) => e.setsDone)).toEqual(strength.exercises!.map((e) => e.sets));
    // The box under the log (ticked unless unticked) put the same score in the pain diary.
    const diary = await api<{ items: { score: number; when: string; note: string }[] }>(
      page,
      'GET',
      '/api/pain',
    );
    expect(diary.items.map((e) => [e.score, e.when, e.note])).toEqual([
      [2, 'during_exercise', `Strength session of ${day.date}, from the plan.`],
    ]);

    // Offline: once the service worker is in charge and has seen the plan, the session opens without a network.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Strength session' }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Strength session' }).waitFor();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    await screenshot(page, 'session-player-offline', false);
    await context.setOffline(false);
    await context.close();
  });

  it('passes axe in the dark theme and, after a yes to the red-flag question, says to stop and check in now', async () => {
    const context = await app.context(PHONE, 'dark');
    const page = await context.newPage();
    await authPage(page).signUp(`player-flag-${Date.now()}@example.com`, 'a long enough password 1');
    await shell(page).expectLoggedIn();
    await api(page, 'POST', '/api/checkins', mechanicalCheckin());
    const record = await api<PlanRecord>(page, 'POST', '/api/plans', PLAN_BODY);
    const day = record.plan.weeks[0]!.days.find((d) => d.items.some((i) => i.kind === 'cooldown_stretch'))!;
    await page.goto(`/plan/session/${day.date}/cooldown_stretch/0`);
    await page.getByRole('heading', { level: 1, name: 'Cool-down stretches' }).waitFor();
    // axe waits on timers, so it runs here, on the real clock, not in the test above.
    await expectNoAxeViolations(page, 'session start (dark)');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Get ready' }).waitFor();
    await expectNoAxeViolations(page, 'session player (dark)');
    await screenshot(page, 'session-player-get-ready-dark', false);
    await page.getByRole('button', { name: 'Stop early' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stopped early' }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Please choose a number.').waitFor();
    await page.getByText('Please answer yes or no.').waitFor();
    await expectNoAxeViolations(page, 'session log with its errors (dark)');
    await page.getByRole('radio', { name: '6 out of 10' }).check();
    await page.getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Stop training and do a check-in now' }).waitFor();
    const link = page.getByRole('link', { name: 'Do a check-in now' });
    expect(await link.getAttribute('href')).toBe('/check-in/new');
    await screenshot(page, 'session-player-red-flag-dark', false);
    await context.close();
  });
});
