/** Small real images for the tests of pictures in a memo: PNGs made here, and the JPEG among the fixtures. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { FIXTURES } from './assets.js';

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** A whole PNG of `width` × `height` RGB pixels, in bands of colour so that a viewer shows a picture. */
export function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    for (let x = 0; x < width; x++) {
      rows.set(x < width / 2 ? [0x1f, 0x4e, 0x79] : [0xf2, 0xc8, 0x11], row + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A whole baseline JPEG of 48 × 20 pixels (test/fixtures/logo.jpg). */
export function jpeg(): Promise<Buffer> {
  return readFile(join(FIXTURES, 'logo.jpg'));
}

/** Word's unit of length in a drawing: 914,400 to the inch, 9,525 to a pixel at 96 dpi. */
export const EMU_PER_PX = 9525;
