import { describe, expect, it } from 'vitest';
import { hasChromium, PHONE, DESKTOP, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { checkinFlow } from './support/checkin-flow';

describe.runIf(hasChromium)('check-in in the browser', () => {
  const app = useE2eApp();

  it('saddle numbness ends on the full-screen emergency card, with no plan', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await authPage(page).signUp('numb@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    const flow = checkinFlow(page);
    await flow.start();
    await screenshot(page, 'phone-checkin-about-you');
    await flow.aboutYou(44, 'Male');
    await page.getByRole('heading', { name: 'Warning signs: nerves' }).waitFor();
    // Unanswered red flags block the way on.
    await flow.next();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/questions still need an answer/);
    await flow.answer('saddle_numbness', 'Yes');
    await flow.answerRestNo();
    await page.getByRole('heading', { name: 'Warning signs: nerves' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-checkin-red-flags', false);
    await flow.next();

    const card = page.getByRole('alertdialog');
    await card.waitFor();
    expect(await card.getByText('Emergency', { exact: true }).count()).toBe(1);
    expect(await card.getByRole('heading', { level: 1 }).textContent()).toMatch(/A&E|emergency/i);
    expect(await page.getByText(/Likely causes|plank|bridge/i).count()).toBe(0);
    // Nothing competes with the card: it covers the whole screen.
    const box = await card.boundingBox();
    expect(box?.width).toBe(360);
    expect(box?.height).toBeGreaterThanOrEqual(780);
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('.emergency-screen')!).backgroundColor,
      ),
    ).toBe('rgb(180, 35, 24)');
    await screenshot(page, 'phone-checkin-emergency');
    await card.getByText('Why this answer: rules and sources').click();
    await expect.poll(() => card.getByText(/E1: /).count()).toBe(1);
    expect(await card.getByText(/BASS/).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('a mechanical check-in ends with ranked causes, next steps and the safety net', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await authPage(page).signUp('mech@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    const flow = checkinFlow(page);
    await flow.start();
    await flow.aboutYou(34, 'Female');
    for (let i = 0; i < 3; i++) {
      await flow.answerRestNo();
      await flow.next();
    }
    await page.getByRole('heading', { name: 'Your pain', level: 1 }).waitFor();
    // How bad and how long are needed: several rules depend on them.
    await flow.next();
    await expect
      .poll(() =>
        page
          .getByRole('alert')
          .filter({ hasText: /how bad the pain is and how many days/ })
          .count(),
      )
      .toBe(1);
    expect(await page.getByText('Please choose a number.').count()).toBe(1);
    await flow.pain(4, 9);
    await flow.answer('pain_central_lumbar', 'Yes');
    await screenshot(page, 'phone-checkin-pain');
    await flow.next();
    await page.getByRole('heading', { name: 'Training and body', level: 1 }).waitFor();
    await page
      .getByLabel(/weekly distance/i)
      .first()
      .fill('45');
    await flow.answer('hip_flexor_tightness', 'Yes');
    await flow.answer('hamstring_tightness', 'Yes');
    await flow.next();
    await page.getByRole('heading', { name: 'One more, if you like' }).waitFor();
    await flow.next();

    await page.getByRole('heading', { name: 'Nothing here needs a doctor right now' }).waitFor();
    const causes = page.getByRole('list').filter({ hasText: 'Because of' });
    const items = await causes.getByRole('listitem').allTextContents();
    expect(items[0]).toMatch(/A jump in training load.*weekly distance up 45%/);
    expect(items.some((t) => /Tight hips and hamstrings/.test(t))).toBe(true);
    expect(await page.getByText('Self-care', { exact: true }).count()).toBe(1);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-checkin-self-manage');
    await page.getByText('When to stop and get help').click();
    await expect.poll(() => page.getByText(/Cauda equina/).count()).toBeGreaterThan(0);
    await screenshot(page, 'phone-checkin-safety-net');

    // The history lists it with its pain, and a chart appears.
    await page.getByRole('link', { name: 'All check-ins' }).click();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    expect(await page.getByText('pain 4/10', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /Pain over time/ }).count()).toBe(1);
    await screenshot(page, 'phone-checkin-history');
    await context.close();
  });

  it('an urgent result says when, what to say and to stop running (desktop, dark)', async () => {
    const context = await app.context(DESKTOP, 'dark');
    const page = await context.newPage();
    await authPage(page).signUp('urgent@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    const flow = checkinFlow(page);
    await flow.start();
    await flow.aboutYou(38, 'Male');
    await flow.answerRestNo();
    await flow.next();
    await flow.answer('history_cancer', 'Not sure');
    await flow.answerRestNo();
    await flow.next();
    await flow.answerRestNo();
    await flow.next();
    await flow.pain(3, 5);
    await flow.next();
    await flow.next();
    await flow.next();
    await page.getByRole('heading', { name: 'Today, or within 48 hours' }).waitFor();
    expect(await page.getByText('Urgent', { exact: true }).count()).toBe(1);
    expect(await page.getByText(/Stop running until you have been seen/).count()).toBe(1);
    await screenshot(page, 'desktop-dark-checkin-urgent');
    await context.close();
  });
});
