import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2eApp } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { join } from 'node:path';
import { DESKTOP, hasChromium, PHONE, SCREENSHOT_DIR, screenshot } from './support/browser';
import { FORM_CLIPS, renderRunningClip, type RenderedClip } from './support/form-clip';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { pageApi } from './support/page-api';

/**
 * The form check end to end, as a runner uses it (issue 14): a side-view running clip made in this test run with
 * known answers (test/e2e/support/form-clip*), picked on a phone-sized page, decoded and analysed in the browser
 * with the shipped pose model while every request not to backstride is refused; then the numbers, the still and
 * the cue, and saving only the numbers. Two clips are refused with their reasons.
 */
const RESULT_TIMEOUT_MS = 240_000;

/** Refuses, and records, any request that is not to the app itself: nothing may leave the device. */
async function offline(context: BrowserContext, appUrl: string): Promise<string[]> {
  const outside: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(appUrl) || url.startsWith('blob:') || url.startsWith('data:')) return route.fallback();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  return outside;
}

const noResult = (page: Page) => page.getByRole('alert').filter({ hasText: 'No result from this clip' });

/** The number a metric line starts with, e.g. 164 from "Cadence 164 steps a minute, ± 2". */
async function shownNumber(page: Page, label: RegExp): Promise<number> {
  const line = page.getByRole('list', { name: 'Your numbers' }).getByText(label).first();
  const text = (await line.textContent()) ?? '';
  const found = text.match(/(-?\d+(?:\.\d+)?)/);
  if (!found) throw new Error(`no number in "${text}"`);
  return Number(found[1]);
}

describe.runIf(hasChromium)('a form check from a running clip, on the device', () => {
  const app = useE2eApp();
  const clips: Partial<Record<'crossing' | 'twoRunners' | 'short', RenderedClip>> = {};

  beforeAll(async () => {
    const context = await app.context(DESKTOP);
    const page = await context.newPage();
    for (const name of ['crossing', 'twoRunners', 'short'] as const) {
      clips[name] = await renderRunningClip(page, FORM_CLIPS[name], { name });
    }
    await context.close();
  }, 180_000);

  it(
    'measures a side-view runner offline, draws the landing, picks the cue and keeps only the numbers',
    async () => {
      const clip = clips.crossing!;
      const truth = clip.truth.runners[0]!;
      const context = await app.context(PHONE);
      const outside = await offline(context, app.url);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await authPage(page).signUp('form-clip@example.com', 'a sore back but running');
      await shell(page).expectLoggedIn();
      await page.goto('/form-check');
      await page.getByLabel('Choose a clip').setInputFiles({
        name: 'side-view.mp4',
        mimeType: 'video/mp4',
        buffer: readFileSync(clip.path),
      });
      await page.getByRole('progressbar').waitFor();
      await page.getByRole('heading', { name: 'Your numbers' }).waitFor({ timeout: RESULT_TIMEOUT_MS });

      // The known answers of the drawn runner, through decoding, the pose model and the core.
      const cadence = await shownNumber(page, /^Cadence /);
      expect(Math.abs(cadence - truth.cadenceSpm)).toBeLessThanOrEqual(3);
      const overstride = await shownNumber(page, /^Foot landing ahead of the hips /);
      // The core's leg length is hip→knee + knee→ankle; the model puts ankles 6–8 px ahead of the drawn ones
      // (form-clip.e2e.test.ts): ±0.1 leg lengths.
      const drawnOverstride = (truth.overstrideLegs * truth.medianHipAnklePx) / truth.legLengthPx;
      expect(Math.abs(overstride - drawnOverstride)).toBeLessThanOrEqual(0.1);
      const lean = await shownNumber(page, /^Trunk lean /);
      expect(Math.abs(lean - truth.trunkLeanDeg)).toBeLessThanOrEqual(6);
      const shin = await shownNumber(page, /^Shin angle at landing /);
      console.log(
        `form check of the drawn runner: cadence ${cadence} spm (drawn ${truth.cadenceSpm}), overstride ` +
          `${overstride} (drawn ${drawnOverstride.toFixed(2)}) leg lengths, trunk lean ${lean}° (drawn ` +
          `${truth.trunkLeanDeg}°), shin ${shin}° (drawn ${truth.shinAngleAtContactDeg.toFixed(1)}°)`,
      );
      await page.getByRole('heading', { name: 'Work on this first: Land under your hips' }).waitFor();
      const target = Math.round(cadence * 1.05);
      await page.getByText(new RegExp(`Cadence to try: ${target} steps a minute`)).waitFor();
      await page
        .getByText(/not a diagnosis/)
        .first()
        .waitFor();

      // The still: a decoded landing frame with lines drawn over the runner, and words for screen readers.
      const still = page.getByRole('img', { name: /^A foot landing at / });
      await still.waitFor();
      const painted = await still.evaluate((c) => {
        const canvas = c as HTMLCanvasElement;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let coloured = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0) coloured++;
        return { width: canvas.width, coloured, of: data.length / 4 };
      });
      expect(painted.width).toBeGreaterThan(0);
      expect(painted.coloured / painted.of).toBeGreaterThan(0.9);
      await still.screenshot({ path: join(SCREENSHOT_DIR, 'form-check-still.png') });
      await page
        .getByRole('list', { name: 'Your numbers' })
        .screenshot({ path: join(SCREENSHOT_DIR, 'form-check-numbers.png') });
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page, 'form check result (phone)');
      await screenshot(page, 'form-check-phone-result');

      // Nothing is stored until the runner saves; then only the numbers are.
      const list = () => pageApi<{ items: Array<Record<string, unknown>> }>(page, 'GET', '/api/form-checks');
      expect((await list()).items).toHaveLength(0);
      await page.getByRole('button', { name: 'Save the numbers' }).click();
      await page.getByRole('link', { name: 'Open the saved check' }).waitFor();
      const { items } = await list();
      expect(items).toHaveLength(1);
      expect(JSON.stringify(items[0])).not.toMatch(/data:|blob:|base64|mp4/);
      expect((items[0]!.cadenceSpm as { value: number }).value).toBeCloseTo(cadence, 0);
      await page.getByRole('link', { name: 'Open the saved check' }).click();
      await page.getByRole('heading', { level: 1, name: /^Form check of / }).waitFor();

      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    RESULT_TIMEOUT_MS + 60_000,
  );

  it(
    'refuses a clip with two runners and a clip too short to count steps, saying what to do',
    async () => {
      const context = await app.context(PHONE);
      const outside = await offline(context, app.url);
      const page = await context.newPage();
      await authPage(page).signUp('form-refusals@example.com', 'a sore back but running');
      await shell(page).expectLoggedIn();
      await page.goto('/form-check');

      await page.getByLabel('Choose a clip').setInputFiles({
        name: 'two.mp4',
        mimeType: 'video/mp4',
        buffer: readFileSync(clips.twoRunners!.path),
      });
      await noResult(page).waitFor({ timeout: RESULT_TIMEOUT_MS });
      await noResult(page).getByText('More than one person is in the clip.').waitFor();
      await noResult(page)
        .getByText(/only you are in the picture/)
        .waitFor();
      await screenshot(page, 'form-check-phone-two-people');
      await page.getByRole('button', { name: 'Try another clip' }).click();

      await page.getByLabel('Choose a clip').setInputFiles({
        name: 'short.mp4',
        mimeType: 'video/mp4',
        buffer: readFileSync(clips.short!.path),
      });
      await noResult(page).waitFor({ timeout: RESULT_TIMEOUT_MS });
      await noResult(page).getByText('The clip is too short.').waitFor();
      await noResult(page)
        .getByText(/5–10 seconds of steady running/)
        .waitFor();
      expect(outside).toEqual([]);
      await context.close();
    },
    2 * RESULT_TIMEOUT_MS,
  );
});
