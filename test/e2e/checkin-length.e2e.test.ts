import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHECKIN_MINUTES } from '../../src/core/checkin';
import { hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, shell } from './support/pages';
import { checkinFlow } from './support/checkin-flow';

/**
 * Reading pace for the estimate: 238 words a minute, the average silent reading rate of adults for non-fiction
 * (Brysbaert 2019, 190 studies), and a second for each tap. Answer buttons ("No", "Yes", "Not sure") are tapped,
 * not read, so they are not counted as words.
 */
const WORDS_PER_MINUTE = 238;
const SECONDS_PER_TAP = 1;

/** Words on the page's main content now (what a runner reads on this step), answer buttons left out. */
const wordsOnScreen = (page: Page) =>
  page.getByRole('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll('.segmented, .scale, .flow-actions, details:not([open]) > :not(summary)')
      .forEach((n) => n.remove());
    return (copy.textContent ?? '').split(/\s+/).filter((w) => /\w/.test(w)).length;
  });

/** A fast runner with nothing new to report: one tap per shortcut, the least typing the check-in allows. */
async function fastCheckin(page: Page, returning: boolean) {
  const flow = checkinFlow(page);
  const started = Date.now();
  let words = 0;
  await flow.start();
  words += await wordsOnScreen(page);
  if (returning) await flow.next();
  else await flow.aboutYou(41, 'Female');
  if (returning) {
    await page.getByRole('heading', { name: 'Still true?', level: 1 }).waitFor();
    words += await wordsOnScreen(page);
    await flow.tapButton('Yes, all still true');
  }
  for (const step of ['nerves', 'injuries and health', 'infection and other']) {
    await page.getByRole('heading', { name: `Warning signs: ${step}`, level: 1 }).waitFor();
    words += await wordsOnScreen(page);
    await flow.noneOfThese();
    await flow.next();
  }
  await flow.pain(3, returning ? 12 : 5);
  words += await wordsOnScreen(page);
  await flow.noneOfThese();
  await flow.next();
  await page.getByRole('heading', { name: 'Training and body', level: 1 }).waitFor();
  words += await wordsOnScreen(page);
  await flow.noneOfThese();
  await flow.next();
  await page.getByRole('heading', { name: 'One more, if you like', level: 1 }).waitFor();
  words += await wordsOnScreen(page);
  await flow.next();
  await page.getByRole('heading', { name: 'Nothing here needs a doctor right now' }).waitFor();
  const seconds = (Date.now() - started) / 1000;
  const estimate = (words / WORDS_PER_MINUTE) * 60 + flow.taps * SECONDS_PER_TAP;
  return { taps: flow.taps, words, seconds, estimate };
}

describe.runIf(hasChromium)('how long a check-in takes', () => {
  const app = useE2eApp();

  it('a returning runner finishes within the promise on the first screen', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await authPage(page).signUp('returning@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    const first = await fastCheckin(page, false);
    await page.goto('/check-in/new');
    await page.getByText(`about ${CHECKIN_MINUTES.returning} minutes`).waitFor();
    await screenshot(page, 'phone-checkin-returning-about-you');
    const again = await fastCheckin(page, true);
    console.log(
      [
        'check-in length (fast runner script; estimate = words at 238 wpm + 1 s a tap):',
        `  first:     ${first.taps} taps, ${first.words} words, ${first.seconds.toFixed(1)} s scripted, about ${(first.estimate / 60).toFixed(1)} min for a person`,
        `  returning: ${again.taps} taps, ${again.words} words, ${again.seconds.toFixed(1)} s scripted, about ${(again.estimate / 60).toFixed(1)} min for a person`,
      ].join('\n'),
    );
    expect(again.estimate).toBeLessThanOrEqual(CHECKIN_MINUTES.returning * 60);
    expect(first.estimate).toBeLessThanOrEqual(CHECKIN_MINUTES.first * 60);
    expect(again.taps).toBeLessThan(first.taps + 2);
    await context.close();
  });
});
