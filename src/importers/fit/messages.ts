import { readNumber } from './base-types';
import { fieldIndex, type FitDefinition } from './definitions';
import { fitTime } from './profile';

/** The summary messages backstride keeps: read with a field lookup, they are few per file. */
export interface FitFileId {
  segment: number;
  type: number;
  manufacturer: number;
  product: number;
  productName: string | null;
}

export interface FitSession {
  segment: number;
  /** FIT seconds; NaN when absent. */
  startTime: number;
  timestamp: number;
  sport: number;
  subSport: number;
  elapsedS: number;
  timerS: number;
  distanceM: number;
  ascentM: number;
  avgHeartRate: number;
  /** Cycles per minute (strides on foot), fraction included. */
  avgCadence: number;
  avgStepLengthMm: number;
  avgVerticalOscillationMm: number;
  avgStanceTimeMs: number;
}

export interface FitLap {
  segment: number;
  startTime: number;
  timestamp: number;
  elapsedS: number;
  timerS: number;
  distanceM: number;
}

export interface FitActivityMesg {
  timestamp: number;
  localTimestamp: number;
}

export interface FitSport {
  sport: number;
  subSport: number;
}

/**
 * Value of field `num` scaled as the FIT SDK does (raw / scale - offset); NaN when absent.
 * @example fieldValue(def, dv, body, 9, 100) // session total_distance in metres
 */
export function fieldValue(
  def: FitDefinition,
  dv: DataView,
  body: number,
  num: number,
  scale = 1,
  offset = 0,
): number {
  const i = fieldIndex(def, num);
  if (i < 0) return NaN;
  const raw = readNumber(dv, body + (def.fieldOffsets[i] as number), def.fieldTypes[i] as number, def.little);
  return scale === 1 && offset === 0 ? raw : raw / scale - offset;
}

function fieldString(def: FitDefinition, bytes: Uint8Array, body: number, num: number): string | null {
  const i = fieldIndex(def, num);
  if (i < 0 || def.fieldTypes[i] !== 7) return null;
  const start = body + (def.fieldOffsets[i] as number);
  let end = start;
  const limit = start + (def.fieldSizes[i] as number);
  while (end < limit && bytes[end] !== 0) end++;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(start, end)).trim();
  return text === '' ? null : text;
}

const firstFinite = (...xs: number[]): number => xs.find((x) => Number.isFinite(x)) ?? NaN;

export function readFileId(
  def: FitDefinition,
  dv: DataView,
  bytes: Uint8Array,
  body: number,
  segment: number,
): FitFileId {
  return {
    segment,
    type: fieldValue(def, dv, body, 0),
    manufacturer: fieldValue(def, dv, body, 1),
    product: fieldValue(def, dv, body, 2),
    productName: fieldString(def, bytes, body, 8),
  };
}

export function readSession(def: FitDefinition, dv: DataView, body: number, segment: number): FitSession {
  const cadence = fieldValue(def, dv, body, 18);
  const fraction = fieldValue(def, dv, body, 92, 128);
  return {
    segment,
    startTime: fitTime(fieldValue(def, dv, body, 2)),
    timestamp: fitTime(fieldValue(def, dv, body, 253)),
    sport: fieldValue(def, dv, body, 5),
    subSport: fieldValue(def, dv, body, 6),
    elapsedS: fieldValue(def, dv, body, 7, 1000),
    timerS: fieldValue(def, dv, body, 8, 1000),
    distanceM: fieldValue(def, dv, body, 9, 100),
    ascentM: fieldValue(def, dv, body, 22),
    avgHeartRate: fieldValue(def, dv, body, 16),
    avgCadence: Number.isFinite(cadence) ? cadence + (Number.isFinite(fraction) ? fraction : 0) : NaN,
    avgStepLengthMm: fieldValue(def, dv, body, 134, 10),
    avgVerticalOscillationMm: fieldValue(def, dv, body, 89, 10),
    avgStanceTimeMs: fieldValue(def, dv, body, 91, 10),
  };
}

export function readLap(def: FitDefinition, dv: DataView, body: number, segment: number): FitLap {
  return {
    segment,
    startTime: fitTime(fieldValue(def, dv, body, 2)),
    timestamp: fitTime(fieldValue(def, dv, body, 253)),
    elapsedS: fieldValue(def, dv, body, 7, 1000),
    timerS: fieldValue(def, dv, body, 8, 1000),
    distanceM: fieldValue(def, dv, body, 9, 100),
  };
}

export function readActivity(def: FitDefinition, dv: DataView, body: number): FitActivityMesg {
  return {
    timestamp: fitTime(fieldValue(def, dv, body, 253)),
    localTimestamp: fitTime(fieldValue(def, dv, body, 5)),
  };
}

export function readSport(def: FitDefinition, dv: DataView, body: number): FitSport {
  return { sport: fieldValue(def, dv, body, 0), subSport: fieldValue(def, dv, body, 1) };
}

/** A session's start: its start_time, else its end minus its elapsed time (NaN when that is no time). */
export const sessionStart = (s: { startTime: number; timestamp: number; elapsedS: number }): number =>
  firstFinite(s.startTime, fitTime(s.timestamp - Math.round(Number.isFinite(s.elapsedS) ? s.elapsedS : 0)));
