import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { formatPath, ValidationError } from '../../core/errors.js';
import { PackageManifest, type ExportVerifyResult } from '../../core/model/export.js';
import { readInputFile, readRegularFile } from '../../files/read-file.js';
import { MANIFEST, sha256 } from './contents.js';

/** A package the caller named: where it is, and how messages name it. */
interface NamedPath {
  path: string;
  naam: string;
}

type Fout = ExportVerifyResult['fouten'][number];

/** A package's files by their path in it (with /), each read when checked; and what is there that is no file. */
interface Contents {
  files: Map<string, () => Promise<Uint8Array>>;
  fouten: Fout[];
}

// A package is read whole to be checked, packed and unpacked; far above any package of memos and bijlagen.
const MAX_ZIP_BYTES = 1024 * 1024 * 1024;

async function folderContents(root: string): Promise<Contents> {
  const files = new Map<string, () => Promise<Uint8Array>>();
  const fouten: Fout[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const pad = `${prefix}${entry.name}`;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path, `${pad}/`);
      else if (entry.isFile()) files.set(pad, () => readRegularFile(path));
      // A link could make the package say what a file elsewhere holds: a package holds files only.
      else
        fouten.push({
          pad,
          melding:
            'is geen gewoon bestand (bijvoorbeeld een snelkoppeling); een pakket bevat alleen bestanden',
        });
    }
  };
  await walk(root, '');
  return { files, fouten };
}

/**
 * The ZIP's files, unpacked only while the sizes its directory declares stay within the limit: unzipSync makes each
 * file's buffer as large as declared before it inflates, so a few bytes could otherwise ask for gigabytes.
 */
function unzipWithin(bytes: Uint8Array, naam: string): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: ({ originalSize }) => {
        total += originalSize;
        if (total > MAX_ZIP_BYTES) {
          throw new ValidationError([
            {
              path: naam,
              message: `pakt uit tot meer dan ${MAX_ZIP_BYTES / 1024 / 1024} MB; zo groot is geen pakket van Raadsnota`,
            },
          ]);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError([{ path: naam, message: 'is geen geldig ZIP-bestand en geen map' }]);
  }
}

function zipContents(bytes: Uint8Array, naam: string): Contents {
  const entries = unzipWithin(bytes, naam);
  const files = new Map<string, () => Promise<Uint8Array>>();
  const fouten: Fout[] = [];
  for (const [pad, data] of Object.entries(entries)) {
    if (pad.endsWith('/')) continue;
    if (pad.startsWith('/') || pad.includes('\\') || pad.split('/').includes('..')) {
      fouten.push({ pad, melding: 'heeft een naam die buiten het pakket wijst' });
      continue;
    }
    files.set(pad, () => Promise.resolve(data));
  }
  return { files, fouten };
}

async function contentsOf(pakket: NamedPath): Promise<Contents> {
  const info = await lstat(pakket.path).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ValidationError([{ path: pakket.naam, message: 'bestaat niet' }]);
    }
    throw error;
  });
  if (info.isDirectory()) return folderContents(pakket.path);
  const bytes = await readInputFile(pakket.path, { name: pakket.naam, maxBytes: MAX_ZIP_BYTES });
  return zipContents(bytes, pakket.naam);
}

/** The manifest, or why it cannot be used, as the problems of the package. */
async function readManifest(contents: Contents): Promise<PackageManifest | Fout[]> {
  const read = contents.files.get(MANIFEST);
  if (read === undefined)
    return [{ pad: MANIFEST, melding: 'ontbreekt; zonder manifest is het pakket niet te controleren' }];
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(await read()).toString('utf8')) as unknown;
  } catch {
    return [{ pad: MANIFEST, melding: 'is geen geldige JSON' }];
  }
  const parsed = PackageManifest.safeParse(raw);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((issue) => ({
    pad: MANIFEST,
    melding: `${formatPath(issue.path) || 'het geheel'}: ${issue.message}`,
  }));
}

/** A package as it was checked: the verdict, its manifest when readable, and its files as the check read them. */
export interface CheckedPackage {
  uitslag: ExportVerifyResult;
  manifest?: PackageManifest;
  /** By their path in the package (with /): a ZIP's as unpacked once, a folder's read from disk again when called. */
  files: ReadonlyMap<string, () => Promise<Uint8Array>>;
}

/**
 * A package checked against its manifest, as a receiving system or an auditor would: every file it lists is there
 * with the size and SHA-256 it says, and the package holds nothing it does not list. Every problem is named, by file.
 * The contents it read come with it, so that the upload reads (and unpacks) a package once.
 */
export async function checkPackage(pakket: NamedPath): Promise<CheckedPackage> {
  const contents = await contentsOf(pakket);
  const manifest = await readManifest(contents);
  if (Array.isArray(manifest)) {
    return {
      uitslag: { inOrde: false, bestanden: 0, fouten: [...contents.fouten, ...manifest] },
      files: contents.files,
    };
  }
  const fouten = [...contents.fouten];
  const seen = new Set<string>();
  for (const file of manifest.bestanden) {
    if (seen.has(file.pad)) {
      fouten.push({ pad: file.pad, melding: 'staat meer dan eens in het manifest' });
      continue;
    }
    seen.add(file.pad);
    const read = contents.files.get(file.pad);
    if (read === undefined || file.pad === MANIFEST) {
      fouten.push({ pad: file.pad, melding: 'ontbreekt, maar staat in het manifest' });
      continue;
    }
    const bytes = await read();
    const hash = sha256(bytes);
    if (hash !== file.sha256 || bytes.length !== file.grootte) {
      fouten.push({
        pad: file.pad,
        melding: `is veranderd: SHA-256 ${hash} (${String(bytes.length)} bytes), het manifest zegt ${file.sha256} (${String(file.grootte)} bytes)`,
      });
    }
  }
  for (const pad of contents.files.keys()) {
    if (pad !== MANIFEST && !seen.has(pad)) fouten.push({ pad, melding: 'staat niet in het manifest' });
  }
  return {
    uitslag: { inOrde: fouten.length === 0, bestanden: manifest.bestanden.length, fouten },
    manifest,
    files: contents.files,
  };
}

/** `raadsnota verify` (export.verify): the verdict of checkPackage. */
export async function verifyPackage(pakket: NamedPath): Promise<ExportVerifyResult> {
  return (await checkPackage(pakket)).uitslag;
}
