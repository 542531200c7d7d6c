import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, parse, resolve } from 'node:path';
import { PdfNotMade } from './errors.js';
import { folderUrl } from './file-url.js';
import { stopProcessTree } from './stop-process.js';

/**
 * LibreOffice's PDF export as PDF/A-2b (SelectPdfVersion 2) and tagged, so that a screen reader and an archive can
 * use it: headings, lists and tables in the structure tree and the document's language (nl-NL, from the DOCX) in it.
 */
export const PDF_FILTER =
  'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"}}';

/** Long enough for LibreOffice's first start with a new profile on a slow machine, and then some per document. */
const BASE_TIMEOUT_MS = 120_000;
const TIMEOUT_PER_FILE_MS = 15_000;
/** How long a stopped LibreOffice gets to let go of its files before the temporary folder is removed anyway. */
const STOP_GRACE_MS = 5_000;

export interface ConvertOptions {
  /** The `soffice` to run, as findLibreOffice found it. */
  soffice: string;
  /** Where the PDFs go, each named as its document with `.pdf`. */
  outDir: string;
  /** Told each time LibreOffice has finished another document, and once more when all are there. */
  onConverted?: (done: number, total: number) => void;
  /** After this LibreOffice is stopped, with everything it started; by default 2 minutes plus 15 s a document. */
  timeoutMs?: number;
  /** The platform the paths and URLs are for; this machine's by default. */
  platform?: NodeJS.Platform;
}

/** The arguments of the one `soffice` run that converts every document, with its own profile. */
export function sofficeArgs(
  docxFiles: readonly string[],
  profile: string,
  outDir: string,
  platform: NodeJS.Platform = process.platform,
): string[] {
  return [
    `-env:UserInstallation=${folderUrl(profile, platform)}`,
    '--headless',
    '--norestore',
    '--convert-to',
    PDF_FILTER,
    '--outdir',
    outDir,
    ...docxFiles,
  ];
}

/** A PDF's name for a document: LibreOffice drops the last extension and adds `.pdf`. */
function pdfName(docx: string): string {
  return `${parse(docx).name}.pdf`;
}

/**
 * One output folder holds every PDF, so two documents whose names differ only in folder or case (Windows does not
 * tell case apart) would overwrite each other's PDF.
 */
function refuseSameNames(docxFiles: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const file of docxFiles) {
    const key = pdfName(file).normalize('NFC').toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new PdfNotMade(
        `Twee documenten zouden dezelfde PDF krijgen (${pdfName(file)}): "${earlier}" en "${file}"; er is geen PDF gemaakt`,
        file,
      );
    }
    seen.set(key, file);
  }
}

async function refuseMissing(docxFiles: readonly string[], outDir: string): Promise<void> {
  const folder = await stat(outDir).catch(() => undefined);
  if (!folder?.isDirectory()) {
    throw new PdfNotMade(`De map "${outDir}" voor de PDF bestaat niet; er is geen PDF gemaakt`);
  }
  for (const file of docxFiles) {
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) {
      throw new PdfNotMade(`Het document "${file}" bestaat niet; er is geen PDF gemaakt`, file);
    }
  }
}

/** Moves a file, also onto another disk (the temporary folder may be on one of its own). */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await rm(from, { force: true });
  }
}

/** LibreOffice's own last error line ("Error: source file could not be loaded"), to add to our message. */
function lastError(stderr: string): string | undefined {
  return stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^Error\b/i.test(line))
    .at(-1);
}

/** "1 seconde", "90 seconden": a timeout as a user reads it, rounded up so that it never says 0. */
function seconds(ms: number): string {
  const n = Math.ceil(ms / 1000);
  return n === 1 ? '1 seconde' : `${String(n)} seconden`;
}

interface Ended {
  code: number | null;
  stderr: string;
}

/**
 * Runs soffice and counts its "convert <docx> -> <pdf> using filter …" lines: LibreOffice prints one after loading a
 * document and before writing its PDF, so the n-th line says that the (n-1)-th document is done.
 */
function runSoffice(
  soffice: string,
  args: readonly string[],
  timeoutMs: number,
  platform: NodeJS.Platform,
  onStarted: (count: number) => void,
): Promise<Ended> {
  return new Promise((done, fail) => {
    const child = spawn(soffice, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let stdout = '';
    let stderr = '';
    let started = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const lines = stdout.split('\n');
      stdout = lines.pop() ?? '';
      for (const line of lines) {
        if (/^convert .* -> .* using filter/.test(line)) onStarted(++started);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    let timedOut = false;
    const timeoutError = (): PdfNotMade =>
      new PdfNotMade(
        `LibreOffice was na ${seconds(timeoutMs)} nog niet klaar met de PDF en is gestopt; er is geen PDF gemaakt`,
      );
    const timer = setTimeout(() => {
      timedOut = true;
      stopProcessTree(child, platform);
      // The pipes close once every process of the tree is gone; should one outlive the kill, do not wait for it.
      setTimeout(() => {
        fail(timeoutError());
      }, STOP_GRACE_MS).unref();
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      fail(
        new PdfNotMade(
          `LibreOffice kon niet gestart worden ("${soffice}": ${error.code ?? error.message}); er is geen PDF gemaakt`,
        ),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) fail(timeoutError());
      else done({ code, stderr });
    });
  });
}

/**
 * Converts every document to a tagged PDF/A-2b in ONE LibreOffice process (a start costs seconds, a document a
 * fraction of that), with a profile of its own in a new temporary folder, so that concurrent conversions never wait
 * for or break each other. LibreOffice writes into that folder and the PDFs are moved to `outDir` only when all are
 * there: a failure leaves nothing in `outDir`. Returns the PDFs' paths in the order of `docxFiles`.
 */
export async function convertToPdf(docxFiles: readonly string[], options: ConvertOptions): Promise<string[]> {
  const platform = options.platform ?? process.platform;
  const files = docxFiles.map((file) => resolve(file));
  const total = files.length;
  if (total === 0) return [];
  refuseSameNames(files);
  await refuseMissing(files, options.outDir);

  const work = await mkdtemp(join(tmpdir(), 'raadsnota-pdf-'));
  try {
    const made = join(work, 'pdf');
    let reported = 0;
    const report = (done: number): void => {
      if (done <= reported) return;
      reported = done;
      options.onConverted?.(done, total);
    };
    const ended = await runSoffice(
      options.soffice,
      sofficeArgs(files, join(work, 'profiel'), made, platform),
      options.timeoutMs ?? BASE_TIMEOUT_MS + TIMEOUT_PER_FILE_MS * total,
      platform,
      (started) => {
        report(started - 1);
      },
    );

    const missing: string[] = [];
    for (const file of files) {
      const pdf = await stat(join(made, pdfName(file))).catch(() => undefined);
      if (!pdf?.isFile() || pdf.size === 0) missing.push(file);
    }
    if (missing.length > 0) {
      const why =
        lastError(ended.stderr) ??
        (ended.code === 0 ? undefined : `afgesloten met code ${String(ended.code)}`);
      throw new PdfNotMade(
        `LibreOffice heeft geen PDF gemaakt van ${missing.map((file) => `"${basename(file)}"`).join(', ')}` +
          `${why === undefined ? '' : ` (LibreOffice: ${why})`}; er is geen PDF gemaakt`,
        missing[0],
      );
    }

    const pdfs: string[] = [];
    for (const file of files) {
      const pdf = join(options.outDir, pdfName(file));
      await move(join(made, pdfName(file)), pdf);
      pdfs.push(pdf);
    }
    report(total);
    return pdfs;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
