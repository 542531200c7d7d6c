import { createHash } from 'node:crypto';
import type {
  ExportDescription,
  ExportProfile,
  PackageFile,
  PackageManifest,
} from '../../core/model/export.js';
import { zgwAanduiding } from '../../core/model/openbaarheid.js';
import type { BijlageFile } from './bijlagen.js';
import { mediatypeOf } from './media-types.js';
import { diwooXml } from './metadata/diwoo.js';
import { oriMetadata } from './metadata/ori.js';
import { profileFields } from './profile-fields.js';

/** The manifest's own name: every other file of the package is listed in it. */
export const MANIFEST = 'manifest.json';

/** A file of a package with its bytes, before it is written. */
export interface PackageEntry {
  pad: string;
  rol: PackageFile['rol'];
  mediatype: string;
  bytes: Uint8Array;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Everything one memo's package holds, the manifest last, as the files a receiving system reads. */
export function packageEntries(memo: {
  naam: string;
  description: ExportDescription;
  docx: Uint8Array;
  pdf: Uint8Array | undefined;
  bijlagen: readonly BijlageFile[];
  profile: ExportProfile;
  aangemaakt: Date;
}): PackageEntry[] {
  const { naam, description, aangemaakt } = memo;
  const metadata = `${JSON.stringify(oriMetadata(description, { aangemaakt }), null, 2)}\n`;
  const fields = profileFields(memo.profile, description);
  const entries: PackageEntry[] = [
    { pad: `${naam}.docx`, rol: 'document', mediatype: mediatypeOf('.docx'), bytes: memo.docx },
    ...(memo.pdf === undefined
      ? []
      : [{ pad: `${naam}.pdf`, rol: 'pdf' as const, mediatype: mediatypeOf('.pdf'), bytes: memo.pdf }]),
    ...memo.bijlagen.map((b) => ({
      pad: b.pad,
      rol: 'bijlage' as const,
      mediatype: mediatypeOf(b.pad),
      bytes: b.bytes,
    })),
    { pad: 'metadata.json', rol: 'metadata', mediatype: 'application/json', bytes: utf8(metadata) },
    {
      pad: 'diwoo.xml',
      rol: 'diwoo',
      mediatype: 'application/xml',
      bytes: utf8(diwooXml(description, { aangemaakt })),
    },
    ...(fields === undefined
      ? []
      : [{ pad: fields.naam, rol: 'profiel' as const, mediatype: fields.mediatype, bytes: fields.bytes }]),
  ];
  const manifest: PackageManifest = {
    formaat: 'raadsnota-pakket/1',
    aangemaakt: aangemaakt.toISOString(),
    profiel: memo.profile.naam,
    vertrouwelijkheidaanduiding: zgwAanduiding(description.openbaarheid),
    bestanden: entries.map(({ pad, rol, mediatype, bytes }) => ({
      pad,
      rol,
      mediatype,
      grootte: bytes.length,
      sha256: sha256(bytes),
    })),
  };
  return [
    ...entries,
    {
      pad: MANIFEST,
      rol: 'metadata',
      mediatype: 'application/json',
      bytes: utf8(`${JSON.stringify(manifest, null, 2)}\n`),
    },
  ];
}

/** The manifest's list of files, for the operation's answer. */
export function listed(entries: readonly PackageEntry[]): PackageFile[] {
  return entries
    .filter((e) => e.pad !== MANIFEST)
    .map(({ pad, rol, mediatype, bytes }) => ({
      pad,
      rol,
      mediatype,
      grootte: bytes.length,
      sha256: sha256(bytes),
    }));
}
