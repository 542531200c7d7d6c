/**
 * Readers of our DOCX files that share no code with the engine: libexpat through Python (every XML part
 * well-formed) and LibreOffice (the document opens and prints). The fuzz harness hands them every file it accepted.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ROOT } from './assets.js';

const run = promisify(execFile);

const CHECK_XML = join(ROOT, 'test', 'helpers', 'check-xml.py');

/** Writes each DOCX into `dir` as 0.docx, 1.docx, … and returns their paths. */
export async function writeAll(dir: string, files: readonly Uint8Array[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  return Promise.all(
    files.map(async (bytes, i) => {
      const path = join(dir, `${String(i)}.docx`);
      await writeFile(path, bytes);
      return path;
    }),
  );
}

/** What libexpat finds wrong in each file (a missing part, a bad CRC, XML that is not well-formed); empty when none. */
export async function expatProblems(
  python: string,
  paths: readonly string[],
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  // A few hundred paths at a time keeps the command line well below every system's limit.
  for (let start = 0; start < paths.length; start += 200) {
    const { stdout } = await run(python, [CHECK_XML, ...paths.slice(start, start + 200)], {
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const [path, problems] of Object.entries(JSON.parse(stdout) as Record<string, string[]>)) {
      found.set(path, problems);
    }
  }
  return found;
}

/**
 * Converts the files to PDF with LibreOffice (one process, its own profile folder) and returns each file's text as
 * pdftotext reads it, or undefined for a file LibreOffice could not open.
 */
export async function libreOfficeTexts(
  soffice: string,
  pdftotext: string,
  dir: string,
  paths: readonly string[],
): Promise<(string | undefined)[]> {
  const out = join(dir, 'pdf');
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  await run(
    soffice,
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...paths],
    { timeout: 180_000 },
  );
  return Promise.all(
    paths.map(async (path) => {
      const pdf = join(out, path.slice(path.lastIndexOf('/') + 1).replace(/\.docx$/, '.pdf'));
      try {
        await readFile(pdf);
      } catch {
        return undefined;
      }
      const { stdout } = await run(pdftotext, ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
      return stdout;
    }),
  );
}
