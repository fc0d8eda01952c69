import { connect, type Socket } from 'node:net';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * Hostile HTTP by hand, over `node:net`: bodies cut short under an exact Content-Length, stalled,
 * dripped or abandoned, which no HTTP client library will send. Tests of the upload limits use it.
 */

export const BOUNDARY = 'rawBoundary7MA4YWxkTrZu0gW';

export interface RawResponse {
  /** 0 when the server closed without answering. */
  status: number;
  body: string;
  headers: Record<string, string>;
  /** Body bytes the client had handed to its socket when the answer came (or it gave up). */
  sent: number;
  ms: number;
}

export interface RawRequest {
  port: number;
  cookie: string;
  /** `multipart/form-data; boundary=…` unless given. */
  contentType?: string;
  /** Content-Length to declare; null sends the body chunked. Default: the bytes of `chunks`. */
  contentLength?: number | null;
  chunks: Buffer[];
  /** Pause between chunks. */
  gapMs?: number;
  /** After sending, wait this long for an answer, then close the connection. */
  waitMs?: number;
  /** Called once every chunk has been handed over; may wait, e.g. until the server has spooled something. */
  afterSend?: () => Promise<void>;
  /** Close the connection right after `afterSend`, without waiting for an answer. */
  abandon?: boolean;
}

/** The part header of a file in field `files`. */
export const filePart = (name: string, field = 'files'): Buffer =>
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );

export const closing = (): Buffer => Buffer.from(`\r\n--${BOUNDARY}--\r\n`);

/** `count` chunks of `size` bytes each (a part's content, not all held in one buffer). */
export const filler = (count: number, size = 64 * 1024): Buffer[] =>
  Array.from({ length: count }, () => Buffer.alloc(size, 0x61));

/** Sends one POST /api/imports as told and resolves with what came back. */
export function rawUpload(req: RawRequest): Promise<RawResponse> {
  const length = req.chunks.reduce((n, c) => n + c.length, 0);
  const declared = req.contentLength === undefined ? length : req.contentLength;
  const head =
    `POST /api/imports HTTP/1.1\r\nHost: 127.0.0.1:${req.port}\r\nOrigin: http://127.0.0.1:${req.port}\r\n` +
    `Cookie: ${req.cookie}\r\nContent-Type: ${req.contentType ?? `multipart/form-data; boundary=${BOUNDARY}`}\r\n` +
    (declared === null ? 'Transfer-Encoding: chunked\r\n' : `Content-Length: ${declared}\r\n`) +
    '\r\n';
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(req.port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let sent = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve({ ...parseResponse(received), sent, ms: Date.now() - started });
    };
    socket.on('data', (data: Buffer) => {
      received = Buffer.concat([received, data]);
      if (isComplete(received)) finish();
    });
    socket.on('error', finish);
    socket.on('close', finish);
    socket.on('connect', () => {
      void (async () => {
        socket.write(head);
        for (const chunk of req.chunks) {
          if (done) return;
          const framed =
            declared === null
              ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
              : chunk;
          sent += chunk.length;
          if (!socket.write(framed)) await waitForDrain(socket, () => done);
          if (req.gapMs) await new Promise((r) => setTimeout(r, req.gapMs));
        }
        if (declared === null && !done) socket.write('0\r\n\r\n');
        await req.afterSend?.();
        if (req.abandon) return finish();
        setTimeout(finish, req.waitMs ?? 5_000);
      })();
    });
  });
}

/** Sends raw bytes (e.g. headers that never end) and resolves with the answer, if any. */
export function rawBytes(port: number, bytes: string, waitMs: number): Promise<RawResponse> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let received = Buffer.alloc(0);
    const finish = () => {
      socket.destroy();
      resolve({ ...parseResponse(received), sent: bytes.length, ms: Date.now() - started });
    };
    socket.on('data', (data: Buffer) => (received = Buffer.concat([received, data])));
    socket.on('close', finish);
    socket.on('error', finish);
    setTimeout(finish, waitMs);
  });
}

function waitForDrain(socket: Socket, stopped: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = setInterval(() => {
      if (stopped()) done();
    }, 20);
    const done = () => {
      clearInterval(check);
      socket.off('drain', done);
      resolve();
    };
    socket.once('drain', done);
  });
}

function isComplete(received: Buffer): boolean {
  const text = received.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return false;
  const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, end));
  return length !== null && received.length >= end + 4 + Number(length[1]);
}

function parseResponse(received: Buffer): Pick<RawResponse, 'status' | 'body' | 'headers'> {
  const text = received.toString('utf8');
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return { status: 0, body: '', headers: {} };
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const headers = Object.fromEntries(
    lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine?.split(' ')[1] ?? 0), body: text.slice(end + 4), headers };
}

/** Open file descriptors of this process (the server runs in it). */
export const openDescriptors = (): number => readdirSync('/proc/self/fd').length;

/** Entries directly under a folder, and the bytes of every file below it. */
export function folderUsage(dir: string): { entries: number; bytes: number } {
  let bytes = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      try {
        if (entry.isDirectory()) walk(path);
        else bytes += statSync(path).size;
      } catch {
        // removed while walking: counts as nothing
      }
    }
  };
  try {
    walk(dir);
    return { entries: readdirSync(dir).length, bytes };
  } catch {
    return { entries: 0, bytes };
  }
}

/** Resolves when the server holds no connection (closed sockets release their descriptors). */
export async function connectionsClosed(app: FastifyInstance, timeoutMs = 5_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<number>((r) => app.server.getConnections((_e, n) => r(n)));
    if (open === 0 || Date.now() > until) return open;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Polls until `check` is true or the time is up; resolves with its last value. */
export async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
  return true;
}
