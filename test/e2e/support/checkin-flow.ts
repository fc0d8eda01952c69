import type { Page } from 'playwright-core';
import { findingDef } from '../../../src/core/checkin';

/** The check-in as a runner goes through it, by role and visible text. */
export const checkinFlow = (page: Page) => ({
  async start() {
    await page.goto('/check-in');
    await page.getByRole('link', { name: 'Start a check-in' }).first().click();
    await page.getByRole('heading', { name: 'About you', level: 1 }).waitFor();
  },
  async aboutYou(age: number, sex: 'Female' | 'Male') {
    await page.getByLabel('Your age').fill(String(age));
    await page.getByRole('group', { name: 'Sex' }).getByRole('radio', { name: sex, exact: true }).check();
    await this.next();
  },
  /** Answers a question by its code's wording in the vocabulary. */
  async answer(code: string, choice: 'Yes' | 'No' | 'Not sure') {
    const text = findingDef(code)?.askAs;
    if (!text) throw new Error(`no question for ${code}`);
    await page.getByRole('group', { name: text }).getByRole('radio', { name: choice, exact: true }).check();
  },
  /** Answers "No" to every question on the current step that has no answer yet. */
  async answerRestNo() {
    const groups = page.getByRole('main').getByRole('group');
    for (const group of await groups.all()) {
      const no = group.getByRole('radio', { name: 'No', exact: true });
      if ((await no.count()) === 0) continue;
      const checked = await group.getByRole('radio', { checked: true }).count();
      if (checked === 0) await no.check();
    }
  },
  /** The pain step's two required answers. */
  async pain(score: number, days: number) {
    await page.getByRole('heading', { name: 'Your pain', level: 1 }).waitFor();
    await page.getByRole('radio', { name: `${score} out of 10` }).check();
    await page.getByLabel('How many days ago did this bout of back pain begin?').fill(String(days));
  },
  async next() {
    await page.getByRole('button', { name: /Continue|See my result/ }).click();
  },
  async stepHeading() {
    return page.getByRole('heading', { level: 1 }).first().textContent();
  },
});
