import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import { ERROR_CODES, type ErrorCode } from '../core/error-codes';
import { httpStatus } from './http-status';
import { DEFAULT_TIMEOUTS, type ServerTimeouts } from '../config/app-config';

/**
 * The Fastify options that bound how long a client may hold a connection: idle (socket inactivity,
 * which also ends a stalled upload), whole request and headers. Node checks the last two on an
 * interval, made short enough that a headers timeout fires within a quarter of its length.
 * @example Fastify({ ...timeoutOptions({ idleMs: 5_000 }) })
 */
export function timeoutOptions(partial: Partial<ServerTimeouts> = {}): {
  connectionTimeout: number;
  requestTimeout: number;
  http: ServerOptions;
} {
  const t = { ...DEFAULT_TIMEOUTS, ...partial };
  const headersTimeout = Math.min(t.headersMs, t.requestMs);
  return {
    connectionTimeout: t.idleMs,
    requestTimeout: t.requestMs,
    http: {
      requestTimeout: t.requestMs,
      headersTimeout,
      connectionsCheckingInterval: Math.max(50, Math.min(5_000, Math.floor(headersTimeout / 4))),
    },
  };
}

/**
 * Answers what Node's HTTP parser refuses before any route sees it (a request or headers timeout,
 * headers too large, broken HTTP) with the API's error body, then closes the connection.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? 'request_timeout'
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? 'headers_too_large'
        : 'malformed_request';
  const response = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  // Only when no answer has started on this connection, as Node itself does; else it would be garbled.
  if (socket.writable && !response?.headersSent) {
    const status = httpStatus(code);
    const body = JSON.stringify({ code, message: ERROR_CODES[code].message, requestId: randomUUID() });
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
