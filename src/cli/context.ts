import type { Readable, Writable } from 'node:stream';
import type { ServerSettings } from '../config/server-settings';

/** What a command may touch: passed in, so tests run commands without a real process. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

/**
 * Starts the HTTP server and resolves once it listens. The composition entry (`src/main/backstride.ts`)
 * passes it in, so the CLI never imports src/server and commands other than `serve` never load it.
 */
export type StartServer = (
  settings: ServerSettings,
) => Promise<{ store: { dialect: string }; close(): Promise<void> }>;

export interface CliContext {
  io: CliIo;
  /** For `serve`; absent where only the other commands are wired (unit tests). */
  startServer?: StartServer;
  /** Sets the process exit code (2 = usage error, 1 = failure). The highest code set wins. */
  exit(code: number): void;
}

/** Thrown by a command for a usage error: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const writeLine = (stream: Writable, line: string): void => {
  stream.write(line.endsWith('\n') ? line : `${line}\n`);
};
