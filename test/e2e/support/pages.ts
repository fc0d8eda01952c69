import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Page objects: the app as a runner sees it, found by role and text. */
export const authPage = (page: Page) => ({
  async signUp(email: string, password: string) {
    await page.goto('/sign-up');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
  },
  async logIn(email: string, password: string) {
    await page.goto('/log-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
  },
});

export const shell = (page: Page) => ({
  nav: () => page.getByRole('navigation', { name: /^Main/ }).filter({ visible: true }),
  async expectLoggedIn() {
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  },
  /** Opens a destination from the navigation and waits for its heading. */
  async open(label: string, heading: string | RegExp = label === 'Pain' ? 'Pain diary' : label) {
    const inNav = this.nav().getByRole('link', { name: label, exact: true });
    if (await inNav.count()) await inNav.click();
    else {
      await this.nav().getByRole('link', { name: 'More', exact: true }).click();
      await page.getByRole('main').getByRole('link', { name: label, exact: true }).click();
    }
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  },
  async heading() {
    return page.getByRole('heading', { level: 1 }).first().textContent();
  },
  async logOut() {
    await this.open('Settings');
    await page.getByRole('main').getByRole('button', { name: 'Log out', exact: true }).click();
    await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
  },
});

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
