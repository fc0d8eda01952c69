/**
 * The plan's whole loop in the browser (issue 11, "Done when"): a mechanical check-in through the flow, a plan
 * built on the Plan page, today's strength session opened and its plank hold run to the end on a fast clock,
 * pain logged, and the plan adapting where the runner looks: "What changed" and an easier plank on the next
 * strength day. Then the run log and the next-morning question on the Plan page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PlanRecord } from '../../src/contract/plans';
import { hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { checkinFlow } from './support/checkin-flow';
import { pageApi } from './support/page-api';
import { authPage, shell } from './support/pages';

/** The Monday of last week in the browser's zone, YYYY-MM-DD: a plan from then has days already come. */
const lastWeeksMonday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - ((d.getDay() + 6) % 7) - 7);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

/** A runner with ordinary, mechanical back pain: no warning sign, pain 4 for five days. */
async function mechanicalCheckinInTheFlow(page: Page) {
  const flow = checkinFlow(page);
  await flow.start();
  await flow.aboutYou(38, 'Male');
  for (const step of ['nerves', 'injuries and health', 'infection and other']) {
    await page.getByRole('heading', { name: `Warning signs: ${step}`, level: 1 }).waitFor();
    await flow.noneOfThese();
    await flow.next();
  }
  await flow.pain(4, 5);
  await flow.noneOfThese();
  await flow.next();
  await page.getByRole('heading', { name: 'Training and body', level: 1 }).waitFor();
  await flow.noneOfThese();
  await flow.next();
  await page.getByRole('heading', { name: 'One more, if you like', level: 1 }).waitFor();
  await flow.next();
  await page.getByRole('heading', { name: 'Nothing here needs a doctor right now' }).waitFor();
}

/** Opens a day of the week strip, moving week by week to it (the strip opens on today's week). */
async function showDay(page: Page, date: string) {
  await page.getByRole('heading', { name: /^Week \d+ of \d+$/ }).waitFor();
  const row = page.locator(`button[aria-controls="day-${date}"]`);
  for (const direction of ['Previous week', 'Next week']) {
    for (let i = 0; i < 4 && !(await row.isVisible()); i++) {
      const button = page.getByRole('button', { name: direction });
      if (await button.isDisabled()) break;
      await button.click();
    }
  }
  if (!(await page.locator(`#day-${date}`).isVisible())) await row.click();
}

const strengthDays = (record: PlanRecord) =>
  record.plan.weeks
    .flatMap((w) => w.days)
    .filter((d) => d.items.some((i) => i.kind === 'strength'))
    .map((d) => ({
      date: d.date,
      ids: d.items.find((i) => i.kind === 'strength')!.exercises!.map((e) => e.id),
    }));

describe.runIf(hasChromium)('the plan adapts to what the runner logs', () => {
  const app = useE2eApp();

  it('check-in → plan → plank held to the end on a fast clock → pain 6 logged → an easier plank next time', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await authPage(page).signUp(`adapt-${Date.now()}@example.com`, 'a sore back but running');
    await shell(page).expectLoggedIn();
    await mechanicalCheckinInTheFlow(page);

    // The plan, built on the Plan page from last week's Monday, so today and days before it are in it.
    await page.goto('/plan');
    await page.getByLabel('Runs a week').fill('3');
    await page.getByLabel('Weeks').fill('4');
    await page.getByLabel('Start from').fill(await lastWeeksMonday(page));
    await page.getByRole('button', { name: 'Build my plan' }).click();
    await page.getByRole('heading', { name: /^Week \d of 4$/ }).waitFor();
    const built = await pageApi<PlanRecord>(page, 'GET', '/api/plans/current?timeZone=UTC');
    expect(built.urgency).toBe('self_manage');
    expect(built.changes).toEqual([]);

    // Today's strength session when today has one (Start on the Plan page), else the latest before today.
    const today = built.today;
    const session = strengthDays(built)
      .filter((d) => d.date <= today)
      .at(-1)!;
    expect(session.ids[0]).toBe('plank');
    if (session.date === today) {
      await page
        .locator(`#day-${today}`)
        .getByRole('link', { name: /^Start strength/ })
        .click();
    } else {
      await page.goto(`/plan/session/${session.date}/strength/0`);
    }
    await page.getByRole('heading', { level: 1, name: 'Strength session' }).waitFor();

    // The plank hold, to its end, on a clock the test moves.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 5_000);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Get ready' }).waitFor();
    await page.clock.runFor(10_100);
    await page.getByRole('heading', { level: 1, name: 'Plank' }).waitFor();
    const timer = page.getByRole('timer');
    const holdS = built.plan.weeks
      .flatMap((w) => w.days)
      .find((d) => d.date === session.date)!
      .items.find((i) => i.kind === 'strength')!.exercises![0]!.holdS!;
    await expect.poll(() => timer.getAttribute('aria-label')).toBe(`Plank: ${holdS} seconds left`);
    await page.clock.runFor((holdS - 5) * 1000);
    await expect.poll(() => timer.getAttribute('aria-label')).toBe('Plank: 5 seconds left');
    await screenshot(page, 'plan-adapt-plank-5s-left', false);
    await page.clock.runFor(5_300);
    await page.getByRole('heading', { level: 1, name: 'Rest' }).waitFor();
    expect(await page.locator('.player').getAttribute('data-last-signal')).toBe('end');

    // It hurt: the runner stops early and logs pain 6 (above 5, so the plan eases off).
    await page.clock.resume();
    await page.getByRole('button', { name: 'Stop early' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stopped early' }).waitFor();
    await page.getByRole('radio', { name: '6 out of 10' }).check();
    await page.getByRole('radio', { name: 'No' }).check();
    await screenshot(page, 'plan-adapt-log-pain-6');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Saved' }).waitFor();

    // The plan adapts: the change is named, and the next strength day holds the plank's easier step.
    const after = await pageApi<PlanRecord>(page, 'GET', '/api/plans/current?timeZone=UTC');
    const regress = after.changes.find((c) => c.exerciseId === 'plank_knees');
    expect(regress).toMatchObject({ kind: 'regress', replaces: 'plank', because: [session.date] });
    const next = strengthDays(after).find((d) => d.date > today)!;
    expect(next.ids).toContain('plank_knees');
    expect(next.ids).not.toContain('plank');
    // Days already gone stay as they were planned.
    expect(strengthDays(after).find((d) => d.date === session.date)!.ids).toContain('plank');

    await page.goto('/plan');
    const changed = page.getByRole('region', { name: 'What changed' });
    await changed.getByText(/^Plank steps back to plank on knees/i).waitFor();
    await screenshot(page, 'plan-adapt-what-changed');
    await showDay(page, next.date);
    await page
      .locator(`#day-${next.date}`)
      .getByRole('link', { name: /^Plank on knees/ })
      .waitFor();
    await page.locator(`#day-${next.date}`).scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-adapt-easier-plank', false);
    // A later day's session opens on its day: no Start on the plan, and the player says so.
    expect(
      await page
        .locator(`#day-${next.date}`)
        .getByRole('link', { name: /^Start/ })
        .count(),
    ).toBe(0);
    await page.goto(`/plan/session/${next.date}/strength/0`);
    await page.getByRole('heading', { level: 1, name: 'This session is for a later day' }).waitFor();

    // A run that has come is logged from the Plan page, and shows its log.
    const runDay = after.plan.weeks
      .flatMap((w) => w.days)
      .filter((d) => d.date <= today && d.items.some((i) => i.kind === 'run'))
      .at(-1)!;
    await page.goto('/plan');
    await showDay(page, runDay.date);
    const runDayPanel = page.locator(`#day-${runDay.date}`);
    await runDayPanel.getByRole('button', { name: 'Log this run' }).click();
    const runForm = runDayPanel.getByRole('form', { name: 'Log your run' });
    await runForm.getByRole('radio', { name: '2 out of 10' }).check();
    for (const question of ['Did the pain rise as the run went on?', 'Did you limp?'])
      await runForm.getByRole('group', { name: question }).getByRole('radio', { name: 'No' }).check();
    await runForm
      .getByRole('group', { name: /numbness/i })
      .getByRole('radio', { name: 'No' })
      .check();
    await runForm.getByRole('button', { name: 'Save run log' }).click();
    await runDayPanel.getByText('Logged: pain 2/10 during.').waitFor();

    // Yesterday's session (or the day before's) asks how the back feels this morning; the answer is kept.
    const yesterdays = after.plan.weeks
      .flatMap((w) => w.days)
      .filter((d) => d.date < today && d.date !== session.date)
      .reverse()
      .slice(0, 2)
      .find((d) => d.items.some((i) => i.kind === 'cooldown_stretch' || i.kind === 'foam_rolling'))!;
    const kind = yesterdays.items.some((i) => i.kind === 'cooldown_stretch')
      ? 'cooldown_stretch'
      : 'foam_rolling';
    await pageApi(page, 'POST', `/api/plans/${after.id}/logs`, {
      date: yesterdays.date,
      kind,
      painDuring: 3,
      newRedFlag: false,
    });
    await page.reload();
    const morning = page.getByRole('region', { name: 'The morning after' });
    const question = morning.getByRole('group', {
      name: kind === 'cooldown_stretch' ? /^This morning, after your cool/ : /^This morning, after your foam/,
    });
    await question.getByRole('radio', { name: '2 out of 10' }).check();
    await morning.getByText('Saved: 2 out of 10.').waitFor();
    await screenshot(page, 'plan-adapt-morning-after', false);
    const last = await pageApi<PlanRecord>(page, 'GET', '/api/plans/current?timeZone=UTC');
    expect(last.logs.find((l) => l.date === yesterdays.date && l.kind === kind)?.painNextMorning).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
