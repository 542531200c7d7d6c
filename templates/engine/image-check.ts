import { crc32, inflateSync } from 'node:zlib';

export interface ImageInfo {
  type: 'png' | 'jpg';
  widthPx: number;
  heightPx: number;
}

/** What a message calls the image: the huisstijl's logo, or a picture in a memo's section. */
export type ImageSubject = 'het logo' | 'de afbeelding';

/**
 * Reads an image far enough to know that it is whole: a file that only starts like an image would break the picture
 * in the document (and a logo in every memo). PNG: every chunk's length and CRC, IHDR first and IEND last, and the pixel data inflated to exactly the
 * size the header promises. JPEG: the marker segments from SOI to a frame (SOF) and a scan (SOS), and EOI at the end.
 * Returns the image's type and size, or what is wrong with it (in Dutch).
 */
export function inspectImage(data: Uint8Array, subject: ImageSubject = 'de afbeelding'): ImageInfo | string {
  if (startsWith(data, PNG_SIGNATURE)) return inspectPng(data, subject);
  if (startsWith(data, JPEG_SOI)) return inspectJpeg(data);
  return `${subject} moet een PNG- of JPEG-bestand zijn`;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SOI = [0xff, 0xd8];

function startsWith(data: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => data[i] === byte);
}

// ── PNG (ISO/IEC 15948) ─────────────────────────────────────────────────────────────────────────────────────────

interface PngHeader {
  width: number;
  height: number;
  bitsPerPixel: number;
  interlaced: boolean;
  palette: boolean;
}

const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const BIT_DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};
// An image of 8,000 × 8,000 pixels in 16-bit RGBA stays below this; anything larger belongs in no memo, and inflating
// it could take all memory.
const MAX_PIXEL_BYTES = 512 * 1024 * 1024;

function inspectPng(data: Uint8Array, subject: ImageSubject): ImageInfo | string {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let header: PngHeader | undefined;
  let palette = false;
  const pixels: Uint8Array[] = [];
  let at = PNG_SIGNATURE.length;
  for (;;) {
    if (at + 12 > data.length) return 'het PNG-bestand houdt op voor het einde (het blok IEND ontbreekt)';
    const length = view.getUint32(at);
    const type = new TextDecoder('latin1').decode(data.subarray(at + 4, at + 8));
    if (length > data.length - at - 12) return `het PNG-bestand houdt op midden in het blok ${type}`;
    const body = data.subarray(at + 8, at + 8 + length);
    if (crc32(data.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length))
      return `het blok ${type} van het PNG-bestand is beschadigd (de controlesom klopt niet)`;
    if (header === undefined && type !== 'IHDR') return 'het PNG-bestand begint niet met het blok IHDR';
    at += 12 + length;
    if (type === 'IHDR') {
      if (header !== undefined) return 'het PNG-bestand heeft twee blokken IHDR';
      const read = readPngHeader(body);
      if (typeof read === 'string') return read;
      header = read;
    } else if (type === 'PLTE') {
      palette = true;
    } else if (type === 'IDAT') {
      pixels.push(body);
    } else if (type === 'IEND') {
      break;
    }
  }
  if (at !== data.length) return 'na het einde van het PNG-bestand (IEND) staan nog gegevens';
  if (header === undefined) return 'het PNG-bestand heeft geen blok IHDR';
  if (header.palette && !palette) return 'het PNG-bestand mist zijn kleurenpalet (PLTE)';
  if (pixels.length === 0) return 'het PNG-bestand heeft geen beeldgegevens (IDAT)';
  const expected = pixelBytes(header);
  if (expected > MAX_PIXEL_BYTES) return `${subject} is te groot (${header.width} × ${header.height} pixels)`;
  let inflated: Buffer;
  try {
    inflated = inflateSync(Buffer.concat(pixels), { maxOutputLength: expected + 1 });
  } catch {
    return 'de beeldgegevens van het PNG-bestand zijn beschadigd of onvolledig';
  }
  if (inflated.length !== expected)
    return `de beeldgegevens van het PNG-bestand zijn onvolledig (${inflated.length} van ${expected} bytes)`;
  return { type: 'png', widthPx: header.width, heightPx: header.height };
}

function readPngHeader(body: Uint8Array): PngHeader | string {
  if (body.length !== 13) return 'het blok IHDR van het PNG-bestand heeft niet de juiste lengte';
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const width = view.getUint32(0);
  const height = view.getUint32(4);
  const [bitDepth = 0, colourType = 0, compression, filter, interlace] = body.subarray(8);
  const channels = CHANNELS[colourType];
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff)
    return 'het PNG-bestand heeft een onmogelijke breedte of hoogte';
  if (
    channels === undefined ||
    !BIT_DEPTHS[colourType]?.includes(bitDepth) ||
    compression !== 0 ||
    filter !== 0
  )
    return 'het PNG-bestand heeft een kleurtype of bitdiepte die niet bestaat';
  if (interlace !== 0 && interlace !== 1) return 'het PNG-bestand heeft een onbekende interlacing';
  return {
    width,
    height,
    bitsPerPixel: channels * bitDepth,
    interlaced: interlace === 1,
    palette: colourType === 3,
  };
}

// Adam7: the seven passes of an interlaced PNG, each a sub-image of every xStep-th pixel from xStart, and so on.
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** The length of the inflated pixel data: per row of each (sub-)image one filter byte and the row's bytes. */
function pixelBytes(header: PngHeader): number {
  const image = (width: number, height: number): number =>
    width === 0 || height === 0 ? 0 : height * (1 + Math.ceil((width * header.bitsPerPixel) / 8));
  if (!header.interlaced) return image(header.width, header.height);
  return ADAM7.reduce(
    (sum, [xStart, yStart, xStep, yStep]) =>
      sum +
      image(
        Math.ceil(Math.max(0, header.width - xStart) / xStep),
        Math.ceil(Math.max(0, header.height - yStart) / yStep),
      ),
    0,
  );
}

// ── JPEG (ITU-T T.81) ───────────────────────────────────────────────────────────────────────────────────────────

const EOI = 0xd9;
const SOS = 0xda;
const JPEG_TRUNCATED = 'het JPEG-bestand houdt op voor het einde (de eindmarkering EOI ontbreekt)';

/** Start-of-frame markers: C0–CF except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** A marker that stands alone, without a length: TEM and the restart markers. */
function isStandalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

function inspectJpeg(data: Uint8Array): ImageInfo | string {
  let size: { widthPx: number; heightPx: number } | undefined;
  let scanned = false;
  let at = JPEG_SOI.length;
  for (;;) {
    if (at >= data.length) return JPEG_TRUNCATED;
    if (data[at] !== 0xff) return `het JPEG-bestand is beschadigd (geen markering op byte ${at})`;
    while (data[at] === 0xff) at++;
    if (at >= data.length) return JPEG_TRUNCATED;
    const marker = data[at++] ?? 0;
    if (marker === EOI) break;
    if (isStandalone(marker)) continue;
    if (marker === 0x00 || marker === 0xd8) return `het JPEG-bestand is beschadigd (op byte ${at - 2})`;
    if (at + 2 > data.length) return JPEG_TRUNCATED;
    const length = ((data[at] ?? 0) << 8) | (data[at + 1] ?? 0);
    if (length < 2) return `het JPEG-bestand is beschadigd (op byte ${at - 2})`;
    if (at + length > data.length) return JPEG_TRUNCATED;
    if (isStartOfFrame(marker)) {
      if (length < 8) return 'het JPEG-bestand is beschadigd (het frame is te kort)';
      const heightPx = ((data[at + 3] ?? 0) << 8) | (data[at + 4] ?? 0);
      const widthPx = ((data[at + 5] ?? 0) << 8) | (data[at + 6] ?? 0);
      if (widthPx === 0 || heightPx === 0) return 'het JPEG-bestand heeft geen breedte of hoogte';
      size = { widthPx, heightPx };
    }
    at += length;
    if (marker === SOS) {
      if (size === undefined) return 'het JPEG-bestand heeft beeldgegevens voor zijn frame (SOF)';
      scanned = true;
      at = endOfScan(data, at);
    }
  }
  if (size === undefined) return 'het JPEG-bestand heeft geen frame (SOF)';
  if (!scanned) return 'het JPEG-bestand heeft geen beeldgegevens (SOS)';
  if (at !== data.length) return 'na het einde van het JPEG-bestand (EOI) staan nog gegevens';
  return { type: 'jpg', ...size };
}

/**
 * Where the entropy-coded data after a scan header ends: at the first 0xFF that is not a stuffed zero (FF 00), a
 * restart marker (FF D0–D7) or fill before a marker.
 */
function endOfScan(data: Uint8Array, from: number): number {
  for (let i = from; i < data.length - 1; i++) {
    if (data[i] !== 0xff) continue;
    const next = data[i + 1] ?? 0;
    if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) continue;
    return i;
  }
  return data.length;
}
