import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './browser';

/** The developers' corpus of real activity files (`../shared/data/activities` from the repo root). */
export const ACTIVITIES_DIR = resolve(import.meta.dirname, '../../../../shared/data/activities');
export const STRAVA_ZIP = resolve(ACTIVITIES_DIR, 'strava-style-export.zip');
export const GARMIN_ZIP = resolve(ACTIVITIES_DIR, 'garmin-style-export.zip');

/** Where the corpus is missing the runs e2e skips locally and fails in CI. */
export const hasActivities = existsSync(STRAVA_ZIP);
if (!hasActivities) {
  if (process.env.CI === 'true')
    throw new Error(`CI=true but no activity corpus at ${ACTIVITIES_DIR}: the runs e2e may not skip.`);
  console.warn(`No activity corpus at ${ACTIVITIES_DIR}: the runs e2e is skipped.`);
}

interface RunSummary {
  id: string;
  name: string | null;
}
interface RunDetailLite {
  id: string;
  series: { lat: (number | null)[]; heartRate: (number | null)[]; cadenceSpm: (number | null)[] } | null;
}

/** Runs, import and the run page as a runner sees them, by role and visible text. */
export const runsPages = (page: Page) => ({
  async openImport() {
    await page.getByRole('link', { name: 'Import runs' }).first().click();
    await page.getByRole('heading', { name: 'Import runs', level: 1 }).waitFor();
  },
  /** Chooses files through the file input (as the keyboard and screen-reader path does). */
  async chooseFiles(paths: string[]) {
    await page.getByLabel(/Choose files/).setInputFiles(paths);
    await page.getByRole('button', { name: /^Import (this file|\d+ files)$/ }).click();
  },
  async waitImportFinished(timeout = 60_000) {
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout });
  },
  /** The summary sentence of a finished import. */
  async summary(): Promise<string> {
    return (await page.locator('.import-summary').textContent()) ?? '';
  },
  /** The outcome label of each listed file, in list order. */
  async fileLabels(): Promise<string[]> {
    return (await page.locator('.import-files .file-status').allTextContents()).map((t) =>
      t.replace(/^\S+\s/, '').trim(),
    );
  },
  /** The counts under the progress bar, one per outcome that happened, by label. */
  async counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const item of await page.locator('.import-counts .count').all()) {
      const label = (await item.locator('dt').textContent()) ?? '';
      out[label] = Number(await item.locator('dd').textContent());
    }
    return out;
  },
  /** The first run (by the API, as a fixture lookup) with GPS, heart rate and cadence. */
  async findRunWithEverything(): Promise<string> {
    const list = (await (await page.request.get('/api/runs?limit=200')).json()) as { items: RunSummary[] };
    for (const r of list.items) {
      const d = (await (await page.request.get(`/api/runs/${r.id}`)).json()) as RunDetailLite;
      const has = (v: (number | null)[] | undefined) => (v ?? []).some((x) => x !== null);
      if (d.series && has(d.series.lat) && has(d.series.heartRate) && has(d.series.cadenceSpm)) return r.id;
    }
    throw new Error('no imported run has GPS, heart rate and cadence');
  },
  async openRun(id: string) {
    await page.locator(`a[href="/runs/${id}"]`).click();
    await page.getByRole('link', { name: '← Runs' }).waitFor();
    await page.locator('.headline').waitFor();
  },
  chart(name: RegExp) {
    return page.getByRole('img', { name });
  },
});

/** A screenshot of one part of the page (a chart, a card), at full resolution, for a close look. */
export async function screenshotOf(locator: Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  // The phone's bottom bar is fixed and the top bar sticky: either would cover whatever sits behind it.
  await locator.screenshot({ path, style: '.bottombar, .topbar { display: none !important; }' });
  return path;
}
