import type { Page } from 'playwright-core';
import { findingDef, FINDINGS } from '../../../src/core/checkin';

/** Follow-ups that appear once the question they follow is answered No (the hop tests). */
const AFTER_NO = FINDINGS.filter((f) => f.askWhen?.answer === 'no').map((f) => f.code);

/** The check-in as a runner goes through it, by role and visible text; counts every tap it makes. */
export const checkinFlow = (page: Page) => {
  let taps = 0;
  const tap = async (action: Promise<void>) => {
    taps += 1;
    await action;
  };
  return {
    get taps() {
      return taps;
    },
    async start() {
      await page.goto('/check-in');
      await tap(page.getByRole('link', { name: 'Start a check-in' }).first().click());
      await page.getByRole('heading', { name: 'About you', level: 1 }).waitFor();
    },
    async aboutYou(age: number, sex: 'Female' | 'Male') {
      await tap(page.getByLabel('Your age').fill(String(age)));
      await tap(
        page.getByRole('group', { name: 'Sex' }).getByRole('radio', { name: sex, exact: true }).check(),
      );
      await this.next();
    },
    question(code: string) {
      const text = findingDef(code)?.askAs;
      if (!text) throw new Error(`no question for ${code}`);
      return page.getByRole('group', { name: text, exact: true });
    },
    /** Answers a question by its code's wording in the vocabulary. */
    async answer(code: string, choice: 'Yes' | 'No' | 'Not sure') {
      await tap(this.question(code).getByRole('radio', { name: choice, exact: true }).click());
    },
    /** Answers "No" to every question on the current step that has no answer yet, one tap each. */
    async answerRestNo() {
      const groups = page.getByRole('main').getByRole('group');
      for (const group of await groups.all()) {
        const no = group.getByRole('radio', { name: 'No', exact: true });
        if ((await no.count()) === 0) continue;
        const checked = await group.getByRole('radio', { checked: true }).count();
        if (checked === 0) await tap(no.check());
      }
    },
    /** Taps every "None of these" on the current step, as a fast runner would. */
    async noneOfThese() {
      for (;;) {
        const button = page.getByRole('button', { name: /^None of these/ }).first();
        if ((await button.count()) === 0) break;
        await tap(button.click());
      }
      // A hop test shows only once walking or standing is answered No; a fast runner then answers it too.
      for (const code of AFTER_NO) {
        const group = this.question(code);
        if ((await group.count()) === 0) continue;
        if ((await group.getByRole('radio', { checked: true }).count()) > 0) continue;
        await tap(group.getByRole('radio', { name: 'No', exact: true }).click());
      }
    },
    /** The pain step's two required answers. */
    async pain(score: number, days: number) {
      await page.getByRole('heading', { name: 'Your pain', level: 1 }).waitFor();
      await tap(page.getByRole('radio', { name: `${score} out of 10` }).check());
      await tap(page.getByLabel('How many days ago did this bout of back pain begin?').fill(String(days)));
    },
    async tapButton(name: string) {
      await tap(page.getByRole('button', { name, exact: true }).click());
    },
    async next() {
      await tap(page.getByRole('button', { name: /Continue|See my result/ }).click());
    },
    async stepHeading() {
      return page.getByRole('heading', { level: 1 }).first().textContent();
    },
  };
};
