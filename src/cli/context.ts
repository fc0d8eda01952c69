import type { Readable, Writable } from 'node:stream';

/** What a command may touch: passed in, so tests run commands without a real process. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface CliContext {
  io: CliIo;
  /** Sets the process exit code (2 = usage error, 1 = failure). The highest code set wins. */
  exit(code: number): void;
}

/** Thrown by a command for a usage error: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const writeLine = (stream: Writable, line: string): void => {
  stream.write(line.endsWith('\n') ? line : `${line}\n`);
};
