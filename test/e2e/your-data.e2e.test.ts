import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DESKTOP, hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { runsPages } from './support/runs-pages';
import { sampleTcxFile } from './support/sample-activity';
import { zipEntries } from '../support/zip-entries';
import { expectNoAxeViolations } from './support/axe';

describe.runIf(hasChromium)('your data in the browser', () => {
  const app = useE2eApp();

  it('downloads everything from Settings as a zip, then deletes the account with confirmation', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const email = 'leaving@example.com';
    const password = 'a sore back but running';
    await authPage(page).signUp(email, password);
    await shell(page).expectLoggedIn();

    // One run imported, so the download holds its file as it came.
    const tcx = sampleTcxFile(new Date());
    await shell(page).open('Runs');
    const runs = runsPages(page);
    await runs.openImport();
    await page.getByLabel(/Choose files/).setInputFiles(tcx);
    await page.getByRole('button', { name: 'Import this file' }).click();
    await runs.waitImportFinished();
    expect((await runs.counts())['Added']).toBe(1);

    await shell(page).open('Settings');
    const yourData = page.getByRole('region', { name: 'Your data' });
    await yourData.waitFor();
    expect(
      await yourData.getByRole('checkbox', { name: /Keep the activity files I import/ }).isChecked(),
    ).toBe(true);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-light-settings-your-data');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      yourData.getByRole('link', { name: 'Download all my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^backstride-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const entries = await zipEntries(await readFile((await download.path())!));
    const names = [...entries.keys()];
    for (const name of [
      'manifest.json',
      'settings.json',
      'checkins.json',
      'runs.json',
      'shoes.json',
      'plans.json',
    ])
      expect(names).toContain(name);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as {
      account: { email: string };
      counts: Record<string, number>;
    };
    expect(manifest.account.email).toBe(email);
    expect(manifest.counts).toMatchObject({ runs: 1, activities: 1 });
    const activity = names.find((n) => n.startsWith('activities/'));
    expect(activity).toMatch(/-morning-loop\.tcx$/);
    expect(entries.get(activity!)!.equals(tcx.buffer)).toBe(true);

    // The danger zone: the button waits for the password and the typed phrase.
    const danger = page.getByRole('region', { name: 'Delete your account' });
    const deleteButton = danger.getByRole('button', { name: 'Delete my account and all my data' });
    expect(await deleteButton.isDisabled()).toBe(true);
    await danger.getByLabel('Your password').fill('not my password');
    await danger.getByLabel(/Type “delete my account” to confirm/).fill('delete my');
    expect(await deleteButton.isDisabled()).toBe(true);
    await danger.getByLabel(/Type “delete my account” to confirm/).fill('delete my account');
    expect(await deleteButton.isDisabled()).toBe(false);
    await expectNoAxeViolations(page, 'settings with the danger zone filled in');
    await deleteButton.click();
    await expect
      .poll(() => danger.getByRole('alert').textContent())
      .toBe('That password is not right, so nothing was deleted.');
    await danger.scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-light-settings-delete-wrong-password');

    await danger.getByLabel('Your password').fill(password);
    await deleteButton.click();
    await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'were deleted' }).textContent()).toBe(
      'Your account and all of its data were deleted.',
    );
    await screenshot(page, 'phone-light-account-deleted');

    // Logged out, and the account is gone: its password no longer logs in.
    await page.goto('/settings');
    await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    await authPage(page).logIn(email, password);
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/Email or password is wrong/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the section and the danger zone on a desktop in the dark theme', async () => {
    const context = await app.context(DESKTOP, 'dark');
    const page = await context.newPage();
    await authPage(page).signUp('desk@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await shell(page).open('Settings');
    await page.getByRole('region', { name: 'Delete your account' }).waitFor();
    await screenshot(page, 'desktop-dark-settings-your-data');
    await context.close();
  });
});
