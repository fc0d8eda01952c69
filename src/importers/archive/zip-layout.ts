import type yauzl from 'yauzl';
import type { Failure } from '../../core/result';

/** A local file header without its name and extra field: the least room an entry takes before its data. */
const LOCAL_HEADER_BYTES = 30;

/**
 * Refuses a zip whose entries share bytes: each entry's header and compressed data must end before
 * the next entry (by offset) begins, and the last before the central directory. Real writers never
 * overlap entries; overlapping is how a 222 KB zip lists 2,000 entries that are all one 99 MB bomb
 * (or, nested, how "better zip bombs" reach gigabytes without a high ratio per entry).
 * @example findOverlap([a, b], directoryStart, 'export.zip') // null when every entry has its own bytes
 */
export function findOverlap(
  entries: readonly yauzl.Entry[],
  directoryStart: number,
  label: string,
): Failure | null {
  const spans = entries
    .map((e) => ({
      name: e.fileName,
      start: e.relativeOffsetOfLocalHeader,
      end: e.relativeOffsetOfLocalHeader + LOCAL_HEADER_BYTES + e.compressedSize,
    }))
    .sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const next = spans[i + 1];
    if (span.end <= (next?.start ?? directoryStart)) continue;
    const other = next ? `entry ${next.name}` : 'the central directory';
    return {
      code: 'overlapping_entries',
      message: `${label}: entry ${span.name} shares bytes with ${other} (a zip bomb's trick): the archive is not read`,
      details: { offset: span.start },
    };
  }
  return null;
}
