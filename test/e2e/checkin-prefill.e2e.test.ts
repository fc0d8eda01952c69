import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findingDef } from '../../src/core/checkin';
import { hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { checkinFlow } from './support/checkin-flow';
import { screenshotOf } from './support/runs-pages';
import { expectNoAxeViolations } from './support/axe';

/**
 * Seven weeks of runs typed in through the API, on the runner's own clock (Wednesdays at noon): four
 * weeks of 10 km, then 10 km and 15 km in the last two complete weeks, all in one pair of shoes.
 * Measured: distance up 50 %, longest run up 50 %, 65 km on the shoes, no change of surface.
 */
async function addRuns(page: Page) {
  const statuses = await page.evaluate(async () => {
    const today = new Date();
    const monday = new Date(
      today.getFullYear(),
      today.getMonth(),
      today.getDate() - ((today.getDay() + 6) % 7),
    );
    const kmByWeeksBack = [15, 10, 10, 10, 10, 10]; // 1 = the last complete week
    const shoe = await fetch('/api/shoes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ brand: 'Pegasus' }),
    });
    const shoeId = ((await shoe.json()) as { id: string }).id;
    const out: number[] = [shoe.status];
    for (const [i, km] of kmByWeeksBack.entries()) {
      const day = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 7 * (i + 1) + 2, 12);
      const res = await fetch('/api/runs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          startTime: day.toISOString(),
          distanceM: km * 1000,
          elapsedS: km * 330,
          indoor: false,
          shoeId,
        }),
      });
      out.push(res.status);
    }
    return out;
  });
  expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 201]);
}

const label = (code: string) => findingDef(code)!.askAs;

describe.runIf(hasChromium)('check-in filled in from the runner’s runs', () => {
  const app = useE2eApp();

  it('fills the training questions from runs, marked and editable, and the result names the load', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await authPage(page).signUp('prefill@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await addRuns(page);

    const flow = checkinFlow(page);
    await flow.start();
    await flow.aboutYou(38, 'Male');
    for (const step of ['nerves', 'injuries and health', 'infection and other']) {
      await page.getByRole('heading', { name: `Warning signs: ${step}`, level: 1 }).waitFor();
      // Nothing from runs is on the warning-sign steps, and every question there is still open.
      expect(await page.getByText('From your runs.').count(), step).toBe(0);
      expect(await page.getByRole('main').getByRole('radio', { checked: true }).count(), step).toBe(0);
      await flow.noneOfThese();
      await flow.next();
    }
    await flow.pain(3, 5);
    expect(await page.getByText('From your runs.').count()).toBe(0);
    await flow.noneOfThese();
    await flow.next();
    await page.getByRole('heading', { name: 'Training and body', level: 1 }).waitFor();

    await expect.poll(() => page.getByText('From your runs.').count()).toBe(4);
    expect(await page.getByLabel(label('recent_mileage_increase_pct')).inputValue()).toBe('50');
    expect(await page.getByLabel(label('long_run_increase_pct')).inputValue()).toBe('50');
    expect(await page.getByLabel(label('shoe_km')).inputValue()).toBe('65');
    expect(await page.getByLabel(label('cadence_spm')).inputValue()).toBe(''); // typed runs carry no cadence
    const surface = flow.question('surface_change');
    expect(await surface.getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(true);
    const mileageHint = page.locator('[data-code="recent_mileage_increase_pct"] .field-hint');
    expect(await mileageHint.textContent()).toMatch(
      /^From your runs\. The bigger of the weeks of \d+ (\w+ )?and \d+ \w+ \(15\.0 km\) against your average over the four weeks from \d+ \w+ \(10\.0 km a week\)\./,
    );
    expect(await page.locator('[data-code="shoe_km"] .field-hint').textContent()).toContain(
      'Your Pegasus, the pair you ran in most in the weeks of',
    );
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'phone-checkin-prefill');
    const group = (heading: string) =>
      page.locator('section.question-group').filter({ has: page.getByRole('heading', { name: heading }) });
    await screenshotOf(group('Your training'), 'phone-checkin-prefill-training');
    await screenshotOf(group('Shoes and surfaces'), 'phone-checkin-prefill-shoes');

    // The runner's edit wins; their runs' value is one tap away.
    await page.getByLabel(label('long_run_increase_pct')).fill('20');
    const longHint = page.locator('[data-code="long_run_increase_pct"] .field-hint');
    await longHint.getByText('Your runs say 50%.').waitFor();
    expect(await page.getByText('From your runs.').count()).toBe(3);
    await screenshot(page, 'phone-checkin-prefill-edited');
    await screenshotOf(group('Your training'), 'phone-checkin-prefill-training-edited');
    await expectNoAxeViolations(page, 'check-in filled in from runs, one answer changed (phone)');
    await page.getByRole('button', { name: 'Use my runs’ value, 50%' }).click();
    expect(await page.getByLabel(label('long_run_increase_pct')).inputValue()).toBe('50');
    expect(await page.getByText('From your runs.').count()).toBe(4);
    await page.getByLabel(label('shoe_km')).fill('900');
    await page.locator('[data-code="shoe_km"]').getByText('Your runs say 65 km.').waitFor();

    await flow.noneOfThese();
    await flow.next();
    await page.getByRole('heading', { name: 'One more, if you like', level: 1 }).waitFor();
    await flow.next();
    await page.getByRole('heading', { name: 'Nothing here needs a doctor right now' }).waitFor();
    const factors = page.locator('.factors');
    await factors.getByText('A jump in training load', { exact: true }).waitFor();
    await factors
      .getByText('Because of weekly distance up 50% in the last two weeks, longest run up 50%.')
      .waitFor();
    await factors.getByText('Your shoes', { exact: true }).waitFor();
    await screenshot(page, 'phone-checkin-prefill-result');
    await screenshotOf(factors, 'phone-checkin-prefill-result-factors');

    // The saved check-in holds the values as answered: the runs' where kept, the runner's where changed.
    const id = page.url().split('/').pop()!;
    const saved = await page.evaluate(async (id) => {
      const res = await fetch(`/api/checkins/${id}`);
      return ((await res.json()) as { findings: { code: string; value: unknown }[] }).findings;
    }, id);
    const answer = (code: string) => saved.find((f) => f.code === code)?.value;
    expect(answer('recent_mileage_increase_pct')).toBe(50);
    expect(answer('long_run_increase_pct')).toBe(50);
    expect(answer('shoe_km')).toBe(900);
    expect(answer('surface_change')).toBe(false);
    expect(answer('cadence_spm')).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });
});
