import { DEFAULT_MAX_FILE_BYTES } from '../decode-file';

/** Bounds on what one import reads, so a hostile upload (zip bomb, million entries) cannot exhaust memory or disk. */
export interface ImportLimits {
  /** Largest single activity file, before and after gunzip, bytes. Default 100 MiB. */
  maxFileBytes: number;
  /** Most entries one zip may list (nested zips count separately). Default 100,000. */
  maxEntries: number;
  /**
   * Most bytes unpacked in one import run (one upload, one CLI command): zip entries, nested zips
   * copied out, and gzip content at every layer (a .gz on disk, a .gz inside a zip) all count against it,
   * so a 96 KB .gz that inflates to 99 MB spends 99 MB. Default 8 GiB.
   */
  maxTotalBytes: number;
  /** Highest uncompressed/compressed size ratio of one zip entry larger than 1 MiB. Default 200. */
  maxCompressionRatio: number;
  /** Deepest zip-inside-zip: 1 allows a zip holding zips (Garmin export), not deeper. Default 2. */
  maxNestingDepth: number;
}

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  maxEntries: 100_000,
  maxTotalBytes: 8 * 1024 ** 3,
  maxCompressionRatio: 200,
  maxNestingDepth: 2,
});

/** Small entries may compress very well (a GPX of repeated points); the ratio only matters above this. */
export const RATIO_CHECK_MIN_BYTES = 1024 * 1024;

/** @example resolveLimits({ maxEntries: 10 }).maxFileBytes // 104857600 */
export const resolveLimits = (partial: Partial<ImportLimits> = {}): ImportLimits => ({
  ...DEFAULT_IMPORT_LIMITS,
  ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)),
});

/**
 * What one import run may still unpack (limits.maxTotalBytes), shared by every input and every layer.
 * @example const budget = new UnpackBudget(8 * 1024 ** 3); budget.spend(99e6); budget.left // 8490934592
 */
export class UnpackBudget {
  used = 0;
  constructor(readonly limit: number) {}

  get left(): number {
    return Math.max(0, this.limit - this.used);
  }

  spend(bytes: number): void {
    this.used += bytes;
  }
}
