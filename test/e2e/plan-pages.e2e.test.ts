import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PlanRecord } from '../../src/contract/plans';
import { hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { mechanicalCheckin } from '../support/checkins';
import { pageFetch } from './support/page-api';

/** The phone size the plan pages are looked at in (an iPhone 12–14). */
const PHONE_390 = { ...PHONE, viewport: { width: 390, height: 844 } };

const api = pageFetch;

/** The Monday of the browser's week, YYYY-MM-DD: a plan started there holds today. */
const thisMonday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

describe.runIf(hasChromium)('the plan pages in the browser', () => {
  const app = useE2eApp();

  it('builds a plan from the Plan page, shows today, the guides, Home’s Today card and the calendar link', async () => {
    const context = await app.context(PHONE_390);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await authPage(page).signUp('plan-pages@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();

    // No plan yet: Home offers to build one, quietly; the Plan page shows the form.
    await page.getByRole('link', { name: 'Build your plan' }).waitFor();
    expect(await page.getByRole('heading', { name: /On the plan today/ }).count()).toBe(0);
    // Before any check-in, the Plan page points to one.
    await shell(page).open('Plan');
    await page.getByRole('heading', { name: 'Your plan starts with a check-in' }).waitFor();
    expect(
      await page.getByRole('main').getByRole('link', { name: 'Start a check-in' }).getAttribute('href'),
    ).toBe('/check-in/new');
    await screenshot(page, 'plan-phone-before-checkin');

    // An unfinished check-in (an emergency answer saved before the rest) cannot make a plan: the form shows, and
    // the server's refusal is said plainly with the way forward.
    const unfinished = await api(page, 'POST', '/api/checkins', {
      age: 41,
      sex: 'M',
      complete: false,
      findings: [{ code: 'saddle_numbness', value: true }],
    });
    expect(unfinished.status).toBe(201);
    await page.reload();
    await page.getByRole('heading', { name: 'Build your plan' }).waitFor();

    // Checked as typed: a wrong number is named next to its field before anything is sent.
    await page.getByLabel('Runs a week').fill('9');
    await page.getByLabel('Runs a week').blur();
    await page.getByText('Enter runs a week as a whole number from 1 to 6.').waitFor();
    await page.getByLabel('Runs a week').fill('3');
    expect(await page.getByText('Enter runs a week as a whole number from 1 to 6.').count()).toBe(0);

    // Without a check-in the server says so, plainly, with the way to one.
    await page.getByRole('button', { name: 'Build my plan' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'check in first' });
    await refusal.waitFor();
    expect(await refusal.getByRole('link', { name: 'Start a check-in' }).getAttribute('href')).toBe(
      '/check-in/new',
    );
    await screenshot(page, 'plan-phone-no-checkin');

    // A self-care check-in with overstriding (a form factor: one form cue a week).
    const base = mechanicalCheckin();
    const checkin = await api<{ result: { urgency: string; factors: { id: string }[] } }>(
      page,
      'POST',
      '/api/checkins',
      {
        ...base,
        findings: [...base.findings, { code: 'overstriding', value: true }],
      },
    );
    expect(checkin.status).toBe(201);
    expect(checkin.body.result.urgency).toBe('self_manage');
    expect(checkin.body.result.factors.map((f) => f.id)).toContain('poor_form');

    await page.getByLabel('Weeks').fill('4');
    await page.getByLabel('Sunday').uncheck();
    await page.getByLabel('Start from').fill(await thisMonday(page));
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'plan-phone-form');
    await page.getByRole('button', { name: 'Build my plan' }).click();

    // The weeks, with today marked and open.
    await page.getByRole('heading', { name: 'Week 1 of 4' }).waitFor();
    const current = await api<PlanRecord>(page, 'GET', '/api/plans/current?timeZone=UTC');
    expect(current.status).toBe(200);
    const plan = current.body;
    expect(plan.plan.weeks).toHaveLength(4);
    expect(plan.availableDays).not.toContain('sun');
    const todayRow = page.getByRole('button', { name: /^Today/ });
    expect(await todayRow.getAttribute('aria-expanded')).toBe('true');
    const today = plan.plan.weeks[0]!.days.find((d) => d.date === plan.today)!;
    expect(today, 'the plan started this Monday, so it holds today').toBeDefined();
    await page.getByRole('heading', { name: 'Weekly running' }).waitFor();
    expect(await page.locator('.target-chart .bar-plan').count()).toBe(4);
    // Week 1's form cue is the first of the list, wherever in the week it falls.
    const cueDay = plan.plan.weeks[0]!.days.find((d) => d.items.some((i) => i.task === 'form_cue'))!;
    if (cueDay.date !== plan.today) await page.locator(`button[aria-controls="day-${cueDay.date}"]`).click();
    await page.getByText('Run tall.', { exact: true }).first().waitFor();
    // Every session item of today has a Start to its player address.
    const sessions = today.items.filter((i) => i.exercises?.length && i.kind !== 'run');
    const starts = page.locator(`#day-${plan.today}`).getByRole('link', { name: /^Start/ });
    expect(await starts.count()).toBe(sessions.length);
    if (sessions.length > 0)
      expect(await starts.first().getAttribute('href')).toMatch(
        new RegExp(`^/plan/session/${plan.today}/${sessions[0]!.kind}/0$`),
      );
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'plan (phone)');
    await screenshot(page, 'plan-phone-weeks');
    await screenshot(page, 'plan-phone-weeks-top', false);

    // The week strip moves a week at a time.
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByRole('heading', { name: 'Week 2 of 4' }).waitFor();
    await page.getByRole('button', { name: 'Previous week' }).click();
    await page.getByRole('heading', { name: 'Week 1 of 4' }).waitFor();

    // The calendar: a download, and a private link made, fetched and stopped.
    const download = page.getByRole('link', { name: 'Download the plan (.ics)' });
    const ics = await api<string>(page, 'GET', (await download.getAttribute('href'))!);
    expect(ics.status).toBe(200);
    expect(ics.body).toContain('BEGIN:VCALENDAR');
    await page.getByRole('button', { name: 'Make a private calendar link' }).click();
    const linkBox = page.getByLabel('Your private calendar link');
    await linkBox.waitFor();
    const url = await linkBox.inputValue();
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{20,64}\.ics$/);
    const subscribed = await api<string>(page, 'GET', new URL(url).pathname);
    expect(subscribed.status).toBe(200);
    expect(subscribed.body).toContain('BEGIN:VEVENT');
    await screenshot(page, 'plan-phone-calendar-link');
    await page.getByRole('button', { name: 'Stop this link' }).click();
    await page.getByRole('status').filter({ hasText: 'The link is stopped' }).waitFor();
    expect((await api(page, 'GET', new URL(url).pathname)).status).toBe(404);
    await page.getByRole('button', { name: 'Make a private calendar link' }).waitFor();

    // The exercise library and one exercise with its drawing, dose and ladder.
    await page.getByRole('link', { name: 'Every exercise, step by step' }).click();
    await page.getByRole('heading', { name: 'Exercises', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Glutes and hips' }).waitFor();
    await screenshot(page, 'plan-phone-exercises');
    await page.getByRole('link', { name: /^Plank 2–3 sets of 30–60 s$/ }).click();
    await page.getByRole('heading', { name: 'Plank', level: 1 }).waitFor();
    await page.getByRole('img', { name: /^Drawing: Plank\./ }).waitFor();
    await page.getByText('2–3 sets of 30–60 s').waitFor();
    expect(await page.getByRole('link', { name: 'Plank on knees' }).getAttribute('href')).toBe(
      '/plan/exercises/plank_knees',
    );
    expect(await page.getByRole('link', { name: 'Plank with leg lift' }).getAttribute('href')).toBe(
      '/plan/exercises/plank_leg_lift',
    );
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'plan-phone-exercise-plank');
    await page.getByRole('link', { name: 'Plank with leg lift' }).click();
    await page.getByRole('heading', { name: 'Plank with leg lift', level: 1 }).waitFor();

    // Running form: the cues in order, this week's marked, the drills linked.
    await page.goto('/plan/form');
    await page.getByRole('heading', { name: 'Running form', level: 1 }).waitFor();
    const cues = await page.locator('.cue-list > li h2').allTextContents();
    expect(cues).toHaveLength(6);
    expect(cues[0]).toMatch(/^Week 1 Run tall\s*This week$/);
    expect(cues[5]).toMatch(/^Week 6 Slightly quicker steps/);
    expect(await page.locator('.cue-now').count()).toBe(1);
    await page
      .getByRole('link', { name: /^Butt kicks/ })
      .first()
      .waitFor();
    await screenshot(page, 'plan-phone-form-cues');

    // Recovery: ice or heat from what the runner notices.
    await page.goto('/plan/recovery');
    await page.getByRole('heading', { name: 'Recovery', level: 1 }).waitFor();
    const advice = page.locator('.advice h3');
    await page.getByLabel('Swollen or warm to the touch').check();
    expect(await advice.textContent()).toBe('Ice');
    await page.getByLabel('Stiff when you get up or start moving').check();
    expect(await advice.textContent()).toBe('Ice first, then heat');
    await page.getByLabel('Swollen or warm to the touch').uncheck();
    expect(await advice.textContent()).toBe('Heat');
    await page.getByText(/heat eases low back pain a little for a few days/).waitFor();
    await page.getByRole('heading', { name: 'Foam rolling' }).waitFor();
    await screenshot(page, 'plan-phone-recovery');

    // Home's Today card: today's items, a one-tap Start, or the rest day.
    await shell(page).open('Home', 'Today');
    await page.getByRole('heading', { name: /On the plan today/ }).waitFor();
    const card = page.locator('.today-card');
    if (today.items.every((i) => i.kind === 'rest' || i.kind === 'task')) {
      await card.getByText('Rest day.').waitFor();
    } else {
      await card.locator('.today-items').waitFor();
      expect(await card.locator('.today-items li').count()).toBe(today.items.length);
      if (sessions.length > 0)
        expect(await card.getByRole('link', { name: /^Start / }).getAttribute('href')).toBe(
          `/plan/session/${plan.today}/${sessions[0]!.kind}/0`,
        );
    }
    await screenshot(page, 'plan-phone-home-today', false);

    // Ending the plan asks first, keeps the logs and brings the form back.
    await shell(page).open('Plan');
    await page.getByRole('button', { name: 'End this plan' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await page.getByRole('button', { name: 'End this plan' }).click();
    await page.getByRole('button', { name: 'Yes, end it' }).click();
    await page.getByRole('status').filter({ hasText: 'Plan ended.' }).waitFor();
    await page.getByRole('heading', { name: 'Build your plan' }).waitFor();
    expect((await api(page, 'GET', '/api/plans/current?timeZone=UTC')).status).toBe(404);

    expect(errors).toEqual([]);
    await context.close();
  });
});
