// Pictures through the CLI: a memo file's folder is where its pictures are, whatever the working directory; and the
// DOCX with a picture is read by LibreOffice, which prints the picture on the page at most as wide as the text.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { elements, attr, firstElement, readDocx } from './helpers/docx.js';
import { CREATED_ISO, makeTempDir, removeTempDir, runCli, withKernboodschap } from './helpers/assets.js';
import { png } from './helpers/images.js';
import { describeWithTools, requireTool } from './helpers/tools.js';
import { TEXT_WIDTH } from '../templates/engine/docx-styles.js';

const run = promisify(execFile);

let dir: string;
let map: string;

beforeEach(async () => {
  dir = await makeTempDir();
  map = join(dir, 'nota');
  await mkdir(map);
});

afterEach(async () => {
  await removeTempDir(dir);
});

const FIGURE =
  '<p>Zo ziet de nieuwe afdeling eruit.</p><figure><img src="organogram.png" alt="Organogram van de afdeling Ruimte">' +
  '<figcaption>Figuur 1. Organogram</figcaption></figure>';

/** A memo file in the memo folder whose kernboodschap is `inhoud`; returns its path. */
async function memoFile(inhoud: string): Promise<string> {
  const file = join(map, 'nota.json');
  await writeFile(file, JSON.stringify(await withKernboodschap(inhoud)));
  return file;
}

/** Renders through the CLI from another working directory, so that only the memo file's folder can hold the picture. */
async function renderCli(file: string, out: string) {
  return runCli(['render', file, '--out', out, '--aangemaakt', CREATED_ISO], { cwd: dir });
}

describe('raadsnota render and validate with a picture', () => {
  it('take the picture from the memo file’s folder', async () => {
    await writeFile(join(map, 'organogram.png'), png(1500, 300));
    const out = join(dir, 'nota.docx');
    const result = await renderCli(await memoFile(FIGURE), out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const docx = readDocx(await readFile(out));
    const docPr = firstElement(docx.document, 'wp:docPr');
    expect(docPr && attr(docPr, 'descr')).toBe('Organogram van de afdeling Ruimte');
    expect(elements(docx.document, 'pic:pic')).toHaveLength(1);
    expect((await runCli(['validate', join(map, 'nota.json')], { cwd: dir })).code).toBe(0);
  });

  it('refuse a missing picture with exit 2, naming the section and the file, and write nothing', async () => {
    const file = await memoFile(FIGURE);
    const out = join(dir, 'nota.docx');
    for (const result of [await renderCli(file, out), await runCli(['validate', file], { cwd: dir })]) {
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `Sectie "Kernboodschap": afbeelding "organogram.png": het bestand bestaat niet in de map van de nota (${map})`,
      );
    }
    await expect(readFile(out)).rejects.toThrow();
  });
});

describeWithTools(['soffice', 'pdftotext', 'pdfimages'], 'LibreOffice printing a memo with a picture', () => {
  it('prints the picture on the page, no wider than the text, with its caption', async () => {
    await writeFile(join(map, 'organogram.png'), png(1500, 300));
    const out = join(dir, 'nota.docx');
    expect((await renderCli(await memoFile(FIGURE), out)).code).toBe(0);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await run(
      requireTool('soffice'),
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out],
      { timeout: 180_000 },
    );
    const pdf = join(dir, 'nota.pdf');
    const { stdout: list } = await run(requireTool('pdfimages'), ['-list', pdf], { encoding: 'utf8' });
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const rows = list
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cells) => cells.length >= 14);
    const picture = rows.find((cells) => cells[3] === '1500' && cells[4] === '300');
    expect(picture, `pdfimages lists no 1500 × 300 image:\n${list}`).toBeDefined();
    const page = Number(picture?.[0]);
    // Printed width in inches: pixels over pixels per inch; the text is TEXT_WIDTH twips, 1440 to the inch.
    const inches = 1500 / Number(picture?.[12]);
    expect(inches).toBeGreaterThan(6);
    expect(inches).toBeLessThanOrEqual(TEXT_WIDTH / 1440 + 0.01);
    const { stdout: text } = await run(
      requireTool('pdftotext'),
      ['-f', String(page), '-l', String(page), '-layout', '-enc', 'UTF-8', pdf, '-'],
      { encoding: 'utf8' },
    );
    expect(text).toContain('Figuur 1. Organogram');
  }, 240_000);
});
