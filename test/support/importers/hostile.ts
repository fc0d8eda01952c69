/**
 * Test support: the crafted inputs of issue 8, generated on the fly (big ones streamed to disk through
 * gzip, never built in memory and never committed).
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { writeZip, type ZipEntrySpec } from './zip-writer';

const GPX_HEAD =
  '<?xml version="1.0"?><gpx version="1.1" creator="x"><trk><trkseg>' +
  '<trkpt lat="52" lon="4"><time>2021-01-01T00:00:00Z</time></trkpt>';
const TCX_HEAD =
  '<?xml version="1.0"?><TrainingCenterDatabase><Activities><Activity Sport="Running">' +
  '<Id>2021-01-01T00:00:00Z</Id><Lap StartTime="2021-01-01T00:00:00Z"><Track>' +
  '<Trackpoint><Time>2021-01-01T00:00:00Z</Time></Trackpoint>';

/** Opening tags per generated piece: 192 KB of text. */
const TAGS_PER_PIECE = 65_536;

/**
 * One valid track point, then `depth` nested `<a>` that never close (the 96 KB .gpx.gz holds
 * 33 million: 99 MB of text), in pieces.
 * @example await gzipToFile('nested.gpx.gz', nestedXml('gpx', 33_000_000))
 */
export function* nestedXml(format: 'gpx' | 'tcx', depth: number): Generator<string> {
  yield format === 'gpx' ? GPX_HEAD : TCX_HEAD;
  const piece = '<a>'.repeat(TAGS_PER_PIECE);
  for (let left = depth; left > 0; left -= TAGS_PER_PIECE) {
    yield left >= TAGS_PER_PIECE ? piece : '<a>'.repeat(left);
  }
}

/** Streams the pieces to `path`, gzipped at level 9; returns nothing until the file is closed. */
export async function gzipToFile(path: string, pieces: Iterable<string | Uint8Array>): Promise<void> {
  await pipeline(Readable.from(pieces), createGzip({ level: 9 }), createWriteStream(path));
}

/** Streams the pieces to `path` as they are. */
export async function writeToFile(path: string, pieces: Iterable<string | Uint8Array>): Promise<void> {
  await pipeline(Readable.from(pieces), createWriteStream(path));
}

/**
 * A FIT file of `records` two-byte record messages (one heart rate each, no time): 100 MB of them gzip
 * to about 100 KB, and each would become a 64-byte sample.
 */
export function* fitRecordFlood(records: number): Generator<Uint8Array> {
  const definition = [0x40, 0, 0, 20, 0, 1, 3, 1, 0x02]; // local 0 = record, field 3 (heart rate) uint8
  const size = definition.length + records * 2;
  const header = [14, 0x20, 0x93, 0x08, size & 0xff, (size >>> 8) & 0xff, (size >>> 16) & 0xff, size >>> 24];
  yield new Uint8Array([...header, 0x2e, 0x46, 0x49, 0x54, 0, 0, ...definition]);
  const piece = new Uint8Array(2 * 65_536).map((_, i) => (i % 2 === 0 ? 0 : 120));
  for (let left = records; left > 0; left -= 65_536) {
    yield left >= 65_536 ? piece : piece.subarray(0, left * 2);
  }
}

/**
 * A zip with one stored entry and `copies` central directory records that all point at it (the issue's
 * 222 KB zip: 2,000 records, one 96 KB gzip bomb): overlapping entries.
 */
export function overlappingZip(
  data: Uint8Array,
  copies: number,
  name = (i: number) => `${i}.gpx.gz`,
): Buffer {
  const one = writeZip([{ name: name(0), data, method: 'store' }]);
  const centralStart = one.readUInt32LE(one.length - 6);
  const record = one.subarray(centralStart, one.length - 22);
  const records: Buffer[] = [];
  for (let i = 0; i < copies; i++) {
    const nameBytes = Buffer.from(name(i));
    const r = Buffer.concat([record.subarray(0, 46), nameBytes]);
    r.writeUInt16LE(nameBytes.length, 28);
    records.push(r);
  }
  const directory = Buffer.concat(records);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(copies, 8);
  end.writeUInt16LE(copies, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(centralStart, 16);
  return Buffer.concat([one.subarray(0, centralStart), directory, end]);
}

/**
 * A valid zip of `entries` whose end record lists only `listed` of them. With `skipFirst`, the end record
 * also moves the directory's start past the unlisted records (so its size and start agree with its count).
 */
export function underReportedZip(entries: ZipEntrySpec[], listed: number, skipFirst = false): Buffer {
  const zip = writeZip(entries);
  const end = zip.length - 22;
  const start = zip.readUInt32LE(end + 16);
  zip.writeUInt16LE(listed, end + 8);
  zip.writeUInt16LE(listed, end + 10);
  if (skipFirst) {
    // Walk past the first (entries - listed) central records.
    let at = start;
    for (let i = 0; i < entries.length - listed; i++) {
      at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    }
    zip.writeUInt32LE(end - at, end + 12);
    zip.writeUInt32LE(at, end + 16);
  }
  return zip;
}
