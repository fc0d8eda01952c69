/**
 * The server under `npm run bench:load`: the compiled build (`bin/backstride serve`, as `npm start` runs it)
 * in a process of its own, so that its memory is its alone. RSS comes from /proc/<pid>/status; the V8 heap
 * from bench/load-probe.mjs, preloaded into the server, which answers over the IPC channel after a full GC.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

export interface Memory {
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  /** The event loop's delay since the memory was last read, ms. */
  loop: { p50: number; p99: number; max: number };
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => done(port));
    });
  });
}

export class ServerProcess {
  private output = '';
  private constructor(
    readonly child: ChildProcess,
    readonly base: string,
  ) {
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  /** Starts `backstride serve` on a free loopback port and waits until it says it listens. */
  static async backstride(db: string, dataDir: string): Promise<ServerProcess> {
    const port = await freePort();
    return ServerProcess.start(
      port,
      [join(ROOT, 'bin/backstride'), 'serve', '--port', String(port), '--db', db],
      {
        BACKSTRIDE_DATA_DIR: dataDir,
        SESSION_SECRET: 'load-bench-secret-load-bench-secret',
        LOG_LEVEL: 'warn',
        // The bench measures throughput: ten runners importing and checking in for a minute would meet the
        // per-account limits meant for people.
        BACKSTRIDE_RATE_LIMITS: 'auth=100000/1m,import=100000/1m,write=100000/1m',
      },
    );
  }

  /** The bare Fastify hello-world of bench/hello-server.ts: what this machine gives any Node server now. */
  static async helloWorld(): Promise<ServerProcess> {
    const port = await freePort();
    return ServerProcess.start(port, [join(ROOT, 'bin/run-ts'), join(ROOT, 'bench/hello-server.ts')], {
      PORT: String(port),
    });
  }

  private static async start(
    port: number,
    args: string[],
    env: Record<string, string>,
  ): Promise<ServerProcess> {
    const probe = pathToFileURL(join(ROOT, 'bench/load-probe.mjs')).href;
    const child = spawn(
      process.execPath,
      [
        // BENCH_NODE_ARGS adds flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
        ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
        '--expose-gc',
        '--import',
        probe,
        ...args,
      ],
      { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
    );
    const server = new ServerProcess(child, `http://127.0.0.1:${port}`);
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`the server did not start:\n${server.output}`)), 120_000);
      const check = () => {
        if (/listening on/.test(server.output)) {
          clearTimeout(timer);
          done();
        }
      };
      child.stdout?.on('data', check);
      child.stderr?.on('data', check);
      child.once('exit', (code) => fail(new Error(`the server exited (${code}):\n${server.output}`)));
    });
    child.removeAllListeners('exit');
    return server;
  }

  /** What the server printed lately (warnings, errors). */
  get log(): string {
    return this.output;
  }

  /** Resident memory from /proc, without disturbing the server. */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
  }

  /** RSS from /proc and the heap after a full garbage collection in the server. */
  async memory(): Promise<Memory> {
    type Answer = { memory: Record<string, number>; loop: Memory['loop'] };
    const answer = new Promise<Answer>((done, fail) => {
      const timer = setTimeout(() => fail(new Error('the server did not report its memory')), 30_000);
      this.child.once('message', (m: Partial<Answer>) => {
        clearTimeout(timer);
        if (m.memory && m.loop) done(m as Answer);
        else fail(new Error(`unexpected message ${JSON.stringify(m)}`));
      });
    });
    this.child.send('memory');
    const { memory: m, loop } = await answer;
    const mb = (bytes: number | undefined) => (bytes ?? NaN) / 1024 / 1024;
    return {
      rssMb: this.rssMb(),
      heapUsedMb: mb(m.heapUsed),
      heapTotalMb: mb(m.heapTotal),
      externalMb: mb(m.external),
      loop,
    };
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill('SIGTERM');
    await exited;
  }
}
