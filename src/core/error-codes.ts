/**
 * The one catalogue of error codes and what each means, in a sentence. Transport is not the core's
 * business: the HTTP adapter alone maps each code to a status (src/server/http-status.ts), the CLI prints
 * the code. Add a code here before using it anywhere.
 */
export const ERROR_CODES = {
  validation_failed: { message: 'A field is missing or has the wrong type or value.' },
  invalid_json: { message: 'The request body is not valid JSON.' },
  unauthenticated: { message: 'Log in first.' },
  invalid_credentials: { message: 'Email or password is wrong.' },
  csrf_rejected: { message: 'The request did not come from this site.' },
  host_not_allowed: {
    message: 'This server does not answer to that host name; its administrator can add it.',
  },
  not_found: { message: 'Nothing here, or it is not yours.' },
  email_taken: { message: 'An account with this email already exists.' },
  duplicate: { message: 'This was already stored.' },
  malformed_upload: {
    message: 'The upload was cut short or is not well-formed multipart/form-data; nothing from it was kept.',
  },
  malformed_request: { message: 'The request is not well-formed HTTP.' },
  request_timeout: {
    message: 'The request stalled or took too long to arrive; nothing from it was kept.',
  },
  payload_too_large: { message: 'The upload is larger than this server accepts.' },
  unsupported_media_type: { message: 'This content type is not accepted here.' },
  checkin_incomplete: { message: 'Some red-flag questions were not answered.' },
  checkin_required: { message: 'A plan is built from a complete check-in: check in first.' },
  plan_log_rejected: {
    message:
      'The log does not fit the plan: a day outside it, an item that day does not hold, or a day still to come.',
  },
  plan_ended: { message: 'This plan has ended; build a new one.' },
  reset_link_invalid: {
    message: 'The password reset link is not valid, has expired or was already used.',
  },
  headers_too_large: { message: 'The request headers are larger than this server accepts.' },
  too_many_attempts: { message: 'Too many attempts; wait and try again.' },
  too_many_uploads: { message: 'Too many uploads are arriving at once; wait and try again.' },
  rate_limited: { message: 'Too many requests of this kind; wait for the time given and try again.' },
  mail_not_configured: {
    message: 'This server cannot send email; its administrator can set your password.',
  },
  account_not_empty: {
    message: 'An export can only be brought into an empty account: this one already holds data.',
  },
  export_invalid: { message: 'The file is not a backstride export, or part of it is damaged.' },
  internal: { message: 'Something went wrong on the server.' },
  // Importer failures (files, not requests).
  unknown_format: { message: 'The file is not a format backstride reads.' },
  empty_file: { message: 'The file is empty.' },
  corrupt_file: { message: 'The file is damaged and cannot be read.' },
  not_an_activity: { message: 'The file holds no activity.' },
  limit_exceeded: { message: 'The file or archive is over a configured limit.' },
  overlapping_entries: {
    message: "The archive's entries share bytes (a zip bomb's trick), so it was not read.",
  },
  entry_count_mismatch: {
    message: 'The archive holds more entries than its end record lists, so it was not read.',
  },
  incomplete_entry: {
    message: 'An export lists this activity without a start time or duration.',
  },
  decode_timeout: {
    message: 'Reading the file took longer than this server allows for one file.',
  },
  decode_out_of_memory: {
    message: 'Reading the file needed more memory than this server allows for one file.',
  },
  decoder_stopped: { message: 'The decoder stopped while reading the file.' },
  import_timeout: {
    message: 'The import took longer than this server allows for one import, so it was stopped.',
  },
  // Import outcomes that are not failures: said about a file in an import's results, never sent as an HTTP error.
  partly_read: { message: 'The file is damaged; the part before the damage was read.' },
  replaced_partial: { message: 'A complete copy took the place of a partly read run.' },
  /**
   * What the decoders call a damaged activity whose readable part was kept (`Activity.recovered`, the run's
   * `recovered` note, the `recovered` outcome count); imports saved before `partly_read` carry it as the code.
   */
  recovered: { message: 'The activity was damaged; the part before the damage was kept.' },
  database_unavailable: { message: 'The server cannot reach its database; try again in a moment.' },
} as const satisfies Record<string, { message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_CODES, code);
