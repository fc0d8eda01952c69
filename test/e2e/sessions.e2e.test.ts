import { describe, expect, it } from 'vitest';
import { DESKTOP, hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { expectNoAxeViolations } from './support/axe';

const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

describe.runIf(hasChromium)('sessions and password change in Settings', () => {
  const app = useE2eApp();

  it('lists the devices, changes the password (logging the others out), and logs out one and everywhere', async () => {
    const email = 'two-devices@example.com';
    const first = 'my first long password';
    const second = 'my second long password';
    const phoneContext = await app.context(PHONE);
    await phoneContext.setExtraHTTPHeaders({ 'user-agent': ANDROID });
    const phone = await phoneContext.newPage();
    const laptop = await (await app.context(DESKTOP)).newPage();
    const errors: string[] = [];
    for (const page of [phone, laptop]) page.on('pageerror', (e) => errors.push(e.message));

    await authPage(phone).signUp(email, first);
    await shell(phone).expectLoggedIn();
    await authPage(laptop).logIn(email, first);
    await shell(laptop).expectLoggedIn();

    // The laptop sees both devices, itself first and marked.
    await shell(laptop).open('Settings');
    const sessions = laptop.getByRole('region', { name: 'Where you are logged in' });
    const items = sessions.getByRole('list', { name: 'Your sessions' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toMatch(/^Chrome on LinuxThis device/);
    expect(await items.nth(1).textContent()).toMatch(/^Chrome on Android/);
    expect(
      await items
        .nth(1)
        .getByRole('button', { name: /^Log out Chrome on Android/ })
        .count(),
    ).toBe(1);
    expect(await items.nth(0).getByRole('button').count()).toBe(0);

    // A wrong current password is said beside its field, and nothing changes.
    const change = laptop.getByRole('region', { name: 'Change your password' });
    await change.getByLabel('Current password').fill('not my password');
    await change.getByLabel('New password', { exact: true }).fill(second);
    await change.getByLabel('New password again').fill(second);
    await change.getByRole('button', { name: 'Change password' }).click();
    await change.getByText('This is not your current password.').waitFor();
    await screenshot(laptop, 'desktop-light-settings-password-wrong');
    await change.getByLabel('Current password').fill(first);
    await change.getByRole('button', { name: 'Change password' }).click();
    await change.getByText('Your password is changed, and 1 other session was logged out.').waitFor();
    await expect.poll(() => items.count()).toBe(1);

    // The phone was logged out: its next visit asks to log in, and only the new password works.
    await phone.goto('/settings');
    await phone.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    await authPage(phone).logIn(email, first);
    await phone.getByText(/Email or password is wrong/).waitFor();
    await authPage(phone).logIn(email, second);
    await shell(phone).expectLoggedIn();

    // Back on the laptop: the phone shows up again, and is logged out from here.
    await laptop.reload();
    await expect.poll(() => items.count()).toBe(2);
    await expectNoHorizontalScroll(laptop);
    await expectNoAxeViolations(laptop, 'settings with two sessions');
    await sessions.scrollIntoViewIfNeeded();
    await screenshot(laptop, 'desktop-light-settings-sessions', false);
    await items
      .nth(1)
      .getByRole('button', { name: /^Log out Chrome on Android/ })
      .click();
    await sessions.getByText('Chrome on Android is logged out.').waitFor();
    await expect.poll(() => items.count()).toBe(1);
    await phone.goto('/settings');
    await phone.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();

    // The phone's own view of Settings, then "Log out everywhere" ends every session, the laptop's too.
    await authPage(phone).logIn(email, second);
    await shell(phone).open('Settings');
    const phoneSessions = phone.getByRole('region', { name: 'Where you are logged in' });
    await phoneSessions.getByText('This device').waitFor();
    await expectNoHorizontalScroll(phone);
    await phoneSessions.scrollIntoViewIfNeeded();
    await screenshot(phone, 'phone-light-settings-sessions', false);
    await phone.getByRole('button', { name: 'Log out everywhere' }).click();
    await phone.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    await laptop.reload();
    await laptop.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    expect(errors).toEqual([]);
  });
});
