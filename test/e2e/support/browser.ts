import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results/screenshots');

/** Where Chromium is missing, the tier skips locally and fails in CI. */
export const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium) {
  if (process.env.CI === 'true')
    throw new Error(`CI=true but no Chromium at ${CHROMIUM_PATH}: the e2e tier may not skip.`);
  console.warn(`No Chromium at ${CHROMIUM_PATH}: e2e tests are skipped. Install Debian's chromium package.`);
}

export interface BrowserSession {
  browser: Browser;
  close(): Promise<void>;
}

/** Debian's Chromium with the flags this closed network needs, and a fresh profile. */
export async function launchBrowser(): Promise<BrowserSession> {
  // playwright-core gives every launch a fresh temporary profile (it refuses --user-data-dir).
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

export const PHONE = {
  viewport: { width: 360, height: 780 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const DESKTOP = { viewport: { width: 1280, height: 820 } };

export async function newContext(
  browser: Browser,
  baseURL: string,
  device: typeof PHONE | typeof DESKTOP,
  colorScheme: 'light' | 'dark' = 'light',
  locale = 'en-GB',
): Promise<BrowserContext> {
  return browser.newContext({ ...device, baseURL, colorScheme, locale, reducedMotion: 'reduce' });
}

/** Saves a full-page screenshot under test-results/screenshots for a person to look at. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
