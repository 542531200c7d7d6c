import type { Bestand } from './contract/bestand.js';

/** Bytes as a file crosses the API, in input and output alike (contract/bestand.ts). */
export function asBestand(naam: string, mediatype: string, bytes: Uint8Array): Bestand {
  return {
    naam,
    mediatype,
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}

/** The bytes of a file given to an operation. */
export function bytesOf(bestand: Bestand): Uint8Array {
  return new Uint8Array(Buffer.from(bestand.base64, 'base64'));
}
