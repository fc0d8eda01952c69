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
});
