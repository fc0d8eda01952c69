import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { startMailSink } from './support/mail-sink';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { freePort } from '../support/spawn';

describe.runIf(hasChromium)('password reset by email, in the browser on a phone', () => {
  let sink: Awaited<ReturnType<typeof startMailSink>>;
  let port = 0;
  beforeAll(async () => {
    sink = await startMailSink();
    port = await freePort();
  });
  afterAll(async () => sink?.stop());
  // Registered after the sink's hook, so it runs after it: the server is told where the sink listens.
  const app = useE2eApp(() => ({
    port,
    env: {
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      MAIL_FROM: 'backstride <no-reply@example.org>',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
  }));

  it('asks for a link, reads it from the email, sets a new password and logs in with it', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await authPage(page).signUp('forgetful@example.org', 'the first long password');
    await shell(page).expectLoggedIn();
    await shell(page).logOut();

    // Signing up again with the same email says so next to the field, with the ways out.
    await page.goto('/sign-up');
    await page.getByLabel('Email').fill('forgetful@example.org');
    await page.getByLabel('Password').fill('another long password');
    await page.getByRole('button', { name: 'Create account' }).click();
    const taken = page.getByRole('alert').filter({ hasText: 'already have an account' });
    await taken.waitFor();
    expect(await taken.textContent()).toBe(
      'You already have an account with this email. Log in instead, or set a new password if you have forgotten it.',
    );
    expect(await taken.getByRole('link', { name: 'Log in' }).getAttribute('href')).toBe('/log-in');
    await screenshot(page, 'phone-light-sign-up-email-taken');

    await taken.getByRole('link', { name: 'set a new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    expect(await page.title()).toBe('Forgot your password? · backstride');
    expect(await page.getByLabel('Email').inputValue()).toBe('forgetful@example.org');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-light-forgot-password');

    await page.getByRole('button', { name: 'Send me a link' }).click();
    const sent = page.getByRole('status').filter({ hasText: 'Check your email' });
    await sent.waitFor();
    const knownAnswer = await sent.locator('p').first().textContent();
    expect(await sent.textContent()).toContain('You entered forgetful@example.org.');
    expect(knownAnswer).toMatch(/If an account uses this email, a link .* is on its way/);
    await screenshot(page, 'phone-light-forgot-password-sent');

    const mail = await sink.waitFor(1);
    expect(mail.to).toEqual(['forgetful@example.org']);
    expect(mail.raw).toMatch(/^Subject: Set a new backstride password/m);
    const link = /http:\/\/127\.0\.0\.1:\d+\/reset-password#token=[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
    expect(link, mail.text).toBeDefined();

    // An email nobody uses gets the very same answer, and no email.
    await page.getByRole('button', { name: 'Use a different email' }).click();
    await page.getByLabel('Email').fill('nobody-here@example.org');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await sent.waitFor();
    expect(await sent.locator('p').first().textContent()).toBe(knownAnswer);
    expect(await sent.textContent()).toContain('You entered nobody-here@example.org.');

    await page.goto(link ?? '');
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    expect(await page.title()).toBe('Choose a new password · backstride');
    await expect.poll(() => page.evaluate(() => window.location.href)).not.toContain('token');
    await page.getByLabel('New password').fill('too short');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/at least 10 characters/);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-light-reset-password');

    await page.getByLabel('New password').fill('a second long password');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your new password is set' }).waitFor();
    await screenshot(page, 'phone-light-reset-password-done');
    await page.getByRole('link', { name: 'Go to Today' }).click();
    await shell(page).expectLoggedIn();
    await shell(page).logOut();

    // The link works once.
    await page.goto(link ?? '');
    await page.getByLabel('New password').fill('a third long password');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/already been used/);
    expect(await page.getByLabel('New password').count()).toBe(0);
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
    await screenshot(page, 'phone-light-reset-password-used');

    await authPage(page).logIn('forgetful@example.org', 'the first long password');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/Email or password is wrong/);
    await authPage(page).logIn('forgetful@example.org', 'a second long password');
    await shell(page).expectLoggedIn();
    expect(await page.title()).not.toMatch(/Log in/);

    // Only the one email was sent: none for the unknown address, none for the used link.
    expect(sink.messages.map((m) => m.to)).toEqual([['forgetful@example.org']]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says what to do when the page is opened without its link, in the dark theme', async () => {
    const context = await app.context(PHONE, 'dark');
    const page = await context.newPage();
    await page.goto('/reset-password');
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/needs the link from your reset email/);
    expect(await page.getByLabel('New password').count()).toBe(0);
    await screenshot(page, 'phone-dark-reset-password-no-link');
    await page.getByRole('link', { name: 'Ask for a new link' }).click();
    await page.getByRole('button', { name: 'Send me a link' }).waitFor();
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/Enter an email address like/);
    await screenshot(page, 'phone-dark-forgot-password-error');
    await context.close();
  });
});
