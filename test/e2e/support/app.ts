import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, newContext, type BrowserSession, type DESKTOP, type PHONE } from './browser';
import { startE2eServer } from './server';

/**
 * The real server and one Chromium for a test file: started before its tests, stopped after.
 * @example const app = useE2eApp(); const context = await app.context(PHONE);
 */
export function useE2eApp(
  /** Extra server settings, worked out once the test's own fixtures (e.g. a mail sink) are up. */
  serverOptions: () => Parameters<typeof startE2eServer>[0] = () => ({}),
) {
  let server: Awaited<ReturnType<typeof startE2eServer>> | undefined;
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    server = await startE2eServer(serverOptions());
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await server?.stop();
  });
  return {
    get url(): string {
      if (!server) throw new Error('the e2e server is not running');
      return server.url;
    },
    /** A fresh browser context; the locale (default en-GB) sets the country emergency numbers follow. */
    context(
      device: typeof PHONE | typeof DESKTOP,
      colorScheme: 'light' | 'dark' = 'light',
      locale?: string,
    ): Promise<BrowserContext> {
      if (!session || !server) throw new Error('the e2e browser is not running');
      return newContext(session.browser, server.url, device, colorScheme, locale);
    },
  };
}
