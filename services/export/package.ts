import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationError, type Issue } from '../../core/errors.js';
import { append } from '../../core/lists.js';
import type {
  ExportDescription,
  ExportMemo,
  ExportPackagesRequest,
  ExportPackagesResult,
  ExportProfile,
  Voortgang,
} from '../../core/model/export.js';
import { nietOpenbaarMarkering, zgwAanduiding } from '../../core/model/openbaarheid.js';
import type { Register } from '../../db/connection.js';
import { createTempFolderIn } from '../../files/temp-files.js';
import { writingTo } from '../../files/write-refusal.js';
import { templateSet } from '../../templates/engine/memo-types.js';
import type { RenderAssets } from '../../templates/engine/render.js';
import { imagesFor } from '../memos/images.js';
import { renderMemo } from '../memos/render.js';
import { memoFrom } from '../memos/source.js';
import { under } from '../register/input.js';
import { readBijlagen, type BijlageFile } from './bijlagen.js';
import { listed, packageEntries } from './contents.js';
import { describeMemo } from './describe.js';
import { MAX_PACKAGE_NAME, MAX_PATH, uniqueNames, windowsSafe } from './file-names.js';
import { fillPattern } from './pattern.js';
import { convertToPdf } from './pdf/convert.js';
import { PdfNotMade } from './pdf/errors.js';
import { loadProfile } from './profiles.js';
import { alreadyThere, exists, writeFolder, writeZip } from './write-package.js';

/** What an export works with, as plain values: the door's context stays in api/. */
export interface ExportEnvironment {
  register: () => Register;
  assets: RenderAssets;
  profilesDir: string;
  /** The moment the packages are made: in their documents, metadata and manifest. */
  aangemaakt: Date;
  progress?: ((voortgang: Voortgang) => void) | undefined;
  /** LibreOffice's soffice, or why there is none (in Dutch, for the user beside an export without its PDF). */
  findSoffice: () => { soffice: string } | { reden: string };
}

/** The mark on the outside of a package that is not public, before its name: no one takes it for a public one. */
export const NIET_OPENBAAR = 'NIET OPENBAAR - ';

/** One memo made ready: checked, described, rendered, its bijlagen read; nothing written yet. */
interface Prepared {
  description: ExportDescription;
  docx: Uint8Array;
  bijlagen: BijlageFile[];
  naam: string;
}

async function prepare(
  item: ExportMemo,
  profile: ExportProfile,
  env: ExportEnvironment,
): Promise<Omit<Prepared, 'naam'>> {
  const source = item.id === undefined ? { nota: item.nota, map: item.map } : { id: item.id };
  const memo = memoFrom(source, env.register, env.assets.types);
  const { manifest } = templateSet(env.assets.types, memo.type);
  const description = describeMemo(memo, env.assets.huisstijl, manifest.titel);
  if (profile.alleenOpenbaar && !description.openbaarheid.openbaar) {
    throw new ValidationError(
      [
        {
          path: 'openbaarheid',
          message: `De nota is niet openbaar (${nietOpenbaarMarkering(description.openbaarheid) ?? ''}); het profiel ${profile.naam} publiceert alleen openbare nota's. Kies een ander profiel, zoals generiek`,
        },
      ],
      'nota',
    );
  }
  const images = await imagesFor(source, memo, env.register);
  const bijlagen = await readBijlagen(memo.bijlagen, item.map);
  // Rendering is the memo's last check (sections, markup, pictures), as memos.render does: a memo that fails it is
  // refused with its problems before any package is written.
  const { docx } = renderMemo(memo, env.assets, env.aangemaakt, images);
  return { description, docx, bijlagen };
}

/** The package's name: the profile's pattern (or the caller's name) made safe, marked when the memo is not public. */
function packageName(
  description: ExportDescription,
  profile: ExportProfile,
  own: string | undefined,
): string {
  const mark = description.openbaarheid.openbaar ? '' : NIET_OPENBAAR;
  const wanted = own?.replace(/\.zip$/i, '') ?? fillPattern(profile.bestandsnaam, description);
  const name = windowsSafe(wanted, MAX_PACKAGE_NAME - mark.length);
  return `${mark}${name}`;
}

/** The memos ready, or every memo's problems at once, each under the memo (`memos[1].secties[2]`). */
async function prepareAll(
  request: ExportPackagesRequest,
  profile: ExportProfile,
  env: ExportEnvironment,
): Promise<Prepared[]> {
  const issues: Issue[] = [];
  const ready: Omit<Prepared, 'naam'>[] = [];
  const total = request.memos.length;
  for (const [index, item] of request.memos.entries()) {
    try {
      ready.push(await prepare(item, profile, env));
      env.progress?.({ stap: 'document', klaar: ready.length, totaal: total });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      append(issues, under(`memos[${String(index)}]`, error.issues));
    }
  }
  if (issues.length > 0) throw new ValidationError(issues, total === 1 ? 'nota' : "nota's");
  const names = uniqueNames(
    ready.map((r) => packageName(r.description, profile, request.naam)),
    MAX_PACKAGE_NAME,
  );
  return ready.map((r, i) => ({ ...r, naam: names[i] ?? 'nota' }));
}

/** Where a package goes, refused when something is there or when a file inside would pass Windows' path limit. */
async function targetOf(uit: string, memo: Prepared, zip: boolean): Promise<string> {
  const target = join(uit, zip ? `${memo.naam}.zip` : memo.naam);
  if (await exists(target)) throw alreadyThere(target);
  const longest = zip
    ? target
    : [`${memo.naam}.docx`, ...memo.bijlagen.map((b) => b.pad)]
        .map((pad) => join(target, pad))
        .reduce((a, b) => (b.length > a.length ? b : a));
  if (longest.length > MAX_PATH) {
    throw new ValidationError([
      {
        path: 'uit',
        message: `het pad ${longest} wordt ${String(longest.length)} tekens lang, meer dan Windows toestaat (${String(MAX_PATH)}); kies een map met een korter pad`,
      },
    ]);
  }
  return target;
}

/** The folder the packages go into: made when it is not there, refused when it is a file. */
async function outputFolder(uit: string): Promise<void> {
  const info = await stat(uit).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  });
  if (info !== undefined && !info.isDirectory()) {
    throw new ValidationError([{ path: 'uit', message: `${uit} is een bestand, geen map` }]);
  }
}

/**
 * The PDFs of all memos by ONE LibreOffice process (its start costs more than a memo's conversion), from the DOCX
 * files in one private temporary folder of this computer's, never in `uit`: that may be a shared folder a BIS
 * watches, and the documents may not be public. The reason instead when LibreOffice is not installed.
 */
async function makePdfs(
  memos: readonly Prepared[],
  env: ExportEnvironment,
): Promise<{ pdfs: Map<Prepared, Uint8Array> } | { reden: string }> {
  const found = env.findSoffice();
  // Without LibreOffice the packages are made without PDF, and the answer says why: never silently.
  if ('reden' in found) return found;
  const { soffice } = found;
  // Private (0700) and named with our process id, so that the next run clears it if this one is killed (convert.ts).
  const work = await createTempFolderIn(tmpdir());
  try {
    // Each PDF is found by its document's name, as convertToPdf names it in outDir.
    const files = memos.map((memo, i) => ({
      memo,
      docx: join(work, `${String(i + 1)}.docx`),
      pdf: join(work, `${String(i + 1)}.pdf`),
    }));
    await Promise.all(files.map((f) => writeFile(f.docx, f.memo.docx)));
    await convertToPdf(
      files.map((f) => f.docx),
      {
        soffice,
        outDir: work,
        onConverted: (klaar, totaal) => env.progress?.({ stap: 'pdf', klaar, totaal }),
      },
    );
    const read = await Promise.all(files.map(async (f) => [f.memo, await readFile(f.pdf)] as const));
    return { pdfs: new Map(read) };
  } catch (error) {
    // LibreOffice failed (stopped after its time, or ended without a file): the packages go without their PDF, and the
    // answer says why, as when LibreOffice is not there; each door says the consequence ("Geen PDF: …") once.
    if (error instanceof PdfNotMade) return { reden: error.message };
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Removes the packages this call wrote before one of a batch failed: they are new and ours, and the refusal says that
 * nothing was written. The ones that cannot be removed are returned, for the refusal to name.
 */
async function removeWritten(written: readonly string[]): Promise<string[]> {
  const left = await Promise.all(
    written.map((pad) =>
      rm(pad, { recursive: true, force: true }).then(
        () => undefined,
        () => pad,
      ),
    ),
  );
  return left.filter((pad) => pad !== undefined);
}

/** The refusal of a batch that failed halfway, naming its packages that could not be removed. */
function withLeftOver(error: unknown, left: readonly string[]): unknown {
  if (left.length === 0 || !(error instanceof ValidationError)) return error;
  return new ValidationError([
    ...error.issues,
    {
      path: 'uit',
      message: `deze pakketten waren al geschreven en konden niet worden verwijderd: ${left.join(', ')}`,
    },
  ]);
}

/**
 * Packages for a BIS, one per memo: every memo is checked, described and rendered, and every
 * target checked, before anything is written; then the PDFs in one LibreOffice run; then each package atomically. A
 * refusal writes nothing: when a package fails after others were written (a full disk, a target that appeared
 * meanwhile), those are removed again.
 */
export async function exportPackages(
  request: ExportPackagesRequest,
  env: ExportEnvironment,
): Promise<ExportPackagesResult> {
  const profile = await loadProfile(env.profilesDir, request.profiel);
  const memos = await prepareAll(request, profile, env);
  await outputFolder(request.uit);
  const planned = await Promise.all(
    memos.map(async (memo) => ({ memo, target: await targetOf(request.uit, memo, request.zip) })),
  );
  await writingTo(request.uit, () => mkdir(request.uit, { recursive: true }));
  const pdf = request.pdf ? await makePdfs(memos, env) : undefined;
  const pakketten: ExportPackagesResult['pakketten'] = [];
  try {
    for (const [i, { memo, target }] of planned.entries()) {
      const entries = packageEntries({
        naam: memo.naam,
        description: memo.description,
        docx: memo.docx,
        pdf: pdf !== undefined && 'pdfs' in pdf ? pdf.pdfs.get(memo) : undefined,
        bijlagen: memo.bijlagen,
        profile,
        aangemaakt: env.aangemaakt,
      });
      // A file system that refuses (no permission, a full disk) is bad input about this package, which stays unwritten.
      await writingTo(target, () =>
        request.zip ? writeZip(target, entries, env.aangemaakt) : writeFolder(target, entries),
      );
      pakketten.push({
        pad: target,
        naam: memo.naam,
        vertrouwelijkheidaanduiding: zgwAanduiding(memo.description.openbaarheid),
        bestanden: listed(entries),
      });
      env.progress?.({ stap: 'pakket', klaar: i + 1, totaal: memos.length });
    }
  } catch (error) {
    throw withLeftOver(error, await removeWritten(pakketten.map((p) => p.pad)));
  }
  return {
    pakketten,
    pdf:
      pdf === undefined ? { gemaakt: false } : 'pdfs' in pdf ? { gemaakt: true } : { gemaakt: false, ...pdf },
  };
}
