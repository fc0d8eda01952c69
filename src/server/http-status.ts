import type { ErrorCode } from '../core/error-codes';

/**
 * The HTTP status of each error code: decided here, in the HTTP adapter, and nowhere else. Every code in the
 * catalogue must have one (the type says so), so a new code cannot reach a client without a status.
 */
export const HTTP_STATUS = {
  validation_failed: 400,
  invalid_json: 400,
  malformed_upload: 400,
  malformed_request: 400,
  reset_link_invalid: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_rejected: 403,
  host_not_allowed: 403,
  not_found: 404,
  request_timeout: 408,
  email_taken: 409,
  duplicate: 409,
  plan_ended: 409,
  account_not_empty: 409,
  payload_too_large: 413,
  limit_exceeded: 413,
  unsupported_media_type: 415,
  checkin_incomplete: 422,
  checkin_required: 422,
  plan_log_rejected: 422,
  export_invalid: 422,
  unknown_format: 422,
  empty_file: 422,
  corrupt_file: 422,
  not_an_activity: 422,
  overlapping_entries: 422,
  entry_count_mismatch: 422,
  incomplete_entry: 422,
  decode_timeout: 422,
  import_timeout: 422,
  decode_out_of_memory: 413,
  too_many_attempts: 429,
  too_many_uploads: 429,
  rate_limited: 429,
  headers_too_large: 431,
  internal: 500,
  decoder_stopped: 500,
  mail_not_configured: 503,
  database_unavailable: 503,
  // Said about a file in an import's results, never sent as an HTTP error: the import itself succeeded.
  partly_read: 200,
  replaced_partial: 200,
  recovered: 200,
} as const satisfies Record<ErrorCode, number>;

/**
 * @example httpStatus('not_found') // 404
 */
export const httpStatus = (code: ErrorCode): number => HTTP_STATUS[code];
