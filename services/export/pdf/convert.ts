// Placeholder with the interface part F owns (services/export/pdf/); F's version replaces it at merge.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const FILTER =
  'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"}}';

/** The DOCX files as tagged PDF/A-2b, by one LibreOffice process with its own profile folder. */
export async function convertToPdf(
  docxFiles: readonly string[],
  options: {
    soffice: string;
    outDir: string;
    onConverted?: (done: number, total: number) => void;
    timeoutMs?: number;
  },
): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), 'raadsnota-lo-'));
  try {
    await run(
      options.soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        FILTER,
        '--outdir',
        options.outDir,
        ...docxFiles,
      ],
      { timeout: options.timeoutMs ?? 120_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  options.onConverted?.(docxFiles.length, docxFiles.length);
  return docxFiles.map((file) => join(options.outDir, basename(file).replace(/\.docx$/i, '.pdf')));
}
