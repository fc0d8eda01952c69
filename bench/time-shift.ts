/**
 * Moves an activity file's clock by a whole number of days, for synthetic archives where every
 * activity must start at a different time. FIT: date_time fields are patched in place using the
 * decoder's definition parser, CRCs rewritten. GPX/TCX: every ISO timestamp in the text.
 */
import { parseDefinition } from '../src/importers/fit/definitions';
import { fitCrc, readFitHeader } from '../src/importers/fit/header';
import { FIELD_TIMESTAMP, MESG } from '../src/importers/fit/profile';

const DAY_S = 86_400;
/** FIT date_time values below this are seconds since device power-up, not dates: left alone. */
const FIT_MIN_DATE = 0x10000000;

/** date_time fields other than timestamp (253), per message: file_id.time_created, start_time, local_timestamp. */
const DATE_FIELDS = new Map<number, number[]>([
  [MESG.fileId, [4]],
  [MESG.session, [2]],
  [MESG.lap, [2]],
  [MESG.activity, [5]],
]);

/**
 * A copy of a FIT file (chained files too) with every date moved by `days`; null when the bytes
 * cannot be walked to the end (damaged files are not shifted). Whole days keep the low 5 bits of
 * every timestamp, so compressed-timestamp record headers stay right.
 * @example shiftFitDays(bytes, 3)
 */
export function shiftFitDays(source: Uint8Array, days: number): Uint8Array | null {
  const bytes = new Uint8Array(source);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = days * DAY_S;
  let offset = 0;
  while (offset < bytes.length) {
    const header = readFitHeader(bytes, offset);
    if (!header) return null;
    const start = offset + header.headerSize;
    const end = start + header.dataSize;
    if (end + 2 > bytes.length) return null;
    const defs = new Array<ReturnType<typeof parseDefinition>>(16);
    let pos = start;
    while (pos < end) {
      const h = bytes[pos]!;
      if (!(h & 0x80) && h & 0x40) {
        const def = parseDefinition(bytes, dv, pos, end);
        if (!def) return null;
        defs[h & 0x0f] = def;
        pos += def.definitionLength;
        continue;
      }
      const def = defs[h & 0x80 ? (h >> 5) & 0x3 : h & 0x0f];
      if (!def || pos + 1 + def.size > end) return null;
      const dateFields = DATE_FIELDS.get(def.globalNum) ?? [];
      for (let i = 0; i < def.fieldNums.length; i++) {
        const num = def.fieldNums[i]!;
        if (def.fieldSizes[i] !== 4 || (num !== FIELD_TIMESTAMP && !dateFields.includes(num))) continue;
        const at = pos + 1 + def.fieldOffsets[i]!;
        const value = dv.getUint32(at, def.little);
        if (value >= FIT_MIN_DATE && value !== 0xffffffff) dv.setUint32(at, value + shift, def.little);
      }
      pos += 1 + def.size;
    }
    const crc = fitCrc(bytes, offset, end);
    dv.setUint16(end, crc, true);
    offset = end + 2;
  }
  return bytes;
}

const ISO = /\b(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?/g;

/**
 * GPX/TCX text with every ISO 8601 timestamp moved by `days` (written back in UTC, 'Z').
 * @example shiftXmlDays('<time>2020-01-01T00:00:00Z</time>', 1) // '<time>2020-01-02T00:00:00.000Z</time>'
 */
export function shiftXmlDays(text: string, days: number): string {
  return text.replace(ISO, (match, local: string, zone: string | undefined) => {
    const ms = Date.parse(`${local}${zone ?? 'Z'}`);
    return Number.isFinite(ms) ? new Date(ms + days * DAY_S * 1000).toISOString() : match;
  });
}
