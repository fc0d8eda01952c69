import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { authPage, shell } from './support/pages';
import { checkinFlow } from './support/checkin-flow';
import { runsPages } from './support/runs-pages';
import { sampleTcxFile } from './support/sample-activity';
import { allRedFlagsNo } from '../support/checkins';

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** A check-in saved through the API (from the page, so it carries the session and the Origin header). */
async function saveCheckin(page: Page, body: object): Promise<string> {
  const id = await page.evaluate(async (b) => {
    const res = await fetch('/api/checkins', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(b),
    });
    if (!res.ok) throw new Error(`POST /api/checkins: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  }, body);
  return id;
}

/** A complete check-in (every required question answered No, pain 3/10 for 10 days) with some answers changed. */
function complete(age: number, sex: 'F' | 'M', changes: Record<string, boolean | number>) {
  const findings = allRedFlagsNo(sex, age).map((f) =>
    f.code in changes ? { ...f, value: changes[f.code] as boolean | number } : f,
  );
  return { age, sex, findings };
}
const URGENT = complete(38, 'M', { history_cancer: true });
const SEE_CLINICIAN = complete(17, 'F', { pain_with_extension: true, pain_duration_days: 30 });
const EMERGENCY = { age: 44, sex: 'M', findings: [{ code: 'saddle_numbness', value: true }] };

/**
 * axe (WCAG 2.0/2.1 A and AA, best practice) on every page of the app at phone size, light and dark.
 * Checks are soft: one run lists every violation on every page before the test fails.
 */
describe.runIf(hasChromium)('accessibility: axe on every page at phone size', () => {
  const app = useE2eApp();

  for (const theme of THEMES) {
    const where = (name: string) => `${name} (phone, ${theme})`;
    const check = async (page: Page, name: string) => {
      await expectNoAxeViolations(page, where(name), { soft: true });
      await screenshot(page, `a11y-${theme}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
    };
    const newPage = async (theme: Theme) => (await app.context(PHONE, theme)).newPage();

    it(`landing, log-in, sign-up, forgotten and reset password (${theme})`, async () => {
      const page = await newPage(theme);
      await page.goto('/');
      await page
        .getByRole('link', { name: /sign up|create an account/i })
        .first()
        .waitFor();
      await check(page, 'landing');
      await page.goto('/forgot-password');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await check(page, 'forgot password');
      await page.goto('/reset-password#token=not-a-real-token');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await check(page, 'reset password');
      await page.goto('/log-in');
      await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
      await check(page, 'log-in');
      await page.goto('/sign-up');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByLabel('Email').fill('not an email');
      await page.getByLabel('Password').fill('short');
      await page.getByLabel('Email').focus();
      await page.getByRole('alert').first().waitFor();
      await check(page, 'sign-up with errors');
      await page.context().close();
    });

    it(`Home, Runs, import, a run, add a run, Plan, Pain, Shoes, More, Settings (${theme})`, async () => {
      const page = await newPage(theme);
      await authPage(page).signUp(`pages-${theme}@example.com`, 'a sore back but running');
      await shell(page).expectLoggedIn();
      await check(page, 'home empty');

      await shell(page).open('Runs');
      await page.getByText('No runs yet').waitFor();
      await check(page, 'runs empty');
      const runs = runsPages(page);
      await runs.openImport();
      await check(page, 'import idle');
      await page.getByLabel(/Choose files/).setInputFiles(sampleTcxFile(new Date()));
      await page.getByRole('button', { name: 'Import this file' }).click();
      await runs.waitImportFinished();
      expect((await runs.counts())['Added']).toBe(1);
      await check(page, 'import finished');

      await page.getByRole('link', { name: 'See your runs' }).click();
      await page.locator('.run-list li').first().waitFor();
      await check(page, 'runs with runs');
      await page.locator('.run-list a').first().click();
      await runs.chart(/^Route/).waitFor();
      expect(await page.getByRole('table').count()).toBe(1);
      await check(page, 'run page');

      await shell(page).open('Runs');
      await page.getByRole('link', { name: 'Add a run by hand' }).click();
      await page.getByRole('heading', { name: 'Add a run by hand', level: 1 }).waitFor();
      await check(page, 'add a run');
      await page.getByRole('button', { name: 'Save run' }).click();
      await page.getByText('Some answers need a look').waitFor();
      await check(page, 'add a run with errors');

      for (const [label, name] of [
        ['Plan', 'plan'],
        ['Pain', 'pain'],
        ['Shoes', 'shoes'],
        ['Settings', 'settings'],
      ] as const) {
        await shell(page).open(label);
        // Settings is disabled until the saved preferences arrive: check it as a runner uses it.
        if (label === 'Settings')
          await expect.poll(() => page.getByLabel('Miles (mi)').isEnabled()).toBe(true);
        await check(page, name);
      }
      await shell(page).nav().getByRole('link', { name: 'More', exact: true }).click();
      await page.getByRole('heading', { name: 'More', level: 1 }).waitFor();
      await check(page, 'more');
      await page.context().close();
    });

    it(`the check-in: each step, with its missing-answer errors, to the self-care result (${theme})`, async () => {
      const page = await newPage(theme);
      await authPage(page).signUp(`checkin-${theme}@example.com`, 'a sore back but running');
      await shell(page).expectLoggedIn();
      await shell(page).open('Check-in');
      await page.getByText('No check-ins yet').waitFor();
      await check(page, 'check-in history empty');

      const flow = checkinFlow(page);
      await flow.start();
      await flow.next();
      await page.getByText('Please choose one.').waitFor();
      await check(page, 'check-in about you with errors');
      await flow.aboutYou(34, 'Female');
      for (const step of [
        'Warning signs: nerves',
        'Warning signs: injuries and health',
        'Warning signs: infection and other',
      ]) {
        await page.getByRole('heading', { name: step, level: 1 }).waitFor();
        await flow.next();
        await page
          .getByRole('alert')
          .filter({ hasText: /still need(s)? an answer/ })
          .waitFor();
        await check(page, `check-in ${step} with errors`);
        await flow.noneOfThese();
        // The chosen answers too: their colours and ticks.
        if (step.endsWith('nerves')) await check(page, `check-in ${step} answered`);
        await flow.next();
      }
      await page.getByRole('heading', { name: 'Your pain', level: 1 }).waitFor();
      await flow.next();
      await page.getByText('Please choose a number.').waitFor();
      await check(page, 'check-in pain with errors');
      await flow.pain(4, 9);
      await flow.noneOfThese();
      await flow.next();
      await page.getByRole('heading', { name: 'Training and body', level: 1 }).waitFor();
      await check(page, 'check-in training');
      await flow.noneOfThese();
      await flow.next();
      await page.getByRole('heading', { name: 'One more, if you like', level: 1 }).waitFor();
      await page.getByLabel('Answer the questionnaire').check();
      await check(page, 'check-in questionnaire');
      await page.getByLabel('Answer the questionnaire').uncheck();
      await flow.next();
      await page.getByRole('heading', { name: 'Nothing here needs a doctor right now' }).waitFor();
      await check(page, 'result self-care');

      // A returning runner: the "still true?" list, then a stop on an urgent answer after the warning signs.
      await flow.start();
      await flow.next();
      await page.getByRole('heading', { name: 'Still true?', level: 1 }).waitFor();
      await check(page, 'check-in still true');
      await flow.tapButton('Something has changed');
      await flow.answer('history_cancer', 'Yes');
      await check(page, 'check-in still true, changing');
      await flow.next();
      for (let i = 0; i < 3; i++) {
        await flow.noneOfThese();
        await flow.next();
      }
      await page.getByRole('heading', { name: 'Within a day or two', level: 1 }).waitFor();
      await check(page, 'result urgent after the warning signs');
      await page.context().close();
    });

    it(`each result type, the history with its chart, Home with a check-in (${theme})`, async () => {
      const page = await newPage(theme);
      await authPage(page).signUp(`results-${theme}@example.com`, 'a sore back but running');
      await shell(page).expectLoggedIn();
      await page.goto(`/check-in/${await saveCheckin(page, SEE_CLINICIAN)}`);
      await page.getByRole('heading', { name: 'Within 1–2 weeks', level: 1 }).waitFor();
      await check(page, 'result see-clinician');
      await page.goto(`/check-in/${await saveCheckin(page, URGENT)}`);
      await page.getByRole('heading', { name: 'Within a day or two', level: 1 }).waitFor();
      await check(page, 'result urgent');
      await page.goto(`/check-in/${await saveCheckin(page, EMERGENCY)}`);
      await page.getByRole('alertdialog').waitFor();
      await check(page, 'result emergency');

      await page.goto('/check-in');
      await page.getByRole('img', { name: /Pain over time/ }).waitFor();
      await check(page, 'check-in history with chart');
      await page.goto('/');
      await page.getByText('See your last result').or(page.getByText('Check in again')).waitFor();
      await check(page, 'home with a check-in');
      await page.context().close();
    });
  }

  it('a desktop in the dark theme: the sidebar shell on a few pages', async () => {
    const page = await (await app.context(DESKTOP, 'dark')).newPage();
    const check = (name: string) => expectNoAxeViolations(page, `${name} (desktop, dark)`, { soft: true });
    await authPage(page).signUp('desktop-dark@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await check('home');
    for (const label of ['Runs', 'Shoes', 'Settings']) {
      await shell(page).open(label);
      await check(label.toLowerCase());
    }
    const flow = checkinFlow(page);
    await flow.start();
    await flow.aboutYou(52, 'Male');
    await flow.next();
    await page
      .getByRole('alert')
      .filter({ hasText: /still need an answer/ })
      .waitFor();
    await check('check-in red flags with errors');
    await screenshot(page, 'a11y-desktop-dark-red-flags');
    await page.context().close();
  });
});
