import { DecodeLimitError, DEFAULT_DECODE_LIMITS, type DecodeLimits } from '../decode-limits';
import { SampleBudget, SeriesBuilder } from '../series-builder';
import { readNumber } from './base-types';
import { parseDefinition, RS, type FitDefinition } from './definitions';
import { fitCrc, looksLikeFitHeader, readFitHeader } from './header';
import {
  readActivity,
  readFileId,
  readLap,
  readSession,
  readSport,
  type FitActivityMesg,
  type FitFileId,
  type FitLap,
  type FitSession,
  type FitSport,
} from './messages';
import { FIT_EPOCH_S, MESG } from './profile';

/** Everything read from a FIT file (all chained parts), before it becomes activities. */
export interface FitMessages {
  /** One per FIT file in the chain: its byte offset and the index of its first record sample. */
  segments: { offset: number; firstSample: number }[];
  fileIds: FitFileId[];
  sessions: FitSession[];
  laps: FitLap[];
  activities: FitActivityMesg[];
  sports: FitSport[];
  /** Record messages; `t` in Unix seconds, `cadence` raw (cycles per minute + fraction). */
  samples: SeriesBuilder;
  /** Why the file is damaged (truncated, CRC, undefined message type...), empty when it is fine. */
  damage: string[];
  /** Byte offset of the first damage, -1 when none. */
  damageOffset: number;
}

const SEMICIRCLE_TO_DEG = 180 / 2 ** 31;
const PI_SC = 2 ** 31; // 180 degrees in semicircles
const HALF_PI_SC = 2 ** 30;

/**
 * Decodes FIT bytes (possibly several chained FIT files) into the messages backstride uses.
 * Damage is reported in `damage`, the readable part is kept. Returns `null` when the bytes do not start
 * with a FIT header. Throws `DecodeLimitError` past a limit (samples, laps, sessions).
 * @example const m = decodeFitMessages(bytes); m?.sessions[0]?.distanceM
 */
export function decodeFitMessages(
  bytes: Uint8Array,
  limits: Pick<DecodeLimits, 'maxSamples' | 'maxLaps' | 'maxActivities'> = DEFAULT_DECODE_LIMITS,
): FitMessages | null {
  if (!looksLikeFitHeader(bytes, 0)) return null;
  const out: FitMessages = {
    segments: [],
    fileIds: [],
    sessions: [],
    laps: [],
    activities: [],
    sports: [],
    samples: new SeriesBuilder(
      Math.min(limits.maxSamples, Math.max(64, bytes.length >> 5)),
      new SampleBudget(limits.maxSamples),
    ),
    damage: [],
    damageOffset: -1,
  };
  const damaged = (reason: string, offset: number): void => {
    out.damage.push(`${reason} at byte ${offset}`);
    if (out.damageOffset < 0) out.damageOffset = offset;
  };
  let offset = 0;
  while (offset < bytes.length) {
    const header = readFitHeader(bytes, offset);
    if (!header) {
      damaged(`${bytes.length - offset} bytes after the FIT data are not a FIT file`, offset);
      break;
    }
    const dataStart = offset + header.headerSize;
    if (header.headerCrc !== 0 && fitCrc(bytes, offset, offset + 12) !== header.headerCrc) {
      damaged('header CRC mismatch', offset);
    }
    let dataEnd = dataStart + header.dataSize;
    if (dataEnd + 2 > bytes.length) {
      damaged(`file ends before its declared end (${dataEnd + 2} bytes)`, bytes.length);
      dataEnd = Math.min(dataEnd, bytes.length);
    } else if (fitCrc(bytes, offset, dataEnd) !== (bytes[dataEnd]! | (bytes[dataEnd + 1]! << 8))) {
      damaged('file CRC mismatch', dataEnd);
    }
    if (out.segments.length >= limits.maxActivities) {
      throw new DecodeLimitError('maxActivities', limits.maxActivities, 'more chained FIT files');
    }
    out.segments.push({ offset, firstSample: out.samples.n });
    const stoppedAt = decodeSegment(bytes, dataStart, dataEnd, out.segments.length - 1, out, damaged, limits);
    if (stoppedAt < dataEnd) break; // damage inside the data: what follows cannot be trusted
    offset = dataEnd + 2;
  }
  return out;
}

/** Decodes the data messages in [start, end); returns where it stopped (`end` when all was read). */
function decodeSegment(
  bytes: Uint8Array,
  start: number,
  end: number,
  segment: number,
  out: FitMessages,
  damaged: (reason: string, offset: number) => void,
  limits: Pick<DecodeLimits, 'maxLaps' | 'maxActivities'>,
): number {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const defs: (FitDefinition | undefined)[] = new Array(16);
  const s = out.samples;
  let lastTs = NaN;
  let csdAccum = 0; // compressed_speed_distance: accumulated 1/16 m
  let csdLast = -1;
  let pos = start;
  while (pos < end) {
    const h = bytes[pos] as number;
    let def: FitDefinition | undefined;
    let compressedTs = NaN;
    if (h & 0x80) {
      def = defs[(h >> 5) & 0x3];
      const tOffset = h & 0x1f;
      if (Number.isFinite(lastTs)) {
        lastTs += (tOffset - lastTs) & 0x1f;
        compressedTs = lastTs;
      }
    } else if (h & 0x40) {
      const parsed = parseDefinition(bytes, dv, pos, end);
      if (!parsed) {
        damaged('definition message cut off', pos);
        return pos;
      }
      defs[h & 0x0f] = parsed;
      pos += parsed.definitionLength;
      continue;
    } else {
      def = defs[h & 0x0f];
    }
    if (!def) {
      damaged(`data message for undefined local type ${h & 0x0f}`, pos);
      return pos;
    }
    const body = pos + 1;
    if (body + def.size > end) {
      damaged('message cut off', pos);
      return pos;
    }
    const little = def.little;
    if (def.recordOffsets !== null && def.recordTypes !== null) {
      const ro = def.recordOffsets;
      const rt = def.recordTypes;
      if (s.n === s.cap) s.grow();
      const i = s.n++;
      let o = ro[RS.timestamp] as number;
      if (o >= 0) {
        let ts = readNumber(dv, body + o, rt[RS.timestamp] as number, little);
        if (ts >= 0 && ts <= 0xffffffff)
          lastTs = ts; // fitTime, inlined on the hot path
        else ts = NaN;
        s.t[i] = ts + FIT_EPOCH_S;
      } else {
        s.t[i] = compressedTs + FIT_EPOCH_S;
      }
      o = ro[RS.lat] as number;
      if (o >= 0) {
        const lat = readNumber(dv, body + o, rt[RS.lat] as number, little);
        const o2 = ro[RS.lon] as number;
        const lon = o2 >= 0 ? readNumber(dv, body + o2, rt[RS.lon] as number, little) : NaN;
        // In semicircles: |lat| <= 90 degrees, |lon| <= 180. NaN fails too, and so does a float64 of 1e300.
        if (
          (lat !== 0 || lon !== 0) &&
          lat >= -HALF_PI_SC &&
          lat <= HALF_PI_SC &&
          lon >= -PI_SC &&
          lon <= PI_SC
        ) {
          s.lat[i] = lat * SEMICIRCLE_TO_DEG;
          s.lon[i] = lon * SEMICIRCLE_TO_DEG;
        }
      }
      o = ro[RS.enhancedAltitude] as number;
      let v = o >= 0 ? readNumber(dv, body + o, rt[RS.enhancedAltitude] as number, little) : NaN;
      if (v === v) s.altitudeM[i] = v / 5 - 500;
      else if ((o = ro[RS.altitude] as number) >= 0)
        s.altitudeM[i] = readNumber(dv, body + o, rt[RS.altitude] as number, little) / 5 - 500;
      o = ro[RS.heartRate] as number;
      if (o >= 0) s.heartRate[i] = readNumber(dv, body + o, rt[RS.heartRate] as number, little);
      o = ro[RS.cadence] as number;
      if (o >= 0) {
        v = readNumber(dv, body + o, rt[RS.cadence] as number, little);
        o = ro[RS.fractionalCadence] as number;
        const f = o >= 0 ? readNumber(dv, body + o, rt[RS.fractionalCadence] as number, little) : NaN;
        s.cadence[i] = f === f ? v + f / 128 : v;
      }
      o = ro[RS.distance] as number;
      if (o >= 0) s.distanceM[i] = readNumber(dv, body + o, rt[RS.distance] as number, little) / 100;
      o = ro[RS.enhancedSpeed] as number;
      v = o >= 0 ? readNumber(dv, body + o, rt[RS.enhancedSpeed] as number, little) : NaN;
      if (v === v) s.speedMps[i] = v / 1000;
      else if ((o = ro[RS.speed] as number) >= 0)
        s.speedMps[i] = readNumber(dv, body + o, rt[RS.speed] as number, little) / 1000;
      o = ro[RS.compressedSpeedDistance] as number;
      if (o >= 0) {
        const b0 = bytes[body + o] as number;
        const b1 = bytes[body + o + 1] as number;
        const b2 = bytes[body + o + 2] as number;
        if (s.speedMps[i] !== s.speedMps[i]) s.speedMps[i] = (b0 | ((b1 & 0x0f) << 8)) / 100;
        const d = (b1 >> 4) | (b2 << 4);
        csdAccum += csdLast < 0 ? d : (d - csdLast) & 0xfff;
        csdLast = d;
        if (s.distanceM[i] !== s.distanceM[i]) s.distanceM[i] = csdAccum / 16;
      }
    } else {
      if (def.tsOffset >= 0) {
        const ts = dv.getUint32(body + def.tsOffset, little);
        if (ts !== 0xffffffff) lastTs = ts;
      }
      readSummary(def, dv, bytes, body, segment, out, limits);
    }
    pos = body + def.size;
  }
  return pos;
}

function readSummary(
  def: FitDefinition,
  dv: DataView,
  bytes: Uint8Array,
  body: number,
  segment: number,
  out: FitMessages,
  limits: Pick<DecodeLimits, 'maxLaps' | 'maxActivities'>,
): void {
  switch (def.globalNum) {
    case MESG.fileId:
      if (out.fileIds.length >= limits.maxActivities) {
        throw new DecodeLimitError('maxActivities', limits.maxActivities, 'more file_id messages');
      }
      out.fileIds.push(readFileId(def, dv, bytes, body, segment));
      break;
    case MESG.session:
      if (out.sessions.length >= limits.maxActivities) {
        throw new DecodeLimitError('maxActivities', limits.maxActivities, 'more sessions');
      }
      out.sessions.push(readSession(def, dv, body, segment));
      break;
    case MESG.lap:
      if (out.laps.length >= limits.maxLaps)
        throw new DecodeLimitError('maxLaps', limits.maxLaps, 'more laps');
      out.laps.push(readLap(def, dv, body, segment));
      break;
    case MESG.activity: // only the first is read (for the UTC offset)
      if (out.activities.length === 0) out.activities.push(readActivity(def, dv, body));
      break;
    case MESG.sport: // only the first is read (for a session rebuilt from records)
      if (out.sports.length === 0) out.sports.push(readSport(def, dv, body));
      break;
  }
}
