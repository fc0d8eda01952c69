import { main } from '../cli/main';
import type { StartServer } from '../cli/context';

/**
 * The composition entry of the `backstride` command: the CLI, with the HTTP server wired in for `serve`.
 * The server is imported on demand, so `--help`, `inspect` and the rest never load Fastify; in the
 * compiled build it is a chunk of its own, loaded only by `serve`.
 * @example process.exitCode = await runBackstride(process.argv);
 */
export function runBackstride(argv: string[]): Promise<number> {
  const startServer: StartServer = async (settings) =>
    (await import('../server/start')).startServer(settings);
  return main(argv, undefined, { startServer });
}
