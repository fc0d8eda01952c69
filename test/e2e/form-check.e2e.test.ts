import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { DESKTOP, hasChromium, PHONE, SCREENSHOT_DIR, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { authPage, expectNoHorizontalScroll, shell } from './support/pages';
import { pageApi } from './support/page-api';
import { aFormCheck } from '../support/form-checks';
import { FORM_NOTICES } from '../../web/src/form/pipeline/notices';

/**
 * The form check around its pipeline: guidance, both ways to pick a clip, the plain-words refusal, saved checks
 * with their history chart and own page, and the about page. (Analysing a real clip end to end comes with the
 * pipeline.)
 */
const noResult = (page: Page) => page.getByRole('alert').filter({ hasText: 'No result from this clip' });

describe.runIf(hasChromium)('the form check in the browser', () => {
  const app = useE2eApp();

  it('guides the filming, refuses a file that is not a video in plain words, and offers both ways in', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await authPage(page).signUp('form-check@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();

    // From the Running form page, as a runner finds it.
    await page.goto('/plan/form');
    await page.getByRole('link', { name: 'Start a form check' }).click();
    await page.getByRole('heading', { level: 1, name: 'Form check' }).waitFor();
    const guidance = page.getByRole('region', { name: 'How to film' });
    await guidance.getByText(/at hip height/).waitFor();
    await guidance.getByText(/3–5 m/).first().waitFor();
    await guidance.getByText(/60 frames a second/).waitFor();
    await guidance.getByText('Your video never leaves this phone.').waitFor();
    await guidance.getByText(/Only the resulting numbers are kept, and only if you save them/).waitFor();
    const record = page.getByLabel('Record a clip');
    expect(await record.getAttribute('capture')).toBe('environment');
    expect(await record.getAttribute('accept')).toBe('video/*');
    const choose = page.getByLabel('Choose a clip');
    expect(await choose.getAttribute('capture')).toBeNull();
    expect(await choose.getAttribute('accept')).toBe('video/*');
    await page.getByText(/Checks you save appear here/).waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'form check (phone)');
    await screenshot(page, 'form-check-phone-guidance');
    await page
      .locator('.form-setup')
      .screenshot({ path: join(SCREENSHOT_DIR, 'form-check-phone-setup.png') });

    // A text file: refused before any analysis, saying what to do, and the way back.
    await choose.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await noResult(page).waitFor();
    await noResult(page).getByText('That file is not a video.').waitFor();
    await noResult(page)
      .getByText(/Choose a video clip from your phone, or record a new one/)
      .waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'form check refusal (phone)');
    await screenshot(page, 'form-check-phone-not-video');
    await page.getByRole('button', { name: 'Try another clip' }).click();
    await page.getByRole('region', { name: 'How to film' }).waitFor();

    // A file that says it is a video but is not one: the pipeline cannot read it, and says so in plain words.
    await page.getByLabel('Choose a clip').setInputFiles({
      name: 'clip.mp4',
      mimeType: 'video/mp4',
      buffer: Buffer.from('not really a video at all'),
    });
    await noResult(page).waitFor();
    expect(await noResult(page).getByText('What to do:').count()).toBe(1);
    await noResult(page).getByText('Details').click();
    await screenshot(page, 'form-check-phone-unreadable');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists saved checks with a chart, opens one with its cue and drills, deletes it, and shows the about page', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => void d.accept());
    await authPage(page).signUp('form-history@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await pageApi(page, 'POST', '/api/form-checks', aFormCheck({ recordedOn: '2026-10-01', note: 'Before' }));
    const newer = await pageApi<{ id: string }>(
      page,
      'POST',
      '/api/form-checks',
      aFormCheck({
        recordedOn: '2026-11-01',
        cadenceSpm: { value: 171, spread: 2, band: 2 },
        overstrideLegs: { value: 0.14, spread: 0.02, band: 0.04 },
        cue: 'cadence',
        cadenceTargetSpm: 176,
        note: 'After four weeks',
      }),
    );

    // Found from More, like the other destinations that do not fit the bottom bar.
    await shell(page).open('Form check');
    const history = page.getByRole('region', { name: 'Your saved checks' });
    await history.getByRole('link').first().waitFor();
    expect(await history.getByRole('listitem').count()).toBe(2);
    expect(await history.getByRole('link').first().textContent()).toContain('1 Nov 2026');
    await history
      .getByText('Cadence, steps a minute: 164 on 1 Oct 2026, 171 on 1 Nov 2026, over 2 checks.')
      .waitFor();
    await history.getByText(/Foot landing ahead of the hips, leg lengths: 0\.21 on .*, 0\.14 on /).waitFor();
    expect(await history.getByRole('img', { name: /^Cadence, steps a minute: 164/ }).count()).toBe(1);
    await history.scrollIntoViewIfNeeded();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'form check history (phone)');
    await screenshot(page, 'form-check-phone-history');
    await page
      .locator('.form-history-charts')
      .screenshot({ path: join(SCREENSHOT_DIR, 'form-check-phone-chart.png') });

    // A saved check's own page: each number with its band, the cue with its drills, the caveat.
    await history.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Form check of 1 Nov 2026' }).waitFor();
    expect(page.url()).toContain(`/form-check/${newer.id}`);
    await page.getByText('Cadence 171 steps a minute, ± 2').waitFor();
    await page.getByText('Foot landing ahead of the hips 0.14 leg lengths, ± 0.04').waitFor();
    await page.getByText('Trunk lean 6° forward, ± 6°').waitFor();
    await page.getByRole('heading', { name: 'Work on this first: Slightly quicker steps' }).waitFor();
    await page.getByText(/Cadence to try: 176 steps a minute/).waitFor();
    await page.getByText(/not a diagnosis/).waitFor();
    await page.getByText(/After four weeks/).waitFor();
    expect(await page.getByRole('link', { name: 'Form strides' }).getAttribute('href')).toBe(
      '/plan/exercises/form_strides',
    );
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'saved form check (phone)');
    await screenshot(page, 'form-check-phone-saved');
    await page
      .locator('.form-results')
      .screenshot({ path: join(SCREENSHOT_DIR, 'form-check-phone-numbers.png') });

    await page.getByRole('button', { name: 'Delete this check' }).click();
    await page.getByRole('heading', { level: 1, name: 'Form check' }).waitFor();
    await page.getByRole('region', { name: 'Your saved checks' }).getByRole('link').first().waitFor();
    expect(await page.getByRole('region', { name: 'Your saved checks' }).getByRole('listitem').count()).toBe(
      1,
    );
    const gone = await page.evaluate(async (id) => (await fetch(`/api/form-checks/${id}`)).status, newer.id);
    expect(gone).toBe(404);

    // About, from More: version, licence, and the notices of what the form check ships.
    await shell(page).open('About', 'About backstride');
    await page.getByRole('link', { name: 'Apache License 2.0' }).waitFor();
    await expect.poll(() => page.locator('.about-facts dd').first().textContent()).not.toBe('…');
    const notices = page.locator('.about-notices > li');
    expect(await notices.count()).toBe(FORM_NOTICES.length);
    if (FORM_NOTICES.length === 0) await page.getByText(/No third-party parts are shipped/).waitFor();
    else {
      await notices
        .first()
        .getByText(/^Licence text of /)
        .click();
      await notices.first().locator('pre').waitFor();
    }
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'about (phone)');
    await screenshot(page, 'about-phone');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the about page to a visitor from the landing page, and the saved check at desktop width in dark', async () => {
    const visitor = await app.context(PHONE);
    const page = await visitor.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'About backstride and its licences' }).click();
    await page.getByRole('heading', { level: 1, name: 'About backstride' }).waitFor();
    await page.getByRole('link', { name: 'Log in' }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'about (visitor, phone)');
    await screenshot(page, 'about-visitor-phone');
    await visitor.close();

    const desk = await app.context(DESKTOP, 'dark');
    const page2 = await desk.newPage();
    await authPage(page2).signUp('form-desk@example.com', 'a sore back but running');
    await shell(page2).expectLoggedIn();
    const saved = await pageApi<{ id: string }>(
      page2,
      'POST',
      '/api/form-checks',
      aFormCheck({ cue: null, cadenceTargetSpm: null }),
    );
    await page2.goto(`/form-check/${saved.id}`);
    await page2.getByRole('heading', { name: 'Nothing stands out' }).waitFor();
    expect(await page2.getByText(/Cadence to try/).count()).toBe(0);
    await expectNoAxeViolations(page2, 'saved form check (desktop, dark)');
    await screenshot(page2, 'form-check-desktop-dark-saved');
    await page2.goto('/form-check');
    await page2.getByRole('region', { name: 'How to film' }).waitFor();
    await expectNoAxeViolations(page2, 'form check (desktop, dark)');
    await screenshot(page2, 'form-check-desktop-dark');
    await desk.close();
  });
});
