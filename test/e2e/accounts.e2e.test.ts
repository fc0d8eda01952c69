import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';

describe.runIf(hasChromium)('accounts in the browser', () => {
  const app = useE2eApp();

  it('registers, sees the shell, logs out and logs back in on a phone', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // A first visit says what backstride is and is not, with the ways in.
    await page.goto('/');
    await page.getByRole('heading', { name: 'Running with a sore back, safely', level: 1 }).waitFor();
    expect(await page.title()).toBe('Running with a sore back, safely · backstride');
    expect(await page.getByText('It is not a diagnosis').count()).toBe(1);
    expect(await page.getByRole('main').getByRole('link', { name: 'Create an account' }).count()).toBe(2);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-light-landing');

    await page.getByRole('banner').getByRole('link', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    expect(await page.title()).toBe('Log in · backstride');
    expect(await page.getByText('Welcome back').count()).toBe(0);
    await screenshot(page, 'phone-light-log-in');

    // This server sends no email, so the forgotten-password page says who can help, and how.
    await page.getByLabel('Email').fill('Runner@Example.com');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?', level: 1 }).waitFor();
    expect(await page.title()).toBe('Forgot your password? · backstride');
    expect(await page.locator('code').textContent()).toBe(
      'backstride user set-password --email runner@example.com',
    );
    expect(await page.getByRole('button', { name: 'Send me a link' }).count()).toBe(0);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-light-forgot-password-no-email');
    await page.getByRole('link', { name: 'backstride' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Create an account' }).first().click();
    await page.getByRole('heading', { name: 'Create your account', level: 1 }).waitFor();
    expect(await page.title()).toBe('Create an account · backstride');

    // Validation as you type: a short password is named next to its field.
    await page.goto('/sign-up');
    await page.getByLabel('Email').fill('runner@example.com');
    await page.getByLabel('Password').fill('short');
    await page.getByLabel('Email').focus();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/at least 10 characters/);
    await screenshot(page, 'phone-light-sign-up-error');

    await authPage(page).signUp('runner@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-light-home');

    for (const label of ['Check-in', 'Runs', 'Plan', 'Pain', 'Shoes', 'Settings']) {
      await shell(page).open(label);
      const heading = await shell(page).heading();
      expect(heading).toMatch(new RegExp(label === 'Pain' ? 'Pain diary' : label));
      await expectNoHorizontalScroll(page);
    }
    await shell(page).open('Runs');
    expect(await page.getByText('Import your runs from a Strava or Garmin export').count()).toBe(1);
    await screenshot(page, 'phone-light-runs-empty');

    await shell(page).logOut();

    // Signing up again with the same email points to log-in (no reset link: this server sends no email).
    await authPage(page).signUp('runner@example.com', 'another long password');
    const taken = page.getByRole('alert').filter({ hasText: 'already have an account' });
    await taken.waitFor();
    expect(await taken.textContent()).toBe('You already have an account with this email. Log in instead.');
    await taken.getByRole('link', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe('runner@example.com');

    await page.goto('/runs');
    await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();

    await authPage(page).logIn('runner@example.com', 'wrong password here');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/Email or password is wrong/);

    await authPage(page).logIn('runner@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the unit preference and follows the dark theme, on desktop', async () => {
    const context = await app.context(DESKTOP, 'dark');
    const page: Page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Running with a sore back, safely', level: 1 }).waitFor();
    await screenshot(page, 'desktop-dark-landing');
    await authPage(page).signUp('desk@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(16, 20, 19)');
    await screenshot(page, 'desktop-dark-home');

    await shell(page).open('Settings');
    await page.getByLabel('Miles (mi)').check();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /miles/ }).count()).toBe(1);
    await page.reload();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel('Miles (mi)').isChecked()).toBe(true);
    await screenshot(page, 'desktop-dark-settings');

    await page.getByLabel('Light').check();
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe('rgb(246, 247, 245)');
    await shell(page).open('Shoes');
    await page.getByRole('heading', { name: 'No shoes yet' }).waitFor();
    expect(await page.getByText(/310 to 500 mi, a rule of thumb/).count()).toBe(1);
    await screenshot(page, 'desktop-light-shoes');
    await context.close();
  });
});
