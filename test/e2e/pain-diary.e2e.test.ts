import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { hasChromium, PHONE, SCREENSHOT_DIR, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { pageApi } from './support/page-api';

/** The phone size the diary is looked at in (an iPhone 12–14). */
const PHONE_390 = { ...PHONE, viewport: { width: 390, height: 844 } };

/** Local noon `daysAgo` days before today in the browser, as ISO, and that local day. */
const localNoon = (page: Page, daysAgo: number) =>
  page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() - n);
    d.setHours(12, 0, 0, 0);
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return { at: d.toISOString(), day };
  }, daysAgo);

describe.runIf(hasChromium)('the pain diary in the browser', () => {
  const app = useE2eApp();

  it('logs pain from the body map, lists it, draws it on the trend, and shows an escalation', async () => {
    const context = await app.context(PHONE_390);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await authPage(page).signUp('pain-diary@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();

    // Home's "Log pain" opens the diary at its entry form.
    await page.getByRole('link', { name: 'Log pain' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pain diary' }).waitFor();
    await page.getByText(/Entries you log appear here/).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('log');

    // Saving without a score or a time of day names both, next to their questions.
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.getByText('Choose a number from 0 to 10.').waitFor();
    await page.getByText('Choose when you felt it.').waitFor();

    await page.getByRole('radio', { name: /^6 out of 10/ }).check();
    // Tapping the drawing chooses the same areas the list offers.
    await page.locator('[data-area="buttock_left"]').click();
    await page.locator('[data-area="low_back_central"]').click();
    await page.locator('[data-area="thigh_right"]').click();
    await page.locator('[data-area="thigh_right"]').click(); // and a second tap takes it back
    expect(await page.getByRole('checkbox', { name: 'Left buttock' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Middle of the low back' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Right thigh' }).isChecked()).toBe(false);
    await page.getByText('Chosen: middle of the low back and left buttock.').waitFor();
    await page.getByRole('radio', { name: 'After a run' }).check();
    await page.getByRole('checkbox', { name: 'Sitting' }).check();
    await page.getByLabel('Note (optional)').fill('Stiff after the long run');
    await screenshot(page, 'pain-phone-entry-form');
    await page.locator('.body-map').screenshot({ path: join(SCREENSHOT_DIR, 'pain-phone-body-map.png') });
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.getByRole('status').filter({ hasText: 'Entry saved.' }).waitFor();

    // Listed, newest first, in words.
    const list = page.locator('.pain-entries');
    await list.getByText('Middle of the low back and left buttock.').waitFor();
    expect(await list.locator('li').count()).toBe(1);
    expect(await list.locator('.pain-score-badge').first().textContent()).toBe('6/10');
    await list.getByText('Worse with sitting.').waitFor();
    await list.getByText('Stiff after the long run').waitFor();
    // On the trend: today's bar at 6, and the summary says so.
    const today = await localNoon(page, 0);
    const bar = page.locator(`.pain-trend-chart rect[data-day="${today.day}"]`);
    expect(await bar.count()).toBe(1);
    expect(await bar.locator('title').textContent()).toMatch(/6\/10$/);
    await page.getByText(/Pain logged on 1 of the last 56 days\. Highest: 6\/10/).waitFor();
    // The form is empty again for the next entry.
    expect(await page.getByRole('radio', { name: /^6 out of 10/ }).isChecked()).toBe(false);
    expect(await page.locator('.pain-escalation').count()).toBe(0);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'pain-phone-one-entry');
    await expectNoAxeViolations(page, 'pain diary (phone)');

    // A week of pain at 5 that rest did not ease (no runs): the diary says to see a professional.
    for (let n = 7; n >= 1; n--) {
      const { at } = await localNoon(page, n);
      await pageApi(page, 'POST', '/api/pain', { at, score: 5, when: 'at_rest', areas: ['low_back_right'] });
    }
    await page.reload();
    const card = page.locator('.pain-escalation');
    await card.getByRole('heading', { name: 'Your pain is not easing with rest' }).waitFor();
    await card.getByRole('heading', { name: 'What to tell them' }).waitFor();
    await card.getByText(/every day from/).waitFor();
    expect(await card.getByRole('link', { name: 'Do a new check-in' }).getAttribute('href')).toBe(
      '/check-in/new',
    );
    // The entries behind it are marked in the list (all eight days: today's 6 too).
    expect(await list.locator('li.flagged').count()).toBe(8);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'pain-phone-escalation');
    // The parts a person looks at closely, at the phone's own scale.
    await card.screenshot({ path: join(SCREENSHOT_DIR, 'pain-phone-escalation-card.png') });
    await page
      .locator('.pain-trend-chart')
      .screenshot({ path: join(SCREENSHOT_DIR, 'pain-phone-trend.png') });
    await list
      .locator('li')
      .first()
      .screenshot({ path: join(SCREENSHOT_DIR, 'pain-phone-entry.png') });
    await expectNoAxeViolations(page, 'pain diary with an escalation (phone)');

    // Deleting an entry takes it off the list.
    page.once('dialog', (d) => void d.accept());
    await list.locator('li').first().getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('status').filter({ hasText: 'Entry deleted.' }).waitFor();
    await expect.poll(() => list.locator('li').count()).toBe(7);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sets the diary against the runs: the trend and a pattern after long runs, in bars and in words', async () => {
    const context = await app.context(PHONE_390);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await authPage(page).signUp('pain-insights@example.com', 'patterns in my own diary');
    await shell(page).expectLoggedIn();
    // `daysAgo` days before today at `hour`, the browser's local time.
    const localAt = (daysAgo: number, hour: number) =>
      page.evaluate(
        ([n, h]) => {
          const d = new Date();
          d.setDate(d.getDate() - n!);
          d.setHours(h!, 0, 0, 0);
          return d.toISOString();
        },
        [daysAgo, hour],
      );
    // Six runs at 08:00: 5, 5, 12, 5, 12 and 5 km. The two 12 km runs are long (1.5 × the 5 km median).
    for (const [daysAgo, km] of [
      [20, 5],
      [18, 5],
      [15, 12],
      [12, 5],
      [8, 12],
      [5, 5],
    ] as const) {
      const startTime = await localAt(daysAgo, 8);
      await pageApi(page, 'POST', '/api/runs', {
        startTime,
        distanceM: km * 1000,
        elapsedS: km * 330,
        indoor: false,
      });
    }
    // Within two days after a long run: 6, 5, 7, 5, 4 (mean 5.4); otherwise 2, 3, 2, 1, 2, 2 (mean 2).
    for (const [daysAgo, hour, score] of [
      [19, 9, 2],
      [17, 8, 3],
      [15, 20, 6],
      [14, 9, 5],
      [12, 21, 2],
      [11, 8, 1],
      [8, 20, 7],
      [7, 9, 5],
      [6, 7, 4],
      [4, 8, 2],
      [2, 8, 2],
    ] as const) {
      const at = await localAt(daysAgo, hour);
      await pageApi(page, 'POST', '/api/pain', { at, score, when: 'after_run', areas: ['low_back_central'] });
    }
    await page.goto(`${app.url}/pain`);
    await page.getByRole('heading', { level: 1, name: 'Pain diary' }).waitFor();
    // The trend: eleven days with entries.
    await page.getByText(/Pain logged on 11 of the last 56 days\. Highest: 7\/10/).waitFor();

    const card = page.locator('.insights-card');
    await card.getByRole('heading', { name: 'Patterns in your diary' }).waitFor();
    const long = card.locator('[data-insight="long_run"]');
    await long
      .getByText(
        'Your pain averaged 5.4/10 in the 2 days after a long run (5 entries) and 2/10 at other times ' +
          '(6 entries). That is 3.4 points higher in the 2 days after a long run.',
      )
      .waitFor();
    // Two bars on one 0–10 scale: 5.4 fills 54 % of its track, 2 fills 20 %.
    const widths = await long.locator('.insight-bar').evaluateAll((bars) =>
      bars.map((b) => {
        const track = b.querySelector('.insight-bar-track')!.getBoundingClientRect().width;
        return Math.round(
          (b.querySelector('.insight-bar-fill')!.getBoundingClientRect().width / track) * 100,
        );
      }),
    );
    expect(widths).toEqual([54, 20]);
    expect(await long.locator('.insight-bar-value strong').allTextContents()).toEqual(['5.4', '2']);
    // Only the pattern with enough entries shows; the other five wait, folded away, saying why.
    expect(await card.locator('li.insight').count()).toBe(1);
    await card.screenshot({ path: join(SCREENSHOT_DIR, 'pain-phone-insights.png') });
    await card.getByText('Not enough data yet for 5 more').click();
    await card
      .locator('[data-insight="worn_shoes"]')
      .getByText(/^Not enough entries yet: 0 entries after runs in shoes past 500 km/)
      .waitFor();
    await card.getByText(/not proof of what causes your pain/).waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'pain diary with patterns (phone)');
    expect(errors).toEqual([]);
    await context.close();
  });
});
