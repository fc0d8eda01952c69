import type { ErrorCode } from '../core/error-codes';
import { httpStatus } from './http-status';
import type { Failure } from '../core/result';

export interface Issue {
  path: string;
  message: string;
}

/** An expected failure on its way to the one error handler, which maps `code` to a status. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.status = httpStatus(code);
  }

  static from(failure: Failure): AppError {
    const issues = Array.isArray((failure.details as { issues?: unknown })?.issues)
      ? ((failure.details as { issues: Issue[] }).issues as Issue[])
      : undefined;
    return new AppError(failure.code, failure.message, issues);
  }
}
