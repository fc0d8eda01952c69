/** Which decoder a file needs, told from its first bytes (the name is only a tie-breaker). */
export type SniffedFormat = 'fit' | 'gpx' | 'tcx' | 'gzip' | 'zip' | 'empty' | 'unknown';

const SNIFF_CHARS = 4096;

/**
 * Sniffs the format from the bytes: gzip and zip magic, the FIT ".FIT" signature, the XML root.
 * Falls back on the extension only for bytes that match nothing (so a damaged FIT gets a FIT error).
 * @example sniffFormat(new Uint8Array([0x1f, 0x8b, 8]), 'a.fit.gz') // 'gzip'
 */
export function sniffFormat(bytes: Uint8Array, filename = ''): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (
    bytes.length >= 12 &&
    bytes[8] === 0x2e &&
    bytes[9] === 0x46 &&
    bytes[10] === 0x49 &&
    bytes[11] === 0x54
  ) {
    return 'fit';
  }
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_CHARS));
  if (/^[\s\uFEFF]*</.test(head)) {
    if (/<(?:\w+:)?gpx[\s>]/.test(head)) return 'gpx';
    if (/<(?:\w+:)?TrainingCenterDatabase[\s>]/.test(head)) return 'tcx';
  }
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  if (ext === 'fit' || ext === 'gpx' || ext === 'tcx') return ext;
  return 'unknown';
}
