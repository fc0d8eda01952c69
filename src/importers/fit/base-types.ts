/**
 * FIT base types: read one value as a number, `NaN` for the type's "invalid" marker.
 * Base type byte: bit 7 = multi-byte (endian-sensitive), low 5 bits = type number.
 */

export const BT = {
  enum: 0,
  sint8: 1,
  uint8: 2,
  sint16: 3,
  uint16: 4,
  sint32: 5,
  uint32: 6,
  string: 7,
  float32: 8,
  float64: 9,
  uint8z: 10,
  uint16z: 11,
  uint32z: 12,
  byte: 13,
  sint64: 14,
  uint64: 15,
  uint64z: 16,
} as const;

/** Size in bytes of each base type, index = type number; 0 = unknown type. */
export const BASE_TYPE_SIZE = new Uint8Array([1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8]);

/** Size of a base type number (low 5 bits of the base type byte); 0 when unknown. */
export const baseTypeSize = (type: number): number => (type < 17 ? (BASE_TYPE_SIZE[type] as number) : 0);

/**
 * The value at `pos`, or NaN when it is the invalid marker or the type is not numeric.
 * `type` is the base type number (low 5 bits), not the raw byte.
 * @example readNumber(new DataView(new Uint8Array([0x10, 0]).buffer), 0, BT.uint16, true) // 16
 */
export function readNumber(dv: DataView, pos: number, type: number, little: boolean): number {
  let v: number;
  switch (type) {
    case 0: // enum
    case 2: // uint8
    case 13: // byte
      v = dv.getUint8(pos);
      return v === 0xff ? NaN : v;
    case 1:
      v = dv.getInt8(pos);
      return v === 0x7f ? NaN : v;
    case 3:
      v = dv.getInt16(pos, little);
      return v === 0x7fff ? NaN : v;
    case 4:
      v = dv.getUint16(pos, little);
      return v === 0xffff ? NaN : v;
    case 5:
      v = dv.getInt32(pos, little);
      return v === 0x7fffffff ? NaN : v;
    case 6:
      v = dv.getUint32(pos, little);
      return v === 0xffffffff ? NaN : v;
    case 8:
      return dv.getFloat32(pos, little); // invalid marker is all ones, itself a NaN
    case 9:
      return dv.getFloat64(pos, little);
    case 10:
      v = dv.getUint8(pos);
      return v === 0 ? NaN : v;
    case 11:
      v = dv.getUint16(pos, little);
      return v === 0 ? NaN : v;
    case 12:
      v = dv.getUint32(pos, little);
      return v === 0 ? NaN : v;
    case 14: {
      const b = dv.getBigInt64(pos, little);
      return b === 0x7fffffffffffffffn ? NaN : Number(b);
    }
    case 15:
    case 16: {
      const b = dv.getBigUint64(pos, little);
      return b === 0xffffffffffffffffn || (type === 16 && b === 0n) ? NaN : Number(b);
    }
    default:
      return NaN;
  }
}
