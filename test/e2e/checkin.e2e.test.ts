import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FINDINGS, triage } from '../../src/core/checkin';
import { hasChromium, PHONE, DESKTOP, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { checkinFlow } from './support/checkin-flow';

/** Questions that make an emergency on their own, for a 44-year-old man (from the engine, not a list). */
const EMERGENCY_ALONE = FINDINGS.filter(
  (d) =>
    d.type === 'B' &&
    triage({ age: 44, sex: 'M', findings: [{ code: d.code, value: true }] }).urgency === 'emergency',
).map((d) => d.code);

/** Walks through earlier steps (answering No) until a question is on screen. */
async function reach(page: Page, flow: ReturnType<typeof checkinFlow>, code: string) {
  for (let i = 0; i < 4 && !(await flow.question(code).isVisible()); i++) {
    await flow.answerRestNo();
    await flow.next();
    await page.getByRole('heading', { level: 1, name: /Warning signs/ }).waitFor();
  }
}

/** Home's one request, which carries the last check-in. */
const DASHBOARD_REQUEST = /\/api\/dashboard/;

describe.runIf(hasChromium)('check-in in the browser', () => {
  const app = useE2eApp();

  it('each emergency question answered Yes alone stops the check-in at once, with the rest unanswered', async () => {
    expect(EMERGENCY_ALONE).toEqual(
      expect.arrayContaining([
        'saddle_numbness',
        'bladder_change',
        'trauma_major',
        'fever',
        'pulsatile_abdominal_mass',
      ]),
    );
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await authPage(page).signUp('numb@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    for (const [i, code] of EMERGENCY_ALONE.entries()) {
      const flow = checkinFlow(page);
      await flow.start();
      await flow.aboutYou(44, 'Male');
      await reach(page, flow, code);
      const unanswered = await page
        .getByRole('main')
        .getByRole('group')
        .filter({ hasNot: page.getByRole('radio', { checked: true }) })
        .count();
      expect(unanswered, code).toBeGreaterThan(1);
      await flow.answer(code, 'Yes');
      const card = page.getByRole('alertdialog');
      await card.waitFor();
      expect(await card.getByRole('heading', { level: 1 }).textContent(), code).toMatch(/A&E|ambulance/);
      expect(await card.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
      await card.getByText('Saved to your check-ins.').waitFor();
      if (i === 0) {
        expect(await card.getByText('Emergency', { exact: true }).count()).toBe(1);
        const box = await card.boundingBox();
        expect(box?.width).toBe(360);
        expect(box?.height).toBeGreaterThanOrEqual(780);
        await screenshot(page, 'phone-checkin-emergency');
        await card.getByText('Why this answer: rules and sources').click();
        await expect.poll(() => card.getByText(/E1: /).count()).toBe(1);
      }
      if (code === 'pulsatile_abdominal_mass') {
        expect(await card.getByRole('heading', { level: 1 }).textContent()).toMatch(
          /^Call 999 for an ambulance now/,
        );
        await screenshot(page, 'phone-checkin-emergency-aneurysm');
      }
      await card.getByRole('link', { name: 'Back to the app' }).click();
      await shell(page).expectLoggedIn();
    }
    // Home now says the last check-in was an emergency, with a number to call (once its list has loaded).
    await expect.poll(() => page.getByText('Emergency', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    await screenshot(page, 'phone-home-after-emergency');
    await context.close();
  });

  it('the emergency card needs no network once the app is loaded, and saves when the network is back', async () => {
    const context = await app.context(PHONE, 'light', 'en-US');
    const page = await context.newPage();
    await authPage(page).signUp('offline@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    // The check-in pages are fetched once Home has shown; then the signal goes.
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance.getEntriesByType('resource').some((e) => /checkin-flow/.test(e.name)),
        ),
      )
      .toBe(true);
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Start a check-in' }).click();
    await page.getByRole('heading', { name: 'About you', level: 1 }).waitFor();
    const flow = checkinFlow(page);
    await flow.aboutYou(52, 'Female');
    await flow.answer('bladder_change', 'Not sure');
    const card = page.getByRole('alertdialog');
    await card.waitFor();
    expect(await card.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Go to the ER now and say you may have cauda equina syndrome.',
    );
    expect(await card.getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
    await card.getByText(/Not saved yet/).waitFor();
    await screenshot(page, 'phone-checkin-emergency-offline');
    await context.setOffline(false);
    await card.getByText('Saved to your check-ins.').waitFor({ timeout: 15_000 });
    await context.close();
  });

  it('a mechanical check-in ends with ranked causes and the safety net in full view, in miles', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await authPage(page).signUp('mech@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await shell(page).open('Settings');
    await page.getByRole('radio', { name: 'Miles (mi)' }).check();
    await page.getByText('Saved: distances in miles.').waitFor();
    const flow = checkinFlow(page);
    await flow.start();
    await flow.aboutYou(34, 'Female');
    await flow.next();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/questions still need an answer/);
    for (let i = 0; i < 3; i++) {
      await flow.noneOfThese();
      await flow.next();
    }
    await page.getByRole('heading', { name: 'Your pain', level: 1 }).waitFor();
    await flow.next();
    expect(await page.getByText('Please choose a number.').count()).toBe(1);
    await flow.pain(4, 9);
    await flow.noneOfThese();
    await flow.answer('pain_central_lumbar', 'Yes');
    await screenshot(page, 'phone-checkin-pain');
    await flow.next();
    await page.getByRole('heading', { name: 'Training and body', level: 1 }).waitFor();
    await flow.noneOfThese();
    const change = page.getByLabel(/by what percentage has your weekly distance gone up/i);
    await change.fill('-10');
    expect(await page.locator('[data-code="recent_mileage_increase_pct"] .field-error').count()).toBe(0);
    await change.fill('45');
    const weekly = page.locator('[data-code="weekly_km"]');
    expect(await weekly.locator('.unit').textContent()).toBe('mi');
    await weekly.getByRole('textbox').fill('28');
    await page.locator('[data-code="shoe_km"]').getByRole('textbox').fill('520');
    await flow.answer('hip_flexor_tightness', 'Yes');
    await flow.answer('hamstring_tightness', 'Yes');
    await flow.next();
    await page.getByRole('heading', { name: 'One more, if you like' }).waitFor();
    await flow.next();

    await page.getByRole('heading', { name: 'Nothing here needs a doctor right now' }).waitFor();
    const causes = page.getByRole('list').filter({ hasText: 'Because of' });
    const items = await causes.getByRole('listitem').allTextContents();
    expect(items[0]).toMatch(/A jump in training load.*weekly distance up 45%/);
    expect(items.some((t) => /Your shoes.*520 mi on your shoes.*310 and 500 mi/.test(t))).toBe(true);
    // The safety net is on the page without a tap, and the re-check list holds no emergency sign.
    const net = page.getByRole('region', { name: /Go to A&E now if any of these start/ });
    expect(await net.isVisible()).toBe(true);
    expect(await net.getByText(/New trouble passing urine/).isVisible()).toBe(true);
    const recheck = net.getByRole('list').nth(1);
    expect(await recheck.textContent()).not.toMatch(/urine|bowel|fever|temperature/i);
    expect(await net.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-checkin-self-manage');
    await net.scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-checkin-safety-net', false);

    await page.getByRole('link', { name: 'All check-ins' }).click();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    expect(await page.getByText('pain 4/10', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /Pain over time/ }).count()).toBe(1);
    await screenshot(page, 'phone-checkin-history');
    await context.close();
  });

  it('an urgent result comes straight after the warning signs, before pain and training (desktop, dark)', async () => {
    const context = await app.context(DESKTOP, 'dark');
    const page = await context.newPage();
    await authPage(page).signUp('urgent@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    const flow = checkinFlow(page);
    await flow.start();
    await flow.aboutYou(38, 'Male');
    await flow.noneOfThese();
    await flow.next();
    await flow.answer('history_cancer', 'Not sure');
    await flow.noneOfThese();
    await flow.next();
    await flow.noneOfThese();
    await flow.next();
    await page.getByRole('heading', { name: 'Within a day or two', level: 1 }).waitFor();
    expect(await page.getByText('Urgent', { exact: true }).count()).toBe(1);
    expect(await page.getByText('Do not run until you have been seen.').count()).toBe(1);
    expect(await page.getByText(/go to A&E now/).count()).toBe(1);
    await screenshot(page, 'desktop-dark-checkin-urgent');
    await context.close();
  });

  it('Home never shows a result while loading or after a failure, and always offers a check-in', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await authPage(page).signUp('home@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(DASHBOARD_REQUEST, async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    await page.reload();
    await page.getByText('Loading your last check-in…').waitFor();
    expect(await page.getByText(/Answer a few questions|Yes, easy running|Emergency/).count()).toBe(0);
    expect(await page.locator('.badge').count()).toBe(0);
    await screenshot(page, 'phone-home-loading');
    release();
    await page.unroute(DASHBOARD_REQUEST);
    await page.route(DASHBOARD_REQUEST, (route) => route.fulfill({ status: 500, body: '{}' }));
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await alert.waitFor();
    expect(await page.locator('.badge').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Start a check-in' }).count()).toBe(1);
    await screenshot(page, 'phone-home-error');
    await page.unroute(DASHBOARD_REQUEST);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText(/Answer a few questions about your back first/).waitFor();
    await context.close();
  });
});
