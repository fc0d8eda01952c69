import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServe } from '../../support/spawn';

/** The real server (`bin/backstride serve`) on a throwaway SQLite file, serving the built web app. */
export async function startE2eServer(
  options: { env?: Record<string, string>; port?: number } = {},
): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'backstride-e2e-'));
  const server = await startServe(
    ['--db', join(dir, 'e2e.db')],
    // Rate limits far above what a test file sends; a test of the limits passes its own.
    {
      BACKSTRIDE_DATA_DIR: dir,
      BACKSTRIDE_RATE_LIMITS: 'auth=10000/1m,import=10000/1m,write=10000/1m',
      ...options.env,
    },
    { port: options.port },
  );
  const index = await fetch(`${server.url}/`);
  const html = await index.text();
  if (!html.includes('<div id="root">')) {
    await server.stop();
    throw new Error('The web app is not built: run `npm run build:web` (npm test does this).');
  }
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
