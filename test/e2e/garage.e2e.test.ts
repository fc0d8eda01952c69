import { describe, expect, it } from 'vitest';
import { DESKTOP, hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { expectNoAxeViolations } from './support/axe';
import { screenshotOf } from './support/runs-pages';

describe.runIf(hasChromium)('the garage in the browser', () => {
  const app = useE2eApp();

  it('adds a pair with a start distance, makes it the default, counts a run on it and retires it (phone)', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await authPage(page).signUp('garage@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await shell(page).open('Shoes');
    await page.getByRole('heading', { name: 'No shoes yet' }).waitFor();
    await screenshot(page, 'phone-shoes-empty');

    // The form says what is wrong next to the field, before anything is sent.
    await page.getByRole('button', { name: 'Add a pair' }).click();
    await page.getByLabel('Already run (km)').fill('lots');
    await page.getByLabel('Already run (km)').press('Enter');
    await page.getByText('Enter the brand, like Nike or Asics.').waitFor();
    await page.getByText('Enter the distance as a number, like 120.').waitFor();
    await page.getByLabel('Brand').fill('Nike');
    await page.getByLabel('Model (optional)').fill('Pegasus 40');
    await page.getByLabel('Already run (km)').fill('480');
    expect(await page.getByLabel('Replace at (km)').inputValue()).toBe('800');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-shoes-add');
    await page.getByRole('button', { name: 'Add this pair' }).click();
    await page.getByRole('status').filter({ hasText: 'Added Nike Pegasus 40.' }).waitFor();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Nike Pegasus 40' }) });
    await card.locator('.shoe-bar').waitFor();
    expect(await card.locator('.shoe-distance').textContent()).toBe(
      '480.0 km · 320.0 km to go before 800 km',
    );
    expect(await card.locator('.shoe-mark-label').allTextContents()).toEqual(['500 km', '800 km']);
    const fill = await card.locator('.shoe-bar-fill').evaluate((e) => (e as HTMLElement).style.width);
    expect(parseFloat(fill)).toBeCloseTo((480 / (800 * 1.08)) * 100, 1);
    expect(await card.locator('.shoe-wear').textContent()).toMatch(/Fine · 0 runs/);

    await card.getByRole('button', { name: /Use for new runs/ }).click();
    await card.getByText('Default for running').waitFor();
    expect(await card.getByRole('button', { name: /Use for new runs/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'garage (phone)');
    await screenshot(page, 'phone-shoes-default');
    await screenshotOf(card, 'phone-shoes-card');

    // A run typed in by hand gets the default pair.
    await shell(page).open('Runs');
    await page.getByRole('link', { name: 'Add a run by hand' }).click();
    await page.getByRole('heading', { name: 'Add a run by hand', level: 1 }).waitFor();
    await page.getByLabel('Distance (km)').fill('25');
    await page.getByLabel('hours').fill('2');
    await page.getByLabel('minutes').fill('30');
    await expect
      .poll(() => page.getByLabel('Shoe (optional)').locator('option:checked').textContent())
      .toBe('Your default: Nike Pegasus 40');
    await page.getByRole('button', { name: 'Save run' }).click();
    await page.getByRole('heading', { name: 'Details' }).waitFor();
    await expect
      .poll(() => page.getByLabel('Shoe', { exact: true }).locator('option:checked').textContent())
      .toBe('Nike Pegasus 40');
    await screenshot(page, 'phone-run-with-shoe');

    await shell(page).open('Shoes');
    await card.locator('.shoe-bar').waitFor();
    expect(await card.locator('.shoe-distance').textContent()).toMatch(/^505\.0 km/);
    expect(await card.locator('.shoe-wear').textContent()).toMatch(/Check the soles and cushioning · 1 run/);
    await screenshot(page, 'phone-shoes-counted');

    await card.getByRole('button', { name: /Retire/ }).click();
    await page.getByRole('status').filter({ hasText: 'Retired Nike Pegasus 40.' }).waitFor();
    await page.getByRole('heading', { name: 'No pair in use' }).waitFor();
    const folded = page.locator('details.retired-shoes');
    expect(await folded.getAttribute('open')).toBeNull();
    await folded.getByText('Retired shoes (1)').click();
    const retired = folded.getByRole('listitem');
    expect(await retired.locator('.shoe-wear').textContent()).toMatch(/Retired · 1 run/);
    expect(await retired.getByText('Default for running').count()).toBe(0);
    await expectNoAxeViolations(page, 'garage with a retired pair (phone)');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-shoes-retired');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows distances in miles, in dark on a desktop', async () => {
    const context = await app.context(DESKTOP, 'dark');
    const page = await context.newPage();
    await authPage(page).signUp('garage-miles@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await shell(page).open('Settings');
    await expect.poll(() => page.getByLabel('Miles (mi)').isEnabled()).toBe(true);
    await page.getByLabel('Miles (mi)').check();
    await page.getByRole('status').filter({ hasText: 'miles' }).waitFor();
    await shell(page).open('Shoes');
    await page.getByRole('button', { name: 'Add a pair' }).click();
    await page.getByLabel('Brand').fill('Hoka');
    await page.getByLabel('Nickname (optional)').fill('Trail pair');
    expect(await page.getByLabel('Replace at (mi)').inputValue()).toBe('497.1');
    await page.getByLabel('Already run (mi)').fill('100');
    await page.getByRole('button', { name: 'Add this pair' }).click();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Trail pair' }) });
    await card.locator('.shoe-bar').waitFor();
    expect(await card.locator('.shoe-distance').textContent()).toMatch(/^100\.0 mi · 397\.1 mi to go/);
    await expectNoAxeViolations(page, 'garage (desktop, dark)');
    await screenshot(page, 'desktop-dark-shoes');
    await context.close();
  });
});
