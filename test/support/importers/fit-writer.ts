/** Test support: writes small FIT files (one definition + data message per entry), either endianness. */
import { fitCrc } from '../../../src/importers/fit/header';

export type FitFieldSpec = [num: number, baseType: number, value: number];

export interface FitMessageSpec {
  global: number;
  local?: number;
  bigEndian?: boolean;
  fields: FitFieldSpec[];
  /** Extra data messages with the same definition (values per field, same order). */
  more?: number[][];
}

const SIZE: Record<number, number> = {
  0x00: 1,
  0x02: 1,
  0x84: 2,
  0x83: 2,
  0x85: 4,
  0x86: 4,
  0x8c: 4,
  0x89: 8,
};
const FLOAT64 = 0x89;

export function writeFit(messages: FitMessageSpec[]): Uint8Array {
  const body: number[] = [];
  for (const m of messages) {
    const local = m.local ?? 0;
    const little = !m.bigEndian;
    body.push(0x40 | local, 0, little ? 0 : 1, ...u16(m.global, little), m.fields.length);
    for (const [num, type] of m.fields) body.push(num, SIZE[type] ?? 1, type);
    for (const values of [m.fields.map((f) => f[2]), ...(m.more ?? [])]) {
      body.push(local);
      m.fields.forEach(([, type], k) =>
        body.push(
          ...(type === FLOAT64
            ? float64(values[k] ?? 0, little)
            : value(values[k] ?? 0, SIZE[type] ?? 1, little)),
        ),
      );
    }
  }
  const header = [14, 0x20, ...u16(2195, true), ...value(body.length, 4, true), 0x2e, 0x46, 0x49, 0x54];
  const out = new Uint8Array(14 + body.length + 2);
  out.set(header, 0);
  const hcrc = fitCrc(out, 0, 12);
  out[12] = hcrc & 0xff;
  out[13] = hcrc >> 8;
  out.set(body, 14);
  const crc = fitCrc(out, 0, 14 + body.length);
  out[14 + body.length] = crc & 0xff;
  out[15 + body.length] = crc >> 8;
  return out;
}

const u16 = (v: number, little: boolean): number[] => value(v, 2, little);

function value(v: number, size: number, little: boolean): number[] {
  const bytes: number[] = [];
  let x = v >>> 0;
  for (let i = 0; i < size; i++) {
    bytes.push(x & 0xff);
    x = Math.floor(x / 256);
  }
  return little ? bytes : bytes.reverse();
}

function float64(v: number, little: boolean): number[] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v, little);
  return [...new Uint8Array(view.buffer)];
}
