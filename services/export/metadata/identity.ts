import { createHash } from 'node:crypto';
import type { ExportDescription } from '../../../core/model/export.js';

// Raadsnota's own namespace for name-based UUIDs (RFC 9562, section 5.5): drawn once at random, never to change, so
// that a memo keeps its identifier across exports and versions of the program.
const NAMESPACE = '44d0ec05-4b1f-488c-a5b3-ef91c59e04e8';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replaceAll('-', ''), 'hex');
}

/** A name-based UUID (version 5, SHA-1) of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The identifier of one version of a memo, the same in metadata.json and diwoo.xml and on every export of that version:
 * a receiving system that gets the package twice recognises it, and a new version is a new document. The name holds
 * what makes a version itself (organisation, type, kenmerk, version, date and title), not the moment of export.
 */
export function documentUuid(d: ExportDescription): string {
  const name = JSON.stringify([
    d.organisatie,
    d.type,
    d.kenmerk ?? null,
    d.versienummer ?? null,
    d.datum,
    d.onderwerp,
  ]);
  return uuidV5(name, NAMESPACE);
}

/**
 * The identifier as a URI. A package is made before any BIS publishes the memo, so there is no URL of a published
 * object yet; a `urn:uuid:` URI (RFC 4122's own URN namespace) is a real, resolvable-nowhere identifier that the
 * standards' `uri` fields accept, and that a receiving system replaces with its own URL when it publishes.
 */
export function documentUrn(d: ExportDescription): string {
  return `urn:uuid:${documentUuid(d)}`;
}
