import { ValidationError, type Issue } from '../../../core/errors.js';
import type { PackageFile } from '../../../core/model/export.js';
import {
  ZgwVertrouwelijkheidaanduiding,
  type ZgwVertrouwelijkheidaanduiding as Aanduiding,
} from '../../../core/model/openbaarheid.js';
import type { z } from '../../../core/model/zod-nl.js';
import { UnreadableFile } from '../../../files/read-file.js';
import { MANIFEST, sha256 } from '../contents.js';
import { OriInformatieObject, OriMetadata } from '../metadata/ori-schema.js';
import { checkPackage } from '../verify.js';

/** The files of a package that go up as informatieobjecten, and why those: see README.md. */
const UPLOADED_ROLES: ReadonlySet<PackageFile['rol']> = new Set(['document', 'pdf', 'bijlage']);

/**
 * What of metadata.json (services/export/metadata/ori.ts, its schema in ori-schema.ts) an informatieobject needs:
 * ORI's InformatieObject's titel and auteur (already within the 200 characters both standards allow), creatiedatum
 * and aanduiding, the openbaarheid, and the bijlagen's titles by their number. Only these are required, so that a
 * package is refused for what the upload uses, not for a field it ignores.
 */
const Metadata = OriMetadata.pick({ openbaarheid: true, bijlagen: true })
  .partial()
  .extend({
    informatieobject: OriInformatieObject.pick({
      titel: true,
      auteur: true,
      creatiedatum: true,
      vertrouwelijkheidsaanduiding: true,
    }).partial({ creatiedatum: true, vertrouwelijkheidsaanduiding: true }),
  });

export interface UploadFile {
  /** Its path in the package, as manifest.json names it. */
  pad: string;
  rol: PackageFile['rol'];
  mediatype: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface ReadPackage {
  /** When the package was made, and its checksums with it (ISO date). */
  aangemaakt: string;
  /** The bijlagen's titles by their number, which their file names start with (`bijlagen/03 …`). */
  bijlagen: ReadonlyMap<number, string>;
  vertrouwelijkheidaanduiding: Aanduiding;
  titel: string;
  auteur: string;
  creatiedatum: string;
  /** The files that go up, in the manifest's order. */
  bestanden: UploadFile[];
}

function json(bytes: Uint8Array, pad: string): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
  } catch {
    throw new ValidationError([{ path: pad, message: 'is geen geldige JSON' }], 'pakket', 'het');
  }
}

function parsed<T extends z.ZodType>(schema: T, value: unknown, pad: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      path: `${pad}: ${issue.path.map(String).join('.')}`,
      message: issue.message,
    })),
    'pakket',
    'het',
  );
}

/** A file the check read, read again (a folder's from disk), or why it cannot be. */
async function readChecked(
  contents: ReadonlyMap<string, () => Promise<Uint8Array>>,
  pad: string,
): Promise<Uint8Array | string> {
  const read = contents.get(pad);
  if (read === undefined || pad === MANIFEST) return 'ontbreekt in het pakket';
  try {
    return await read();
  } catch (error) {
    if (error instanceof UnreadableFile) return error.reason;
    throw error;
  }
}

/** The stricter of two aanduidingen, in the ZGW's order from open to closed. */
function strictest(a: Aanduiding, b: Aanduiding | undefined): Aanduiding {
  const order = ZgwVertrouwelijkheidaanduiding.options;
  return b !== undefined && order.indexOf(b) > order.indexOf(a) ? b : a;
}

/**
 * Reads a package as raadsnota export wrote it, after checking it as raadsnota verify does (services/export/verify.ts):
 * every file the manifest names there with its size and SHA-256, and nothing else, so that a package changed after the
 * export is refused, not uploaded. The files that go up are compared with the manifest again as they are read: the
 * bytes sent are the bytes checked. The aanduiding is the strictest of the manifest's and metadata.json's (its
 * InformatieObject's and its openbaarheid's): a memo that is not public never goes up as public because one of them
 * was edited.
 */
export async function readPackage(path: string, naam: string): Promise<ReadPackage> {
  const { uitslag, manifest, files: contents } = await checkPackage({ path, naam });
  if (!uitslag.inOrde || manifest === undefined) {
    throw new ValidationError(
      uitslag.fouten.map((f) => ({ path: f.pad, message: f.melding })),
      'pakket',
      'het',
    );
  }
  const issues: Issue[] = [];
  const files: UploadFile[] = [];
  let metadata: unknown;
  for (const file of manifest.bestanden) {
    if (file.rol !== 'metadata' && !UPLOADED_ROLES.has(file.rol)) continue;
    const bytes = await readChecked(contents, file.pad);
    if (typeof bytes === 'string') issues.push({ path: file.pad, message: bytes });
    else if (bytes.length !== file.grootte || sha256(bytes) !== file.sha256) {
      issues.push({ path: file.pad, message: 'is veranderd na de controle tegen manifest.json' });
    } else if (file.rol === 'metadata') metadata = json(bytes, file.pad);
    else files.push({ pad: file.pad, rol: file.rol, mediatype: file.mediatype, bytes, sha256: file.sha256 });
  }
  if (issues.length > 0) throw new ValidationError(issues, 'pakket', 'het');
  if (metadata === undefined) {
    throw new ValidationError(
      [{ path: 'metadata.json', message: 'ontbreekt in manifest.json' }],
      'pakket',
      'het',
    );
  }
  const { informatieobject, openbaarheid, bijlagen } = parsed(Metadata, metadata, 'metadata.json');
  const aanduiding = [
    informatieobject.vertrouwelijkheidsaanduiding,
    openbaarheid?.vertrouwelijkheidaanduiding,
  ].reduce(strictest, manifest.vertrouwelijkheidaanduiding);
  if (openbaarheid?.openbaar === false && aanduiding === 'openbaar') {
    throw new ValidationError(
      [
        {
          path: 'metadata.json',
          message: 'noemt de nota niet openbaar, maar geen vertrouwelijkheidaanduiding',
        },
      ],
      'pakket',
      'het',
    );
  }
  const aangemaakt = manifest.aangemaakt.slice(0, 10);
  return {
    aangemaakt,
    bijlagen: new Map((bijlagen ?? []).map((b) => [b.nummer, b.titel])),
    vertrouwelijkheidaanduiding: aanduiding,
    titel: informatieobject.titel,
    auteur: informatieobject.auteur,
    creatiedatum: informatieobject.creatiedatum ?? aangemaakt,
    bestanden: files,
  };
}
