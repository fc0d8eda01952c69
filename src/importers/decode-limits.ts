import { fail, type Failure, type Result } from '../core/result';

/**
 * Bounds on what decoding one file may build, so no file (however small it is packed) can exhaust the
 * heap or hold the CPU. Each default sits far above anything measured in real recordings (numbers from
 * the developers' corpus of 40 device files: see the note per limit) and is named in the error it gives.
 */
export interface DecodeLimits {
  /**
   * Deepest element nesting in GPX/TCX. Default 64. Real files nest at most 9 deep (TCX trackpoint
   * extensions); a parser keeps one frame per open element, so a 96 KB gzip of 33 million `<a>` held
   * 5 GB before this limit.
   */
  maxXmlDepth: number;
  /**
   * Most elements in one GPX/TCX document. Default 5,000,000. Real files hold at most 30,157 elements
   * per MB (Polar TCX), so a real file at the 100 MiB size limit would hold about 3.2 million.
   */
  maxXmlElements: number;
  /** Most attributes on one element. Default 64. Real files have at most 7 (GPX root with namespaces). */
  maxXmlAttributes: number;
  /**
   * Longest text, attribute value, comment or name, in characters. Default 1 MiB (1,048,576). Real files:
   * at most 293 (a schemaLocation attribute); a parser holds such a run whole until it ends.
   */
  maxXmlTextChars: number;
  /**
   * Most samples (FIT records, GPX/TCX track points) in one file, all its activities together.
   * Default 2,000,000: 23 days at one per second, 3.7 times a 150-hour race recorded every second.
   * Each sample takes 64 bytes while decoding, so samples never take more than 128 MiB.
   */
  maxSamples: number;
  /** Most laps in one file. Default 10,000. Real files: at most 32; 500 km with a lap per kilometre is 500. */
  maxLaps: number;
  /**
   * Most activities (FIT sessions, TCX `Activity` elements) in one file. Default 256. Real files: at most
   * 5 (a triathlon with its transitions); a swimrun of 50 legs with transitions is about 100. Records are
   * matched to sessions one by one, so this also bounds that work (samples x activities).
   */
  maxActivities: number;
}

export const DEFAULT_DECODE_LIMITS: Readonly<DecodeLimits> = Object.freeze({
  maxXmlDepth: 64,
  maxXmlElements: 5_000_000,
  maxXmlAttributes: 64,
  maxXmlTextChars: 1024 * 1024,
  maxSamples: 2_000_000,
  maxLaps: 10_000,
  maxActivities: 256,
});

/** @example resolveDecodeLimits({ maxXmlDepth: 8 }).maxSamples // 2000000 */
export const resolveDecodeLimits = (partial: Partial<DecodeLimits> = {}): DecodeLimits => ({
  ...DEFAULT_DECODE_LIMITS,
  ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)),
});

/**
 * Thrown inside a decoder when a limit is passed; the decoder's entry point turns it into a
 * `limit_exceeded` failure naming the limit, so it never escapes `decodeFile`.
 */
export class DecodeLimitError extends Error {
  constructor(
    readonly limit: keyof DecodeLimits,
    readonly value: number,
    what: string,
  ) {
    super(`${what}, over the limit of ${value.toLocaleString('en')} (${limit})`);
    this.name = 'DecodeLimitError';
  }
}

/**
 * The failure a passed limit gives: `limit_exceeded`, the limit's name and value in the details.
 * @example limitFailure('GPX', new DecodeLimitError('maxXmlDepth', 64, 'elements nested deeper')).error.code // 'limit_exceeded'
 */
export const limitFailure = (what: string, error: DecodeLimitError): { ok: false; error: Failure } =>
  fail('limit_exceeded', `${what}: ${error.message}`, { limit: error.value, name: error.limit });

/** Runs a decoder, turning a passed limit into its failure; any other exception is left to the caller. */
export function withinLimits<T>(what: string, decode: () => Result<T>): Result<T> {
  try {
    return decode();
  } catch (error) {
    if (error instanceof DecodeLimitError) return limitFailure(what, error);
    throw error;
  }
}
