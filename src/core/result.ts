import type { ErrorCode } from './error-codes';

/** A failure that is expected to happen (bad input, missing answers): a value, not an exception. */
export interface Failure<C extends string = ErrorCode> {
  code: C;
  message: string;
  details?: unknown;
}

export type Result<T, C extends string = ErrorCode> =
  { ok: true; value: T } | { ok: false; error: Failure<C> };

/** @example ok(3) // { ok: true, value: 3 } */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** @example fail('validation_failed', 'age must be a whole number') */
export const fail = <C extends string = ErrorCode>(
  code: C,
  message: string,
  details?: unknown,
): { ok: false; error: Failure<C> } => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});
