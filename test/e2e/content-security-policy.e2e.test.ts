import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, shell } from './support/pages';
import { runsPages } from './support/runs-pages';
import { sampleTcxFile } from './support/sample-activity';

/**
 * Everything the page reports about the content security policy: Chromium's console messages, and the
 * `securitypolicyviolation` events the document fires (listened for from before any page script runs).
 */
async function watchPolicy(page: Page): Promise<{ console: string[]; violations: () => Promise<string[]> }> {
  const console: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Permissions-Policy|Refused to/i.test(text)) console.push(text);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  return {
    console,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

describe.runIf(hasChromium)('the built app under its content security policy', () => {
  const app = useE2eApp();

  it('loads and works on every main screen with no policy violation, while inline script stays blocked', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const policy = await watchPolicy(page);

    const landing = await page.goto('/');
    const csp = landing?.headers()['content-security-policy'] ?? '';
    // WebAssembly may compile (the form check's pose model), JavaScript may not be eval'd, workers are our own.
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(csp).toMatch(/worker-src 'self';/);
    expect(landing?.headers()['cache-control']).toBe('no-cache');
    await page.getByRole('heading', { name: 'Running with a sore back, safely', level: 1 }).waitFor();

    await authPage(page).signUp('csp@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();

    // The theme is set by the bundle, not an inline script: choosing Dark works and sticks across a reload.
    await shell(page).open('Settings');
    await expect.poll(() => page.getByLabel('Dark').isEnabled()).toBe(true);
    await page.getByLabel('Dark').check();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    // A run with its charts and route (SVG drawn by React), imported through the upload page.
    await shell(page).open('Runs');
    const runs = runsPages(page);
    await runs.openImport();
    await page.getByLabel(/Choose files/).setInputFiles(sampleTcxFile(new Date()));
    await page.getByRole('button', { name: 'Import this file' }).click();
    await runs.waitImportFinished();
    await page.getByRole('link', { name: 'See your runs' }).click();
    await page.locator('.run-list a').first().click();
    await runs.chart(/^Route/).waitFor();
    await screenshot(page, 'phone-dark-run-under-csp');

    await page.goto('/check-in');
    await page.getByRole('link', { name: 'Start a check-in' }).first().click();
    await page.getByRole('heading', { name: 'About you', level: 1 }).waitFor();
    for (const label of ['Plan', 'Pain', 'Shoes']) await shell(page).open(label);

    expect(policy.console).toEqual([]);
    expect(await policy.violations()).toEqual([]);
    expect(errors).toEqual([]);

    // The policy is really there: a script written into the page does not run, and is reported.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(ran).toBe(false);
    await expect.poll(() => policy.violations()).toEqual(['script-src-elem blocked inline']);
    await expect.poll(() => policy.console.length).toBeGreaterThan(0);
    await context.close();
  });

  it('refuses to be framed by another page', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await page.setContent(`<iframe src="${app.url}/" title="framed"></iframe>`);
    await expect.poll(() => messages.join('\n'), { timeout: 10_000 }).toMatch(/frame-ancestors 'none'/);
    expect(await page.frameLocator('iframe').getByRole('heading', { level: 1 }).count()).toBe(0);
    await context.close();
  });
});
