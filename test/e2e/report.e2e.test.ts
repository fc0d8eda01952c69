import { describe, expect, it } from 'vitest';
import { DESKTOP, hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, shell } from './support/pages';
import { pageFetch } from './support/page-api';
import { mechanicalCheckin } from '../support/checkins';
import { REPORT_SECTIONS } from '../../src/app/report-html';

/** An A4 page's width at 96 dpi (210 mm): how the report is looked at, as on paper. */
const A4 = { viewport: { width: 794, height: 1123 } };
const DAY = 86_400_000;

describe.runIf(hasChromium)('the report for a clinician in the browser', () => {
  const app = useE2eApp();

  it('opens the printable report from Settings, and makes and stops a share link', async () => {
    const context = await app.context(DESKTOP);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await authPage(page).signUp('report-e2e@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();

    // Twelve weeks of running: 20 km a week, 32 km two weeks ago, 12 km last week; a pair of shoes; two check-ins.
    expect(
      (
        await pageFetch(page, 'POST', '/api/shoes', {
          brand: 'Saucony',
          model: 'Ride 17',
          defaultFor: 'running',
        })
      ).status,
    ).toBe(201);
    const now = Date.now();
    for (let w = 12; w >= 1; w--) {
      const km = w === 2 ? 32 : w > 2 ? 20 : 12;
      for (const offset of [0, 2 * DAY]) {
        const res = await pageFetch(page, 'POST', '/api/runs', {
          startTime: new Date(now - w * 7 * DAY + offset).toISOString(),
          distanceM: km * 500,
          elapsedS: km * 165,
          indoor: false,
        });
        expect(res.status).toBe(201);
      }
    }
    const checkin = mechanicalCheckin({ painScore: 5 });
    checkin.findings = [
      ...checkin.findings.filter((f) => f.code !== 'pain_central_lumbar'),
      { code: 'pain_central_lumbar', value: true },
    ];
    expect((await pageFetch(page, 'POST', '/api/checkins', checkin)).status).toBe(201);

    // Settings: the runner's goal first, then the report, opened in a new tab.
    await shell(page).open('Settings');
    const goal = page.getByRole('region', { name: 'Your running goal' });
    await goal.getByLabel('What are you running for?').fill('  A half marathon in April ');
    await goal.getByRole('button', { name: 'Save goal' }).click();
    await goal.getByRole('status').getByText('Saved: your goal is on your report.').waitFor();
    const section = page.getByRole('region', { name: 'Report for your physio' });
    await section.waitFor();
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      section.getByRole('link', { name: 'Open the report for your physio' }).click(),
    ]);
    const violations: string[] = [];
    tab.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await tab.setViewportSize(A4.viewport);
    await tab.getByRole('heading', { level: 1, name: 'Running and back pain report' }).waitFor();
    for (const name of REPORT_SECTIONS) await tab.getByRole('heading', { level: 2, name }).waitFor();
    await tab
      .getByText('Age 34')
      .or(tab.getByText('34', { exact: true }))
      .first()
      .waitFor();
    await tab.getByText('Goal: A half marathon in April').waitFor();
    expect(await tab.getByRole('img', { name: /Weekly running km/ }).count()).toBe(1);
    expect(await tab.getByRole('img', { name: /Pain scores/ }).count()).toBe(1);
    // The stylesheet applied under the page's own policy: headings are upper-cased by it.
    expect(
      await tab
        .getByRole('heading', { level: 2, name: 'Runner' })
        .evaluate((h) => getComputedStyle(h).textTransform),
    ).toBe('uppercase');
    await screenshot(tab, 'report-a4');
    await tab.emulateMedia({ media: 'print' });
    await screenshot(tab, 'report-a4-print');
    expect(violations).toEqual([]);
    await tab.close();

    // A share link for the physio: listed with its address, opened without a session, then stopped.
    await section.getByLabel('Who it is for (optional)').fill('Physio Ana');
    await section.getByRole('button', { name: 'Make a share link' }).click();
    await section.getByText('Your link is ready').waitFor();
    const address = section.getByRole('textbox', { name: 'Address of Physio Ana' });
    const url = await address.inputValue();
    expect(url).toMatch(/\/api\/shared\/[A-Za-z0-9_-]{43}$/);
    await section.getByText(/Physio Ana.*Works until/).waitFor();
    await screenshot(page, 'report-share-links');

    const stranger = await app.context(PHONE);
    const clinician = await stranger.newPage();
    await clinician.goto(url);
    await clinician.getByRole('heading', { level: 1, name: 'Running and back pain report' }).waitFor();
    await clinician.getByText(/shared by the runner/).waitFor();
    expect(await clinician.content()).not.toContain('report-e2e@example.com');
    await screenshot(clinician, 'report-shared-phone');

    await section.getByRole('button', { name: 'Stop this link' }).click();
    await section.getByText('The link is stopped').waitFor();
    await section.getByText(/Physio Ana.*Stopped/).waitFor();
    expect(await section.getByRole('textbox', { name: 'Address of Physio Ana' }).count()).toBe(0);
    const after = await clinician.goto(url);
    expect(after?.status()).toBe(404);
    await clinician.getByRole('heading', { name: 'This report link is not available' }).waitFor();
    await stranger.close();
    expect(errors).toEqual([]);
    await context.close();
  });
});
