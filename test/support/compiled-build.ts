import { buildServerIfNeeded } from '../../scripts/build-server.mjs';

/**
 * Vitest global setup: compiles dist/ once, when stale, before the tests that run `bin/backstride` in a
 * child process, so those processes find it fresh and print nothing about compiling.
 */
export default async function setup(): Promise<void> {
  await buildServerIfNeeded();
}
