/**
 * Drives the form check's built pipeline (web/src/form/pipeline) in the real app in Chromium, with the models
 * the build ships and no network: every request not to the local server is refused and recorded. The pipeline
 * module is found through Vite's build manifest (it is a build entry of its own) and imported into the app's
 * page: no test-only page or hook ships. Test media come from ../shared/data/pose (Apache-2.0, from
 * tensorflow/tfjs-models, see LICENSE-tfjs-models.txt there) and are served to the page by Playwright's
 * routing, never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type * as PipelineModule from '../../../web/src/form/pipeline/index';

export const POSE_MEDIA_DIR = resolve(import.meta.dirname, '../../../../shared/data/pose');
export const hasPoseMedia = existsSync(join(POSE_MEDIA_DIR, 'pose.jpg'));
const WEB_DIST = resolve(import.meta.dirname, '../../../web/dist');
const MEDIA_PATH = '/__pose-media/';

/** The pipeline module as the page holds it (`globalThis.__formPipeline`). */
export type Pipeline = typeof PipelineModule;

/** Where the page fetches a test medium from. */
export const mediaUrl = (name: string): string => `${MEDIA_PATH}${name}`;

/** The built pipeline module's address, from web/dist/.vite/manifest.json. */
export function pipelineModulePath(): string {
  const manifest = JSON.parse(readFileSync(join(WEB_DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string } | undefined
  >;
  const entry = manifest['src/form/pipeline/index.ts'];
  if (entry === undefined) throw new Error('The build has no form pipeline entry: run `npm run build:web`.');
  return `/${entry.file}`;
}

export interface PipelinePage {
  page: Page;
  context: BrowserContext;
  /** Requests refused because they were not to the local server. */
  blocked: string[];
}

/**
 * A page of the app at `baseURL` with every other host refused, and the service worker off unless asked for
 * (without it, routing sees every request, the pose worker's included).
 */
export async function openPipelinePage(
  browser: Browser,
  baseURL: string,
  serviceWorkers: 'block' | 'allow' = 'block',
): Promise<PipelinePage> {
  const context = await browser.newContext({ baseURL, serviceWorkers });
  const blocked: string[] = [];
  const origin = new URL(baseURL).origin;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:'))
      return route.fallback();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  // Registered last, so tried first.
  await context.route(`${origin}${MEDIA_PATH}*`, (route) =>
    route.fulfill({
      path: join(POSE_MEDIA_DIR, new URL(route.request().url()).pathname.slice(MEDIA_PATH.length)),
    }),
  );
  const page = await context.newPage();
  await page.goto('/');
  await loadPipeline(page);
  return { page, context, blocked };
}

/** Imports the built pipeline module into the page as `globalThis.__formPipeline` (again after a reload). */
export async function loadPipeline(page: Page): Promise<void> {
  // A string, so the test runner does not rewrite the import() for Node.
  await page.evaluate(
    `import(${JSON.stringify(pipelineModulePath())}).then((m) => { globalThis.__formPipeline = m; })`,
  );
}

export interface ClipRun {
  keypoints: Array<Array<[number, number]>>;
  frameTimesS: number[];
  people: number[];
  wallMs: number;
  poseMs: number;
}

/** Runs analyseClipFile on a test clip in the page. */
export async function analyseMedia(
  page: Page,
  name: string,
  model: 'movenet' | 'blazepose',
  longSidePx?: number,
  smoothingFrameMs?: number,
): Promise<ClipRun> {
  return page.evaluate(
    async ({ url, model, longSidePx, smoothingFrameMs }) => {
      const pipeline = (globalThis as unknown as { __formPipeline: Pipeline }).__formPipeline;
      const blob = await (await fetch(url)).blob();
      const result = await pipeline.analyseClipFile(blob, {
        model,
        keepAllKeypoints: true,
        ...(longSidePx === undefined ? {} : { longSidePx }),
        ...(smoothingFrameMs === undefined ? {} : { smoothingFrameMs }),
      });
      return {
        keypoints: result.allKeypoints ?? [],
        frameTimesS: [...result.clip.frameTimesS],
        people: result.frames.map((f) => f.people),
        wallMs: result.timing.wallMs,
        poseMs: result.timing.poseMs,
      };
    },
    { url: `${MEDIA_PATH}${name}`, model, longSidePx, smoothingFrameMs },
  );
}

/** Decodes and scales a test clip with no model: the baseline speed. */
export async function decodeMedia(
  page: Page,
  name: string,
  longSidePx: number,
): Promise<{ frames: number; wallMs: number }> {
  return page.evaluate(
    async ({ url, longSidePx }) => {
      const pipeline = (globalThis as unknown as { __formPipeline: Pipeline }).__formPipeline;
      return pipeline.decodeClipFile(await (await fetch(url)).blob(), longSidePx);
    },
    { url: `${MEDIA_PATH}${name}`, longSidePx },
  );
}

/** Runs the model on a test photo in the page. */
export async function analyseImage(
  page: Page,
  name: string,
  model: 'movenet' | 'blazepose',
): Promise<Array<[number, number]>> {
  return page.evaluate(
    async ({ url, model }) => {
      const pipeline = (globalThis as unknown as { __formPipeline: Pipeline }).__formPipeline;
      const result = await pipeline.analyseImageFile(await (await fetch(url)).blob(), model);
      return result.allKeypoints;
    },
    { url: `${MEDIA_PATH}${name}`, model },
  );
}

/** The largest distance, pixels, between matching points of two frames' keypoints (all frames when nested). */
export function maxDistance(actual: Array<[number, number]>, expected: Array<[number, number]>): number {
  if (actual.length !== expected.length)
    throw new Error(`Expected ${expected.length} keypoints, got ${actual.length}.`);
  return Math.max(
    ...actual.map(([x, y], i) => Math.hypot(x - (expected[i]?.[0] ?? NaN), y - (expected[i]?.[1] ?? NaN))),
  );
}
