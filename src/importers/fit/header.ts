/** FIT file header and CRC (CRC-16/ARC, the FIT SDK's checksum). */

export interface FitHeader {
  headerSize: number;
  protocolVersion: number;
  profileVersion: number;
  dataSize: number;
  /** 0 when the header has no CRC (12-byte header) or the writer left it blank. */
  headerCrc: number;
}

const CRC_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
    table[i] = c;
  }
  return table;
})();

/**
 * CRC-16 of `bytes[start, end)`, continuing from `crc`.
 * @example fitCrc(new TextEncoder().encode('123456789'), 0, 9) // 0xbb3d
 */
export function fitCrc(bytes: Uint8Array, start: number, end: number, crc = 0): number {
  let c = crc;
  for (let i = start; i < end; i++) c = (c >>> 8) ^ (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number);
  return c;
}

/** True when a FIT header starts at `offset`: sane size byte and the ".FIT" signature. */
export function looksLikeFitHeader(bytes: Uint8Array, offset: number): boolean {
  if (offset + 12 > bytes.length) return false;
  const size = bytes[offset] as number;
  return (
    size >= 12 &&
    bytes[offset + 8] === 0x2e && // .
    bytes[offset + 9] === 0x46 && // F
    bytes[offset + 10] === 0x49 && // I
    bytes[offset + 11] === 0x54 // T
  );
}

/**
 * Reads the header at `offset`; `null` when there is none.
 * @example readFitHeader(bytes, 0)?.dataSize
 */
export function readFitHeader(bytes: Uint8Array, offset: number): FitHeader | null {
  if (!looksLikeFitHeader(bytes, offset)) return null;
  const headerSize = bytes[offset] as number;
  if (offset + headerSize > bytes.length) return null;
  const dv = new DataView(bytes.buffer, bytes.byteOffset + offset, headerSize);
  return {
    headerSize,
    protocolVersion: dv.getUint8(1),
    profileVersion: dv.getUint16(2, true),
    dataSize: dv.getUint32(4, true),
    headerCrc: headerSize >= 14 ? dv.getUint16(12, true) : 0,
  };
}
