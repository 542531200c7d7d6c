import { gzipSync } from 'node:zlib';

export interface ZipEntry {
  path: string;
  data: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20;
const STORED = 0;
const DEFLATED = 8;

/**
 * DEFLATE through Node's native zlib, with the CRC-32 a zip entry needs. A gzip member (RFC 1952) is a 10-byte header
 * (Node writes no optional fields), the raw DEFLATE stream, then CRC-32 and size, so one native call gives both.
 */
function deflate(data: Uint8Array): { method: number; body: Uint8Array; crc: number } {
  const gz = gzipSync(data, { level: 6 });
  const crc = gz.readUInt32LE(gz.length - 8);
  const raw = gz.subarray(10, gz.length - 8);
  return raw.length < data.length
    ? { method: DEFLATED, body: raw, crc }
    : { method: STORED, body: data, crc };
}

/** MS-DOS date and time fields, from the UTC clock so that the bytes do not depend on the machine's time zone. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * Writes a zip archive (APPNOTE 6.3, no zip64: a memo is far below 4 GiB) in the order given, every entry stamped
 * with `modified`. We write it ourselves rather than through a pure-JavaScript zip library because a one-shot CLI
 * process runs that library's deflate loop in V8's interpreter, which cost more than the whole rest of a render.
 */
export function writeZip(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const stamp = dosDateTime(modified);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.path, 'utf8');
    const { method, body, crc } = deflate(entry.data);
    const flags = /^[\x20-\x7e]*$/.test(entry.path) ? 0 : 0x0800; // bit 11: the name is UTF-8

    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(stamp.time, 10);
    local.writeUInt16LE(stamp.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    name.copy(local, 30);

    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(VERSION, 4);
    central.writeUInt16LE(VERSION, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(stamp.time, 12);
    central.writeUInt16LE(stamp.date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    name.copy(central, 46);

    locals.push(local, Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    centrals.push(central);
    offset += local.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
