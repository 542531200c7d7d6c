import { z } from './zod-nl.js';

/**
 * Whether nine digits pass the elfproef that every RSIN (and BSN) does: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple
 * of 11. All zeros passes the sum but names no organisation.
 */
export function isRsin(value: string): boolean {
  if (!/^\d{9}$/.test(value) || /^0+$/.test(value)) return false;
  const digits = Array.from(value, Number);
  const sum = digits.reduce((total, digit, i) => total + digit * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

/**
 * The name under which a door keeps the Documenten API's secret: bound to the API's origin, so that a secret stored for
 * one API is never handed out to sign a token for another address an input names.
 */
export function zgwSecretNaam(api: string): string {
  return `zgw ${new URL(api).origin}`;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An address of the Documenten API. Over plain http a token could be read on the way, so only https, except on this
 * computer itself (a test double, a tunnel).
 */
const ApiUrl = z
  .url({
    protocol: /^https?$/,
    error: 'is geen adres; schrijf bijvoorbeeld https://documenten.gemeente.nl/api/v1',
  })
  .refine((url) => {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' || LOOPBACK.has(hostname);
  }, 'moet met https:// beginnen: over http kan de sleutel onderweg gelezen worden');

export const UploadRequest = z
  .object({
    pad: z
      .string()
      .min(1)
      .describe('Het pakket: een map of ZIP die raadsnota export maakte, met zijn manifest.json'),
    api: ApiUrl.describe('Het basisadres van de Documenten API, zoals https://documenten.gemeente.nl/api/v1'),
    clientId: z
      .string()
      .trim()
      .min(1)
      .describe('De client id waarmee Raadsnota zich bij de API meldt; het secret komt nooit in de invoer'),
    bronorganisatie: z
      .string()
      .refine(isRsin, 'is geen RSIN: negen cijfers die de elfproef doorstaan, zoals 002220647')
      .describe('Het RSIN van de gemeente die de documenten maakte'),
    informatieobjecttype: z
      .url({ protocol: /^https?$/, error: 'is geen adres van een informatieobjecttype in de Catalogi API' })
      .max(200)
      .describe('Het adres van het informatieobjecttype in de Catalogi API'),
  })
  .strict();
export type UploadRequest = z.infer<typeof UploadRequest>;

export const Uploaded = z
  .object({
    informatieobjecten: z.array(
      z
        .object({
          url: z.string().describe('Het adres van het nieuwe informatieobject in de Documenten API'),
          bestandsnaam: z.string().describe('Het bestand uit het pakket'),
        })
        .strict(),
    ),
  })
  .strict();
export type Uploaded = z.infer<typeof Uploaded>;
