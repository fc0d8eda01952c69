import { STATUS_CODES } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../core/error-codes';
import { HTTP_STATUS, httpStatus } from './http-status';

describe('HTTP status per error code', () => {
  it('gives every code in the catalogue a real status, and knows no code the catalogue lacks', () => {
    expect(Object.keys(HTTP_STATUS).sort()).toEqual(Object.keys(ERROR_CODES).sort());
    for (const status of Object.values(HTTP_STATUS)) expect(STATUS_CODES[status]).toBeDefined();
  });

  it('answers failures with 4xx or 5xx; only import outcomes that are not failures are 200', () => {
    const ok = Object.entries(HTTP_STATUS)
      .filter(([, s]) => s < 400)
      .map(([c]) => c);
    expect(ok.sort()).toEqual(['partly_read', 'recovered', 'replaced_partial']);
    expect(httpStatus('validation_failed')).toBe(400);
    expect(httpStatus('unauthenticated')).toBe(401);
    expect(httpStatus('not_found')).toBe(404);
    expect(httpStatus('checkin_incomplete')).toBe(422);
    expect(httpStatus('internal')).toBe(500);
  });

  it('leaves statuses out of the core: its catalogue holds messages only', () => {
    for (const entry of Object.values(ERROR_CODES)) expect(Object.keys(entry)).toEqual(['message']);
  });
});
