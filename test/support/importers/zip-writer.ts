/** Test support: writes small zip archives in memory (stored or deflated entries, optional lying sizes). */
import { open, type FileHandle } from 'node:fs/promises';
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  data?: Uint8Array | string;
  method?: 'store' | 'deflate';
  /** Overrides the uncompressed size written in the headers (to build lying archives). */
  declaredSize?: number;
}

/**
 * A valid zip (no zip64, no data descriptors) holding the given entries; names ending in '/' are folders.
 * @example writeZip([{ name: 'a.gpx', data: gpxText, method: 'deflate' }])
 */
export function writeZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw =
      typeof entry.data === 'string' ? Buffer.from(entry.data) : Buffer.from(entry.data ?? new Uint8Array());
    const method = entry.method === 'deflate' ? 8 : 0;
    const body = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(raw);
    const size = entry.declaredSize ?? raw.length;
    const common = (b: Buffer, at: number): void => {
      b.writeUInt16LE(20, at); // version needed
      b.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      b.writeUInt16LE(method, at + 4);
      b.writeUInt16LE(0, at + 6);
      b.writeUInt16LE(0x21, at + 8); // 1980-01-01
      b.writeUInt32LE(crc, at + 10);
      b.writeUInt32LE(body.length, at + 14);
      b.writeUInt32LE(size, at + 18);
      b.writeUInt16LE(name.length, at + 22);
      b.writeUInt16LE(0, at + 24);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    common(central, 6);
    central.writeUInt32LE(entry.name.endsWith('/') ? 0x10 : 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Streams a zip to disk one entry at a time (only the central directory stays in memory).
 * No zip64: at most 65,534 entries and 4 GiB.
 * @example
 * const zip = await ZipFileWriter.create('out.zip');
 * await zip.add({ name: 'a.gpx', data: gpx, method: 'deflate' });
 * await zip.close();
 */
export class ZipFileWriter {
  private readonly centrals: Buffer[] = [];
  private offset = 0;
  private count = 0;

  private constructor(private readonly handle: FileHandle) {}

  static async create(path: string): Promise<ZipFileWriter> {
    return new ZipFileWriter(await open(path, 'w'));
  }

  async add(entry: ZipEntrySpec): Promise<void> {
    if (this.count >= 0xfffe) throw new Error('ZipFileWriter writes at most 65,534 entries (no zip64)');
    const one = writeZip([entry]);
    // writeZip's single-entry layout: local header + name + body, then one central record, then the end record.
    const centralStart = one.readUInt32LE(one.length - 6);
    const central = Buffer.from(one.subarray(centralStart, one.length - 22));
    central.writeUInt32LE(this.offset, 42);
    await this.handle.write(one.subarray(0, centralStart));
    this.centrals.push(central);
    this.offset += centralStart;
    this.count++;
    if (this.offset > 0xffffffff) throw new Error('ZipFileWriter writes at most 4 GiB (no zip64)');
  }

  async close(): Promise<void> {
    const directory = Buffer.concat(this.centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(this.offset, 16);
    await this.handle.write(Buffer.concat([directory, end]));
    await this.handle.close();
  }
}
