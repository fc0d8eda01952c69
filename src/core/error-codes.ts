/**
 * The one catalogue of error codes. The HTTP adapter maps each to a status; the CLI prints the code.
 * Add a code here before using it anywhere.
 */
export const ERROR_CODES = {
  validation_failed: { status: 400, summary: 'A field is missing or has the wrong type or value.' },
  invalid_json: { status: 400, summary: 'The request body is not valid JSON.' },
  unauthenticated: { status: 401, summary: 'Log in first.' },
  invalid_credentials: { status: 401, summary: 'Email or password is wrong.' },
  csrf_rejected: { status: 403, summary: 'The request did not come from this site.' },
  host_not_allowed: {
    status: 403,
    summary: 'This server does not answer to that host name; its administrator can add it.',
  },
  not_found: { status: 404, summary: 'Nothing here, or it is not yours.' },
  email_taken: { status: 409, summary: 'An account with this email already exists.' },
  duplicate: { status: 409, summary: 'This was already stored.' },
  malformed_upload: {
    status: 400,
    summary: 'The upload was cut short or is not well-formed multipart/form-data; nothing from it was kept.',
  },
  malformed_request: { status: 400, summary: 'The request is not well-formed HTTP.' },
  request_timeout: {
    status: 408,
    summary: 'The request stalled or took too long to arrive; nothing from it was kept.',
  },
  payload_too_large: { status: 413, summary: 'The upload is larger than this server accepts.' },
  unsupported_media_type: { status: 415, summary: 'This content type is not accepted here.' },
  checkin_incomplete: { status: 422, summary: 'Some red-flag questions were not answered.' },
  reset_link_invalid: {
    status: 400,
    summary: 'The password reset link is not valid, has expired or was already used.',
  },
  headers_too_large: { status: 431, summary: 'The request headers are larger than this server accepts.' },
  too_many_attempts: { status: 429, summary: 'Too many attempts; wait and try again.' },
  too_many_uploads: { status: 429, summary: 'Too many uploads are arriving at once; wait and try again.' },
  mail_not_configured: {
    status: 503,
    summary: 'This server cannot send email; its administrator can set your password.',
  },
  internal: { status: 500, summary: 'Something went wrong on the server.' },
  // Importer failures (files, not requests).
  unknown_format: { status: 422, summary: 'The file is not a format backstride reads.' },
  empty_file: { status: 422, summary: 'The file is empty.' },
  corrupt_file: { status: 422, summary: 'The file is damaged and cannot be read.' },
  not_an_activity: { status: 422, summary: 'The file holds no activity.' },
  limit_exceeded: { status: 413, summary: 'The file or archive is over a configured limit.' },
  overlapping_entries: {
    status: 422,
    summary: "The archive's entries share bytes (a zip bomb's trick), so it was not read.",
  },
  entry_count_mismatch: {
    status: 422,
    summary: 'The archive holds more entries than its end record lists, so it was not read.',
  },
  incomplete_entry: {
    status: 422,
    summary: 'An export lists this activity without a start time or duration.',
  },
  decode_timeout: {
    status: 422,
    summary: 'Reading the file took longer than this server allows for one file.',
  },
  decode_out_of_memory: {
    status: 413,
    summary: 'Reading the file needed more memory than this server allows for one file.',
  },
  decoder_stopped: { status: 500, summary: 'The decoder stopped while reading the file.' },
  import_timeout: {
    status: 422,
    summary: 'The import took longer than this server allows for one import, so it was stopped.',
  },
  // Import outcomes that are not failures: said about a file in an import's results, never sent as an HTTP error.
  partly_read: { status: 200, summary: 'The file is damaged; the part before the damage was read.' },
  replaced_partial: { status: 200, summary: 'A complete copy took the place of a partly read run.' },
} as const satisfies Record<string, { status: number; summary: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_CODES, code);
