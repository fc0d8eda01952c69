import { baseTypeSize } from './base-types';
import { FIELD_TIMESTAMP, MESG } from './profile';

/** Record fields decoded on the hot path, in slot order. */
export const RS = {
  timestamp: 0,
  lat: 1,
  lon: 2,
  altitude: 3,
  enhancedAltitude: 4,
  heartRate: 5,
  cadence: 6,
  fractionalCadence: 7,
  distance: 8,
  speed: 9,
  enhancedSpeed: 10,
  compressedSpeedDistance: 11,
} as const;
const RECORD_SLOT_COUNT = 12;

/** record field number -> slot (-1 = not read). */
const RECORD_FIELD_SLOT = new Int8Array(256).fill(-1);
for (const [field, slot] of [
  [253, RS.timestamp],
  [0, RS.lat],
  [1, RS.lon],
  [2, RS.altitude],
  [78, RS.enhancedAltitude],
  [3, RS.heartRate],
  [4, RS.cadence],
  [53, RS.fractionalCadence],
  [5, RS.distance],
  [6, RS.speed],
  [73, RS.enhancedSpeed],
  [8, RS.compressedSpeedDistance],
] as const) {
  RECORD_FIELD_SLOT[field] = slot;
}

/** A definition message, compiled once so data messages are read without lookups. */
export interface FitDefinition {
  globalNum: number;
  little: boolean;
  /** Bytes of one data message after its header byte, developer fields included. */
  size: number;
  /** Bytes the definition message itself took, header byte included. */
  definitionLength: number;
  fieldNums: Uint8Array;
  fieldOffsets: Uint16Array;
  fieldSizes: Uint8Array;
  /** Base type number (low 5 bits), or 0xff when the field size does not fit the type. */
  fieldTypes: Uint8Array;
  /** Offset of a uint32 timestamp (field 253), -1 when absent. */
  tsOffset: number;
  /** Only for record messages: offset per RS slot, -1 when absent. */
  recordOffsets: Int32Array | null;
  recordTypes: Uint8Array | null;
}

/**
 * Parses the definition message whose header byte is at `pos`. `null` when it runs past `end`.
 * Developer field definitions are only measured (their bytes are skipped in data messages).
 * @example parseDefinition(bytes, dv, pos, end)?.globalNum // 20 for a record definition
 */
export function parseDefinition(
  bytes: Uint8Array,
  dv: DataView,
  pos: number,
  end: number,
): FitDefinition | null {
  const hasDevFields = ((bytes[pos] as number) & 0x20) !== 0;
  if (pos + 6 > end) return null;
  const little = bytes[pos + 2] === 0;
  const globalNum = dv.getUint16(pos + 3, little);
  const numFields = bytes[pos + 5] as number;
  let p = pos + 6;
  if (p + numFields * 3 > end) return null;
  const fieldNums = new Uint8Array(numFields);
  const fieldOffsets = new Uint16Array(numFields);
  const fieldSizes = new Uint8Array(numFields);
  const fieldTypes = new Uint8Array(numFields);
  let offset = 0;
  let tsOffset = -1;
  const isRecord = globalNum === MESG.record;
  const recordOffsets = isRecord ? new Int32Array(RECORD_SLOT_COUNT).fill(-1) : null;
  const recordTypes = isRecord ? new Uint8Array(RECORD_SLOT_COUNT) : null;
  for (let i = 0; i < numFields; i++, p += 3) {
    const num = bytes[p] as number;
    const size = bytes[p + 1] as number;
    const type = (bytes[p + 2] as number) & 0x1f;
    const typeSize = baseTypeSize(type);
    // A size smaller than the type (seen in COROS files) cannot hold one value: treat as unreadable.
    const usable = typeSize > 0 && size >= typeSize;
    fieldNums[i] = num;
    fieldOffsets[i] = offset;
    fieldSizes[i] = size;
    fieldTypes[i] = usable ? type : 0xff;
    if (num === FIELD_TIMESTAMP && usable && typeSize === 4) tsOffset = offset;
    if (recordOffsets && recordTypes) {
      const slot = RECORD_FIELD_SLOT[num] as number;
      const csd = slot === RS.compressedSpeedDistance;
      if (slot >= 0 && (usable || (csd && size >= 3))) {
        recordOffsets[slot] = offset;
        recordTypes[slot] = type;
      }
    }
    offset += size;
  }
  if (hasDevFields) {
    if (p + 1 > end) return null;
    const numDev = bytes[p] as number;
    p += 1;
    if (p + numDev * 3 > end) return null;
    for (let i = 0; i < numDev; i++, p += 3) offset += bytes[p + 1] as number;
  }
  return {
    globalNum,
    little,
    size: offset,
    definitionLength: p - pos,
    fieldNums,
    fieldOffsets,
    fieldSizes,
    fieldTypes,
    tsOffset,
    recordOffsets,
    recordTypes,
  };
}

/** Index of field `num` in `def`, -1 when absent or unreadable. */
export function fieldIndex(def: FitDefinition, num: number): number {
  const nums = def.fieldNums;
  for (let i = 0; i < nums.length; i++) if (nums[i] === num && def.fieldTypes[i] !== 0xff) return i;
  return -1;
}
