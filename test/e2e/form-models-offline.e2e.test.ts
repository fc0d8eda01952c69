import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, type BrowserSession } from './support/browser';
import { startE2eServer } from './support/server';
import {
  hasPoseMedia,
  loadPipeline,
  mediaUrl,
  openPipelinePage,
  POSE_MEDIA_DIR,
  type Pipeline,
} from './support/form-pipeline';

/**
 * The form check's code, pose model and WASM runtime are kept by the service worker the first time they are
 * used, so a form check works with no connection afterwards (issue 14 item 5). Media: ../shared/data/pose
 * (Apache-2.0, tensorflow/tfjs-models).
 */
if (!hasPoseMedia) {
  if (process.env.CI === 'true') throw new Error(`CI=true but no pose test media at ${POSE_MEDIA_DIR}.`);
  console.warn(`No pose test media at ${POSE_MEDIA_DIR}: the offline form model test is skipped.`);
}

describe.runIf(hasChromium && hasPoseMedia)('the form check’s models offline', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let session: BrowserSession;
  beforeAll(async () => {
    server = await startE2eServer();
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await server?.stop();
  });

  it('analyses a clip again with the connection off, from what the first analysis left in the cache', async () => {
    const { page, context } = await openPipelinePage(session.browser, server.url, 'allow');
    // The service worker takes over pages loaded after it is ready (it does not claim open ones).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await loadPipeline(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const analyse = () =>
      page.evaluate(async () => {
        const pipeline = (globalThis as unknown as { __formPipeline: Pipeline }).__formPipeline;
        const clip = (globalThis as unknown as { __clip: Blob }).__clip;
        const result = await pipeline.analyseClipFile(clip, { model: 'movenet', maxDurationS: 5 });
        return result.frames.filter((f) => f.joints !== null).length;
      });
    await page.evaluate(async (url) => {
      (globalThis as unknown as { __clip: Blob }).__clip = await (await fetch(url)).blob();
    }, mediaUrl('pose_1.mp4'));

    expect(await analyse()).toBe(120);
    const cached = await page.evaluate(async () => {
      const cache = await caches.open('backstride-form-models');
      return (await cache.keys()).map((r) => new URL(r.url).pathname.split('/').pop() ?? '').sort();
    });
    expect(cached).toEqual(
      expect.arrayContaining(['movenet-lightning.bin', 'movenet-lightning.json', 'movenet-multipose.bin']),
    );
    expect(cached.some((name) => name.startsWith('pose.worker-'))).toBe(true);
    expect(cached.some((name) => name.startsWith('tfjs-backend-wasm'))).toBe(true);

    await context.setOffline(true);
    expect(await analyse()).toBe(120);
    await context.close();
  }, 180_000);
});
