import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { ValidationError, type Issue } from '../../../core/errors.js';
import { PackageManifest, type PackageFile } from '../../../core/model/export.js';
import {
  ZgwVertrouwelijkheidaanduiding,
  type ZgwVertrouwelijkheidaanduiding as Aanduiding,
} from '../../../core/model/openbaarheid.js';
import { z } from '../../../core/model/zod-nl.js';
import { readFileInFolder } from '../../../files/folder-file.js';
import { readInputFile } from '../../../files/read-file.js';
import { verifyPackage } from '../verify.js';

/** The largest file of a package that is read: a Documenten API takes about 3 GB at most in one object. */
const MAX_FILE_BYTES = 2 ** 31 - 1;

/** The files of a package that go up as informatieobjecten, and why those: see README.md. */
const UPLOADED_ROLES: ReadonlySet<PackageFile['rol']> = new Set(['document', 'pdf', 'bijlage']);

/**
 * What metadata.json (services/export/metadata/ori.ts) says that an informatieobject needs: ORI's InformatieObject
 * (whose titel and auteur already keep to the 200 characters both standards allow), the openbaarheid, and the
 * bijlagen's titles by their number.
 */
const Metadata = z.looseObject({
  informatieobject: z.looseObject({
    titel: z.string().trim().min(1),
    auteur: z.string().trim().min(1),
    creatiedatum: z.iso.date().optional(),
    // ORI spells it with an s.
    vertrouwelijkheidsaanduiding: ZgwVertrouwelijkheidaanduiding.optional(),
  }),
  openbaarheid: z
    .looseObject({ openbaar: z.boolean(), vertrouwelijkheidaanduiding: ZgwVertrouwelijkheidaanduiding })
    .optional(),
  bijlagen: z.array(z.looseObject({ nummer: z.int(), titel: z.string() })).optional(),
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

/** The package's files by their path inside it: a folder, or a ZIP with them at its root, as the export writes both. */
type Reader = (pad: string) => Promise<Uint8Array | string>;

function zipReader(bytes: Uint8Array, naam: string): Reader {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw new ValidationError([{ path: naam, message: 'is geen map en geen leesbaar ZIP-bestand' }]);
  }
  return (pad) => Promise.resolve(entries[pad] ?? 'ontbreekt in het pakket');
}

function folderReader(folder: string): Reader {
  return async (pad) => {
    const file = await readFileInFolder(folder, pad, MAX_FILE_BYTES);
    if ('bytes' in file) return file.bytes;
    if ('missing' in file) return 'ontbreekt in het pakket';
    if ('outside' in file) return 'ligt buiten het pakket';
    return file.unreadable;
  };
}

async function readerOf(path: string, naam: string): Promise<Reader> {
  let folder: boolean;
  try {
    folder = (await stat(path)).isDirectory();
  } catch {
    throw new ValidationError([{ path: naam, message: 'bestaat niet' }]);
  }
  return folder ? folderReader(path) : zipReader(await readInputFile(path, { name: naam }), naam);
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

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

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
  const check = await verifyPackage({ path, naam });
  if (!check.inOrde) {
    throw new ValidationError(
      check.fouten.map((f) => ({ path: f.pad, message: f.melding })),
      'pakket',
      'het',
    );
  }
  const read = await readerOf(path, naam);
  const manifestBytes = await read('manifest.json');
  if (typeof manifestBytes === 'string') {
    throw new ValidationError([{ path: 'manifest.json', message: manifestBytes }], 'pakket', 'het');
  }
  const manifest = parsed(PackageManifest, json(manifestBytes, 'manifest.json'), 'manifest.json');
  const issues: Issue[] = [];
  const files: UploadFile[] = [];
  let metadata: unknown;
  for (const file of manifest.bestanden) {
    if (file.rol !== 'metadata' && !UPLOADED_ROLES.has(file.rol)) continue;
    const bytes = await read(file.pad);
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
