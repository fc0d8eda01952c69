import { spawn, type ChildProcess } from 'node:child_process';
import { openAsBlob } from 'node:fs';
import { expect } from 'vitest';
import type { ImportStatus } from '../../src/app/import-status';
import { BIN } from './spawn';

/** A real `backstride worker` process; resolves once it says it is running. */
export async function startWorker(
  db: string,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', db], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start in 30 s: ${output}`)), 30_000);
    child.stdout?.on('data', (d) => {
      output += d;
      if (output.includes('backstride worker running')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (d) => (output += d));
    child.once('exit', (code) => reject(new Error(`worker exited ${code}: ${output}`)));
  });
  return {
    child,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** Ends a process the hard way, as a power cut would, and waits until it is gone. */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

/** A runner's calls to one instance over HTTP. */
export function runnerAt(url: string, cookie = '') {
  const headers = () => ({ cookie, origin: url });
  return {
    url,
    get cookie() {
      return cookie;
    },
    /** Signs up (or logs in to) an account; later calls carry its session. */
    async login(email: string, password: string, register = false): Promise<void> {
      const res = await fetch(`${url}/api/auth/${register ? 'register' : 'login'}`, {
        method: 'POST',
        headers: { origin: url, 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      expect(res.status, await res.clone().text()).toBe(register ? 201 : 200);
      cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    },
    /** Uploads a file from disk; returns the import's id. */
    async upload(path: string, name: string): Promise<string> {
      const form = new FormData();
      form.append('files', await openAsBlob(path), name);
      const res = await fetch(`${url}/api/imports`, { method: 'POST', headers: headers(), body: form });
      expect(res.status, await res.clone().text()).toBe(202);
      return ((await res.json()) as ImportStatus).id;
    },
    async status(id: string): Promise<ImportStatus> {
      const res = await fetch(`${url}/api/imports/${id}`, { headers: headers() });
      expect(res.status).toBe(200);
      return (await res.json()) as ImportStatus;
    },
    /** How many runs the runs list says the runner has. */
    async runsTotal(): Promise<number> {
      const res = await fetch(`${url}/api/runs?limit=1`, { headers: headers() });
      expect(res.status).toBe(200);
      return ((await res.json()) as { total: number }).total;
    },
  };
}
