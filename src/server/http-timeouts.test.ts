import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { resolveTimeouts } from '../config/server-settings';
import { DEFAULT_TIMEOUTS } from '../config/app-config';
import { answerClientError, timeoutOptions } from './http-timeouts';

describe('server timeouts from the environment', () => {
  it('default to 60 s idle, 6 h per request and 30 s for headers', () => {
    expect(resolveTimeouts({})).toEqual({ idleMs: 60_000, requestMs: 21_600_000, headersMs: 30_000 });
    expect(resolveTimeouts({ BACKSTRIDE_IDLE_TIMEOUT_S: '' })).toEqual(DEFAULT_TIMEOUTS);
  });

  it('take seconds, fractions allowed', () => {
    const env = {
      BACKSTRIDE_IDLE_TIMEOUT_S: '120',
      BACKSTRIDE_REQUEST_TIMEOUT_S: '43200',
      BACKSTRIDE_HEADERS_TIMEOUT_S: '2.5',
    };
    expect(resolveTimeouts(env)).toEqual({ idleMs: 120_000, requestMs: 43_200_000, headersMs: 2_500 });
  });

  it('refuse what is not a positive number, naming the variable', () => {
    expect(() => resolveTimeouts({ BACKSTRIDE_IDLE_TIMEOUT_S: '0' })).toThrow(/BACKSTRIDE_IDLE_TIMEOUT_S/);
    expect(() => resolveTimeouts({ BACKSTRIDE_REQUEST_TIMEOUT_S: 'an hour' })).toThrow(
      /BACKSTRIDE_REQUEST_TIMEOUT_S must be a positive number of seconds, got "an hour"/,
    );
    expect(() => resolveTimeouts({ BACKSTRIDE_HEADERS_TIMEOUT_S: '-1' })).toThrow(/HEADERS/);
  });

  it('refuse headers allowed longer than the whole request', () => {
    expect(() =>
      resolveTimeouts({ BACKSTRIDE_REQUEST_TIMEOUT_S: '10', BACKSTRIDE_HEADERS_TIMEOUT_S: '20' }),
    ).toThrow(/must not be longer than BACKSTRIDE_REQUEST_TIMEOUT_S/);
  });
});

describe('timeoutOptions', () => {
  it('gives Fastify and Node each timeout, checked often enough for the headers one', () => {
    expect(timeoutOptions()).toEqual({
      connectionTimeout: 60_000,
      requestTimeout: 21_600_000,
      http: { requestTimeout: 21_600_000, headersTimeout: 30_000, connectionsCheckingInterval: 5_000 },
    });
    const short = timeoutOptions({ idleMs: 1_000, requestMs: 1_500, headersMs: 800 });
    expect(short.http.connectionsCheckingInterval).toBe(200);
    expect(timeoutOptions({ requestMs: 1_000, headersMs: 5_000 }).http.headersTimeout).toBe(1_000);
  });
});

describe('answerClientError', () => {
  const fakeSocket = (headersSent = false) => {
    const written: string[] = [];
    let destroyed = false;
    const socket = {
      destroyed: false,
      writable: true,
      _httpMessage: { headersSent },
      write: (s: string) => written.push(s),
      destroy: () => (destroyed = true),
    } as unknown as Socket;
    return { socket, written, wasDestroyed: () => destroyed };
  };

  it('answers a request timeout 408 with the API error body, then closes', () => {
    const { socket, written, wasDestroyed } = fakeSocket();
    answerClientError(Object.assign(new Error('timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), socket);
    expect(written).toHaveLength(1);
    const [head, body] = written[0]!.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(head).toContain('Connection: close');
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body!)}`);
    expect(JSON.parse(body!)).toEqual({
      code: 'request_timeout',
      message: expect.stringMatching(/stalled or took too long/),
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(wasDestroyed()).toBe(true);
  });

  it('says 431 to headers too large and 400 to broken HTTP', () => {
    const big = fakeSocket();
    answerClientError(Object.assign(new Error('big'), { code: 'HPE_HEADER_OVERFLOW' }), big.socket);
    expect(big.written[0]).toMatch(/^HTTP\/1\.1 431 .*"code":"headers_too_large"/s);
    const broken = fakeSocket();
    answerClientError(Object.assign(new Error('bad'), { code: 'HPE_INVALID_METHOD' }), broken.socket);
    expect(broken.written[0]).toMatch(/^HTTP\/1\.1 400 .*"code":"malformed_request"/s);
  });

  it('writes nothing over an answer already started, or to a client that reset', () => {
    const started = fakeSocket(true);
    answerClientError(Object.assign(new Error('t'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), started.socket);
    expect(started.written).toEqual([]);
    expect(started.wasDestroyed()).toBe(true);
    const reset = fakeSocket();
    answerClientError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }), reset.socket);
    expect(reset.written).toEqual([]);
    expect(reset.wasDestroyed()).toBe(false);
  });
});
