/** Why a clip could not be read at all (before any form judgement). */
export type ClipErrorCode =
  'unsupported_container' | 'unsupported_codec' | 'no_video' | 'too_long' | 'no_webcodecs';

export class ClipError extends Error {
  constructor(
    readonly code: ClipErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ClipError';
  }
}
