// The export's PDF step: finding LibreOffice on Linux and Windows, running one LibreOffice for many documents with a
// profile of its own, stopping it on time, and what the PDF it makes says of itself when pdfjs-dist and poppler read
// it back (tagged, PDF/A-2b, Dutch, headings as headings).
import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../core/model/manifest.js';
import type { Memo } from '../core/model/memo.js';
import { typedMemo } from '../services/memos/typed.js';
import { convertToPdf, PDF_FILTER, sofficeArgs } from '../services/export/pdf/convert.js';
import { PdfNotMade } from '../services/export/pdf/errors.js';
import { folderUrl } from '../services/export/pdf/file-url.js';
import { findLibreOffice, whyNoLibreOffice } from '../services/export/pdf/libreoffice.js';
import { templateSet } from '../templates/engine/memo-types.js';
import { renderDocx } from '../templates/engine/render.js';
import { assets, examplePath, makeTempDir, removeTempDir } from './helpers/assets.js';
import { allElements, isHeading, readPdfStructure, type PdfStructure } from './helpers/pdf-structure.js';
import { describeWithTools, requireTool } from './helpers/tools.js';

const run = promisify(execFile);
const posixOnly = process.platform === 'win32';

async function executable(file: string, body = '#!/bin/sh\nexit 0\n'): Promise<string> {
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, body);
  await chmod(file, 0o755);
  return file;
}

/** Whether a process is gone: no such pid, or a zombie that only waits for its parent to read its exit status. */
function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${String(pid)}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

async function rejection(promise: Promise<unknown>): Promise<PdfNotMade> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PdfNotMade) return error;
    throw error;
  }
  throw new Error('expected a PdfNotMade, but the conversion succeeded');
}

describe('findLibreOffice', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await makeTempDir();
  });
  afterAll(async () => {
    await removeTempDir(dir);
  });

  it.skipIf(posixOnly)('finds soffice on PATH before libreoffice, in the order of PATH', async () => {
    const first = join(dir, 'linux', 'a');
    const second = join(dir, 'linux', 'b');
    await executable(join(second, 'soffice'));
    await executable(join(first, 'libreoffice'));
    expect(findLibreOffice({ PATH: `${first}:${second}` }, 'linux')).toBe(join(first, 'libreoffice'));
    await executable(join(first, 'soffice'));
    expect(findLibreOffice({ PATH: `${first}:${second}` }, 'linux')).toBe(join(first, 'soffice'));
  });

  it.skipIf(posixOnly)('passes over a soffice that may not be run', async () => {
    const folder = join(dir, 'not-runnable');
    const other = join(dir, 'runnable');
    await executable(join(folder, 'soffice'));
    await chmod(join(folder, 'soffice'), 0o644);
    await executable(join(other, 'soffice'));
    expect(findLibreOffice({ PATH: `${folder}:${other}` }, 'linux')).toBe(join(other, 'soffice'));
  });

  it('takes RAADSNOTA_SOFFICE over PATH, and only that one, saying so when it is wrong', async () => {
    const chosen = await executable(join(dir, 'eigen map met spaties', 'soffice'));
    const onPath = await executable(join(dir, 'path', 'soffice'));
    const env = { PATH: join(onPath, '..'), RAADSNOTA_SOFFICE: chosen };
    expect(findLibreOffice(env, 'linux')).toBe(chosen);

    const wrong = { ...env, RAADSNOTA_SOFFICE: join(dir, 'bestaat-niet', 'soffice') };
    expect(findLibreOffice(wrong, 'linux')).toBeUndefined();
    expect(whyNoLibreOffice(wrong, 'linux')).toContain(
      `RAADSNOTA_SOFFICE wijst naar "${wrong.RAADSNOTA_SOFFICE}"`,
    );
  });

  it('finds soffice.exe under ProgramFiles, under ProgramFiles(x86), and on Path, names in any case', async () => {
    const programFiles = join(dir, 'win', 'Program Files');
    const x86 = join(dir, 'win', 'Program Files (x86)');
    const elsewhere = join(dir, 'win', 'Tools');
    // No execute bit: Windows has none, so a plain file is enough there.
    await mkdir(join(x86, 'LibreOffice', 'program'), { recursive: true });
    await writeFile(join(x86, 'LibreOffice', 'program', 'soffice.exe'), '');
    await mkdir(elsewhere, { recursive: true });
    await writeFile(join(elsewhere, 'soffice.exe'), '');

    const env = { ProgramFiles: programFiles, 'ProgramFiles(x86)': x86, Path: `C:\\nergens;${elsewhere}` };
    expect(findLibreOffice(env, 'win32')).toBe(join(x86, 'LibreOffice', 'program', 'soffice.exe'));
    expect(findLibreOffice({ Path: `C:\\nergens;${elsewhere}` }, 'win32')).toBe(
      join(elsewhere, 'soffice.exe'),
    );

    await mkdir(join(programFiles, 'LibreOffice', 'program'), { recursive: true });
    await writeFile(join(programFiles, 'LibreOffice', 'program', 'soffice.exe'), '');
    expect(findLibreOffice({ PROGRAMFILES: programFiles, path: elsewhere }, 'win32')).toBe(
      join(programFiles, 'LibreOffice', 'program', 'soffice.exe'),
    );
  });

  it('finds nothing on a Windows without LibreOffice, and says how to fix that', () => {
    expect(findLibreOffice({ Path: join(dir, 'leeg') }, 'win32')).toBeUndefined();
    expect(whyNoLibreOffice({}, 'win32')).toMatch(/LibreOffice is niet geïnstalleerd.*RAADSNOTA_SOFFICE/);
  });
});

describe('the soffice command line', () => {
  it('gives the profile as a file URL for Windows paths with spaces, letters such as ë, # and shares', () => {
    expect(
      folderUrl('C:\\Users\\Jan de Vriës\\AppData\\Local\\Temp\\raadsnota-pdf-a#1\\profiel', 'win32'),
    ).toBe('file:///C:/Users/Jan%20de%20Vri%C3%ABs/AppData/Local/Temp/raadsnota-pdf-a%231/profiel');
    expect(folderUrl('\\\\server\\gedeeld\\profiel', 'win32')).toBe('file://server/gedeeld/profiel');
    expect(folderUrl('/tmp/raadsnota pdf/profiël', 'linux')).toBe('file:///tmp/raadsnota%20pdf/profi%C3%ABl');
  });

  it('asks for tagged PDF/A-2b of every document in one run, with its own profile first', () => {
    const args = sofficeArgs(['/a/één.docx', '/b/twee nota.docx'], '/tmp/w/profiel', '/tmp/w/pdf', 'linux');
    expect(args[0]).toBe('-env:UserInstallation=file:///tmp/w/profiel');
    expect(args).toContain('--headless');
    expect(args.slice(-4)).toEqual(['--outdir', '/tmp/w/pdf', '/a/één.docx', '/b/twee nota.docx']);
    expect(args[args.indexOf('--convert-to') + 1]).toBe(PDF_FILTER);
    const options = JSON.parse(PDF_FILTER.replace(/^pdf:writer_pdf_Export:/, '')) as Record<
      string,
      { value: string }
    >;
    expect(options.SelectPdfVersion?.value).toBe('2');
    expect(options.UseTaggedPDF?.value).toBe('true');
  });
});

describe('convertToPdf refusing before LibreOffice starts', () => {
  let dir = '';
  let marker = '';
  let soffice = '';
  beforeAll(async () => {
    dir = await makeTempDir();
    marker = join(dir, 'gestart');
    // A soffice that leaves a mark when it is run: the refusals below must not get that far.
    soffice = await executable(join(dir, 'soffice'), `#!/bin/sh\ntouch '${marker}'\n`);
    await writeFile(join(dir, 'a.docx'), 'x');
    await mkdir(join(dir, 'andere map'));
    await writeFile(join(dir, 'andere map', 'A.docx'), 'x');
  });
  afterAll(async () => {
    await removeTempDir(dir);
  });

  it.skipIf(posixOnly)('refuses two documents that would get the same PDF, naming both', async () => {
    const error = await rejection(
      convertToPdf([join(dir, 'a.docx'), join(dir, 'andere map', 'A.docx')], { soffice, outDir: dir }),
    );
    expect(error.message).toMatch(/^Twee documenten zouden dezelfde PDF krijgen \(A\.pdf\)/);
    expect(error.message).toContain(join(dir, 'andere map', 'A.docx'));
    await expect(stat(marker)).rejects.toThrow();
  });

  it.skipIf(posixOnly)('refuses a document that is not there, naming it', async () => {
    const missing = join(dir, 'weg.docx');
    const error = await rejection(convertToPdf([join(dir, 'a.docx'), missing], { soffice, outDir: dir }));
    expect(error.message).toBe(`Het document "${missing}" bestaat niet; er is geen PDF gemaakt`);
    expect(error.bestand).toBe(missing);
    await expect(stat(marker)).rejects.toThrow();
  });

  it.skipIf(posixOnly)('refuses an output folder that is not there, naming it', async () => {
    const outDir = join(dir, 'geen map');
    const error = await rejection(convertToPdf([join(dir, 'a.docx')], { soffice, outDir }));
    expect(error.message).toBe(`De map "${outDir}" voor de PDF bestaat niet; er is geen PDF gemaakt`);
    await expect(stat(marker)).rejects.toThrow();
  });

  it('says so when LibreOffice cannot be started', async () => {
    const error = await rejection(
      convertToPdf([join(dir, 'a.docx')], { soffice: join(dir, 'geen-soffice'), outDir: dir }),
    );
    expect(error.message).toMatch(/^LibreOffice kon niet gestart worden \(".*geen-soffice": ENOENT\)/);
  });

  it.skipIf(posixOnly)(
    'stops LibreOffice and what it started when time is up, and leaves neither profile nor PDF',
    async () => {
      const pids = join(dir, 'pids');
      const args = join(dir, 'args');
      // Like the real launcher: a shell that starts the converter and waits for it.
      const slow = await executable(
        join(dir, 'traag', 'soffice'),
        `#!/bin/sh\nprintf '%s\\n' "$@" > '${args}'\nsleep 300 &\necho $$ $! > '${pids}'\nwait\n`,
      );
      const out = join(dir, 'uit');
      await mkdir(out);
      const error = await rejection(
        convertToPdf([join(dir, 'a.docx')], { soffice: slow, outDir: out, timeoutMs: 500 }),
      );
      expect(error.message).toBe(
        'LibreOffice was na 1 seconde nog niet klaar met de PDF en is gestopt; er is geen PDF gemaakt',
      );
      const [shell, converter] = (await readFile(pids, 'utf8')).trim().split(' ').map(Number);
      expect(gone(shell ?? 0)).toBe(true);
      expect(gone(converter ?? 0)).toBe(true);
      const profile = (await readFile(args, 'utf8'))
        .split('\n')[0]
        ?.replace('-env:UserInstallation=file://', '');
      expect(profile).toMatch(/raadsnota-pdf-.*\/profiel$/);
      await expect(stat(profile ?? '')).rejects.toThrow();
      expect(await readdir(out)).toEqual([]);
    },
  );
});

// ── the real LibreOffice ──────────────────────────────────────────────────────────────────────────────────────

const EXAMPLES = ['informatienota', 'raadsmededeling', 'raadsvoorstel'] as const;
type Example = (typeof EXAMPLES)[number];

/** Each example under a name with spaces and letters outside ASCII, as a kenmerk and onderwerp give it. */
const fileName = (name: Example): string => `2026 ${name} – één.docx`;

function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text compared without spaces and hyphens: LibreOffice breaks lines and words where it likes. */
function squash(text: string): string {
  return text.replace(/[\s\u00ad\u2010-]+/g, '');
}

/** The section titles the memo should show, in the manifest's order, free sections at the free slot. */
function sectionTitles(memo: Memo, manifest: Manifest): string[] {
  const titles: string[] = [];
  for (const slot of manifest.secties) {
    if ('vrij' in slot) {
      for (const s of memo.secties) if (s.sleutel === undefined) titles.push(s.titel ?? '');
    } else if (memo.secties.some((s) => s.sleutel === slot.sleutel)) {
      titles.push(slot.titel);
    }
  }
  return titles;
}

/** The first words of a section's first paragraph or item, footnotes left out (they go to the foot of the page). */
function openingWords(inhoud: string): string {
  const first = /<(p|li|h[2-6]|caption|t[dh])\b[^>]*>(.*?)<\/\1>/s.exec(inhoud)?.[2] ?? inhoud;
  const text = stripTags(first.replace(/<span data-type="footnote">.*?<\/span>/g, ''));
  return text.split(' ').slice(0, 8).join(' ');
}

interface Converted {
  memo: Memo;
  manifest: Manifest;
  structure: PdfStructure;
  text: string;
}

describeWithTools(['soffice', 'pdftotext'], 'LibreOffice making the PDF of each example', () => {
  let dir = '';
  let out = '';
  let soffice = '';
  const progress: [number, number][] = [];
  const converted = new Map<Example, Converted>();
  let pdfs: string[] = [];

  beforeAll(async () => {
    dir = await makeTempDir();
    out = join(dir, 'pdf map ë');
    await mkdir(out);
    const found = findLibreOffice();
    if (found === undefined) throw new Error(whyNoLibreOffice());
    soffice = found;
    const { types } = await assets();
    const docx: string[] = [];
    const memos: Memo[] = [];
    for (const name of EXAMPLES) {
      const memo = typedMemo(JSON.parse(await readFile(examplePath(name), 'utf8')) as unknown, types);
      const file = join(dir, fileName(name));
      await writeFile(
        file,
        renderDocx(memo, await assets(), { createdAt: new Date('2026-10-13T09:00:00Z') }),
      );
      docx.push(file);
      memos.push(memo);
    }
    pdfs = await convertToPdf(docx, {
      soffice,
      outDir: out,
      onConverted: (done, total) => progress.push([done, total]),
    });
    for (const [i, name] of EXAMPLES.entries()) {
      const pdf = pdfs[i] ?? '';
      const memo = memos[i];
      if (memo === undefined) throw new Error(`no memo for ${name}`);
      const { stdout } = await run(requireTool('pdftotext'), ['-enc', 'UTF-8', pdf, '-'], {
        encoding: 'utf8',
      });
      converted.set(name, {
        memo,
        manifest: templateSet(types, memo.type).manifest,
        structure: await readPdfStructure(pdf),
        text: stdout,
      });
    }
  }, 240_000);

  afterAll(async () => {
    if (dir !== '') await removeTempDir(dir);
  });

  function result(name: Example): Converted {
    const r = converted.get(name);
    if (!r) throw new Error(`${name} was not converted`);
    return r;
  }

  it('converts all documents in one run into the folder asked, in their order, counting them as it goes', async () => {
    expect(pdfs).toEqual(EXAMPLES.map((name) => join(out, fileName(name).replace(/\.docx$/, '.pdf'))));
    expect((await readdir(out)).sort()).toEqual(
      EXAMPLES.map((n) => fileName(n).replace(/\.docx$/, '.pdf')).sort(),
    );
    expect(progress.at(-1)).toEqual([3, 3]);
    const counts = progress.map(([done]) => done);
    expect(counts).toEqual([...new Set(counts)].sort((a, b) => a - b));
    expect(progress.every(([, total]) => total === 3)).toBe(true);
    // LibreOffice's "convert" lines were read: there is progress before the end.
    expect(progress.length).toBeGreaterThan(1);
  });

  describe.each(EXAMPLES)('%s', (name) => {
    it('is tagged, declares PDF/A-2b and is in Dutch (nl-NL)', () => {
      const { structure } = result(name);
      expect(structure.marked).toBe(true);
      expect(structure.pdfa).toEqual({ part: '2', conformance: 'B' });
      expect(structure.language).toBe('nl-NL');
    });

    it('tags every section title and every sub-heading as a heading', () => {
      const { memo, manifest, structure } = result(name);
      const headings = allElements(structure.roots)
        .filter(isHeading)
        .map((e) => squash(e.text));
      const expected = sectionTitles(memo, manifest);
      expect(expected.length).toBeGreaterThan(3);
      for (const title of expected) {
        expect(
          headings.some((h) => h.endsWith(squash(title))),
          `"${title}" among ${headings.join(' | ')}`,
        ).toBe(true);
      }
      for (const section of memo.secties) {
        for (const m of section.inhoud.matchAll(/<h[2-6]>(.*?)<\/h[2-6]>/g)) {
          expect(headings).toContain(squash(stripTags(m[1] ?? '')));
        }
      }
    });

    it('tags each list of a section as L with its items as LI, and each table as Table', () => {
      const { memo, structure } = result(name);
      const elements = allElements(structure.roots);
      const lists = elements.filter((e) => e.role === 'L');
      const tables = elements.filter((e) => e.role === 'Table');
      for (const section of memo.secties) {
        for (const m of section.inhoud.matchAll(/<li>(.*?)<\/li>/gs)) {
          const item = squash(stripTags(m[1] ?? '')).slice(0, 40);
          expect(
            lists.some((l) => l.children.some((c) => c.role === 'LI' && squash(c.text).includes(item))),
            `list item "${item}" in ${section.titel ?? section.sleutel ?? ''}`,
          ).toBe(true);
        }
        for (const m of section.inhoud.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)) {
          const cell = squash(stripTags(m[1] ?? ''));
          expect(
            tables.some((t) => squash(t.text).includes(cell)),
            `table cell "${cell}"`,
          ).toBe(true);
        }
      }
    });

    it('shows every section title and the start of its text to pdftotext', () => {
      const { memo, manifest, text } = result(name);
      const all = squash(text);
      for (const title of sectionTitles(memo, manifest)) expect(all).toContain(squash(title));
      for (const section of memo.secties) {
        const opening = openingWords(section.inhoud);
        expect(all, `"${opening}"`).toContain(squash(opening));
      }
    });
  });

  it('runs two conversions at once, each with its own profile', async () => {
    const [a, b] = [join(dir, 'tegelijk a'), join(dir, 'tegelijk b')];
    await Promise.all([mkdir(a), mkdir(b)]);
    const source = join(dir, fileName('informatienota'));
    const made = await Promise.all(
      [a, b].map(async (folder) => {
        await copyFile(source, join(folder, 'nota.docx'));
        return convertToPdf([join(folder, 'nota.docx')], { soffice, outDir: folder });
      }),
    );
    for (const [i, folder] of [a, b].entries()) {
      expect(made[i]).toEqual([join(folder, 'nota.pdf')]);
      expect((await readPdfStructure(join(folder, 'nota.pdf'))).marked).toBe(true);
    }
  }, 120_000);

  it('names the document LibreOffice could not read, and writes none of the others', async () => {
    const folder = join(dir, 'kapot');
    await mkdir(folder);
    await copyFile(join(dir, fileName('raadsmededeling')), join(folder, 'goed.docx'));
    await writeFile(join(folder, 'stuk.docx'), 'PK\u0003\u0004 geen zip');
    const target = join(folder, 'uit');
    await mkdir(target);
    const error = await rejection(
      convertToPdf([join(folder, 'goed.docx'), join(folder, 'stuk.docx')], { soffice, outDir: target }),
    );
    expect(error.message).toMatch(
      /^LibreOffice heeft geen PDF gemaakt van "stuk\.docx" \(LibreOffice: Error: /,
    );
    expect(error.bestand).toBe(join(folder, 'stuk.docx'));
    expect(await readdir(target)).toEqual([]);
  }, 120_000);

  it.skipIf(posixOnly)(
    'stops a LibreOffice that runs out of time, with every process it started',
    async () => {
      const folder = join(dir, 'te laat');
      await mkdir(folder);
      await copyFile(join(dir, fileName('informatienota')), join(folder, 'nota.docx'));
      const error = await rejection(
        convertToPdf([join(folder, 'nota.docx')], { soffice, outDir: folder, timeoutMs: 300 }),
      );
      expect(error.message).toMatch(/^LibreOffice was na \d+ seconden? nog niet klaar/);
      // No process of ours is left: none names our document on its command line.
      const ours: string[] = [];
      for (const pid of await readdir('/proc')) {
        if (!/^\d+$/.test(pid) || gone(Number(pid))) continue;
        const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
        if (cmdline.includes(folder)) ours.push(`${pid}: ${cmdline.replace(/\0/g, ' ')}`);
      }
      expect(ours).toEqual([]);
      expect(await readdir(folder)).toEqual(['nota.docx']);
    },
    60_000,
  );
});
