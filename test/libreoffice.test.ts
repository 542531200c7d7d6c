// An independent reader: LibreOffice opens the DOCX we render and prints it to PDF, poppler reads the PDF back as
// text. What these tests find is what a council member would see, not what our own XML says.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssets } from '../templates/engine/load.js';
import { templateSet } from '../templates/engine/memo-types.js';
import type { Manifest } from '../core/model/manifest.js';
import { knownHeadings, parseShipped } from './helpers/assets.js';
import type { Memo } from '../core/model/memo.js';
import { renderDocx, type RenderAssets } from '../templates/engine/render.js';
import { describeWithTools, projectRoot, requireTool } from './helpers/tools.js';
import type { Overzicht } from '../core/model/overzicht.js';
import { renderOverzichtDocx } from '../templates/engine/overzicht.js';

const run = promisify(execFile);

const EXAMPLES = ['informatienota', 'raadsmededeling'] as const;
type Example = (typeof EXAMPLES)[number];

interface Reading {
  memo: Memo;
  manifest: Manifest;
  /** pdftotext -layout output, split at its form feeds: one string per page. */
  pages: string[];
  text: string;
  info: Map<string, string>;
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "2025-11-06" → "6 november 2025", written here rather than taken from the engine. */
function dutchDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${String(day)} ${MONTHS[(month ?? 0) - 1] ?? '?'} ${String(year)}`;
}

/** Whitespace collapsed and words that LibreOffice broke after a hyphen joined again ("A-\ndiploma"). */
function flat(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/(\S-) (?=\S)/g, '$1')
    .trim();
}

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim());
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '').trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The headings the memo should show, in the manifest's order, free sections at the free slot, numbered if asked. */
function expectedHeadings(memo: Memo, manifest: Manifest): string[] {
  const titles: string[] = [];
  for (const slot of manifest.secties) {
    if ('vrij' in slot) {
      titles.push(...memo.secties.filter((s) => s.sleutel === undefined).map((s) => s.titel ?? ''));
    } else if (memo.secties.some((s) => s.sleutel === slot.sleutel)) {
      titles.push(slot.titel);
    }
  }
  return manifest.nummering ? titles.map((t, i) => `${String(i + 1)}. ${t}`) : titles;
}

function withoutNumber(heading: string): string {
  return heading.replace(/^\d+\. /, '');
}

function footnotes(memo: Memo): { section: Memo['secties'][number]; text: string }[] {
  return memo.secties.flatMap((section) =>
    [...section.inhoud.matchAll(/<span data-type="footnote">(.*?)<\/span>/g)].map((m) => ({
      section,
      text: stripTags(m[1] ?? ''),
    })),
  );
}

function tableRows(memo: Memo): string[][] {
  return memo.secties.flatMap((section) =>
    [...section.inhoud.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
      [...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) => stripTags(cell[1] ?? '')),
    ),
  );
}

// Two overdue items and one that runs on: the overdue ones (earliest termijn first) must lead the list.
const OVERZICHT: Overzicht = {
  peildatum: '2026-06-01',
  items: [
    {
      soort: 'motie',
      nummer: 'M-32',
      onderwerp: 'Bankjes langs de rivier',
      vergadering: 'Raad 2 april 2026',
      status: 'open',
      termijn: '2026-12-01',
      teLaat: false,
    },
    {
      soort: 'motie',
      nummer: 'M-30',
      onderwerp: 'Veilige oversteek bij de school',
      vergadering: 'Raad 2 april 2026',
      status: 'in behandeling',
      termijn: '2026-05-01',
      teLaat: true,
      portefeuillehouder: 'Wethouder Smit',
    },
    {
      soort: 'motie',
      nummer: 'M-31',
      onderwerp: 'Meer bomen in de wijk',
      vergadering: 'Raad 2 april 2026',
      status: 'open',
      termijn: '2026-04-15',
      teLaat: true,
    },
  ],
};

describeWithTools(['soffice', 'pdftotext', 'pdfinfo'], 'LibreOffice reading the rendered examples', () => {
  let dir = '';
  let assets: RenderAssets | undefined;
  const readings = new Map<Example, Reading>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'raadsnota-libreoffice-'));
    assets = await loadAssets(
      join(projectRoot, 'templates'),
      join(projectRoot, 'templates/huisstijl/gemeente-voorbeeld'),
    );
    const { types } = assets;
    const memos = new Map<Example, Memo>();
    const docxFiles: string[] = [];
    for (const name of EXAMPLES) {
      const raw = JSON.parse(
        await readFile(join(projectRoot, 'examples', `${name}.json`), 'utf8'),
      ) as unknown;
      const memo = parseShipped(raw);
      const bytes = renderDocx(memo, assets, { createdAt: new Date('2026-10-13T09:00:00Z') });
      const file = join(dir, `${name}.docx`);
      await writeFile(file, bytes);
      memos.set(name, memo);
      docxFiles.push(file);
    }
    const overzichtFile = join(dir, 'stand-van-zaken.docx');
    await writeFile(
      overzichtFile,
      renderOverzichtDocx(OVERZICHT, assets, { createdAt: new Date('2026-10-13T09:00:00Z') }),
    );
    docxFiles.push(overzichtFile);

    // One soffice call for both documents, with a profile of its own: concurrent soffice processes that share a
    // profile wait for each other or fail.
    const profile = pathToFileURL(join(dir, 'profile-1')).href;
    const soffice = await run(
      requireTool('soffice'),
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...docxFiles,
      ],
      { timeout: 180_000 },
    );

    for (const name of EXAMPLES) {
      const pdf = join(dir, `${name}.pdf`);
      const made = await stat(pdf).catch(() => undefined);
      if (!made?.isFile()) {
        throw new Error(`soffice wrote no ${name}.pdf\nstdout: ${soffice.stdout}\nstderr: ${soffice.stderr}`);
      }
      const [{ stdout: text }, { stdout: infoText }] = await Promise.all([
        run(requireTool('pdftotext'), ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }),
        run(requireTool('pdfinfo'), ['-enc', 'UTF-8', pdf], { encoding: 'utf8' }),
      ]);
      const info = new Map(
        infoText
          .split('\n')
          .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
          .filter((m) => m !== null)
          .map((m) => [m[1] ?? '', m[2] ?? ''] as const),
      );
      const memo = memos.get(name);
      if (!memo) throw new Error(`no memo for ${name}`);
      readings.set(name, {
        memo,
        manifest: templateSet(types, memo.type).manifest,
        pages: text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== ''),
        text,
        info,
      });
    }
  }, 240_000);

  afterAll(async () => {
    if (dir !== '') await rm(dir, { recursive: true, force: true });
  });

  it('opens the stand van zaken, with the overdue items first in the list of all items', async () => {
    const { stdout } = await run(
      requireTool('pdftotext'),
      ['-layout', '-enc', 'UTF-8', join(dir, 'stand-van-zaken.pdf'), '-'],
      {
        encoding: 'utf8',
      },
    );
    expect(stdout).toContain('Stand van zaken moties en toezeggingen');
    const all = stdout.slice(stdout.indexOf('Alle moties en toezeggingen'));
    const order = ['M-31', 'M-30', 'M-32'].map((nummer) => all.indexOf(nummer));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(all).toMatch(/te laat/);
  });

  function huisstijl(): RenderAssets['huisstijl'] {
    if (!assets) throw new Error('assets were not loaded');
    return assets.huisstijl;
  }

  function reading(name: Example): Reading {
    const r = readings.get(name);
    if (!r) throw new Error(`${name} was not converted`);
    return r;
  }

  describe.each(EXAMPLES)('%s', (name) => {
    it('is printed on A4 and runs over more than one page', () => {
      const { info, pages } = reading(name);
      const size = /^([\d.]+) x ([\d.]+) pts/.exec(info.get('Page size') ?? '');
      expect(size, `pdfinfo page size: ${info.get('Page size') ?? '(none)'}`).not.toBeNull();
      expect(Number(size?.[1])).toBeCloseTo(595.3, 0);
      expect(Number(size?.[2])).toBeCloseTo(841.9, 0);
      const count = Number(info.get('Pages'));
      expect(count).toBeGreaterThan(1);
      expect(pages).toHaveLength(count);
    });

    it('shows "pagina X van Y" on every page', () => {
      const { pages } = reading(name);
      pages.forEach((page, i) => {
        expect(flat(page), `page ${String(i + 1)}`).toContain(
          `pagina ${String(i + 1)} van ${String(pages.length)}`,
        );
      });
    });

    it('has the letterhead with the gemeente and its address on the first page only', () => {
      const { pages, manifest } = reading(name);
      const { gemeente, adres } = huisstijl();
      const first = flat(pages[0] ?? '');
      const title = first.indexOf(manifest.titel);
      expect(title).toBeGreaterThan(0);
      const letterhead = first.slice(0, title);
      expect(letterhead).toContain(gemeente);
      for (const line of adres) expect(letterhead).toContain(line);
      for (const page of pages.slice(1)) expect(flat(page)).not.toContain(adres[0]);
    });

    it('shows the onderwerp and the datum in the metadata table, and the onderwerp as the PDF title', () => {
      const { memo, pages, info } = reading(name);
      const first = flat(pages[0] ?? '');
      expect(first).toContain(`Onderwerp ${flat(memo.onderwerp)}`);
      expect(first).toContain(`Datum ${dutchDate(memo.datum)}`);
      expect(info.get('Title')).toBe(memo.onderwerp);
    });

    it('repeats onderwerp, datum and kenmerk at the top of the following pages', () => {
      const { memo, pages } = reading(name);
      for (const page of pages.slice(1)) {
        const top = flat(page.trimStart().split('\n').slice(0, 3).join('\n'));
        expect(top).toContain(memo.onderwerp);
        expect(top).toContain(`Datum ${dutchDate(memo.datum)}`);
        expect(top).toContain(memo.kenmerk);
      }
    });

    it('shows every section heading on a line of its own, in manifest order, numbered when the manifest says so', () => {
      const { memo, manifest, text } = reading(name);
      const expected = expectedHeadings(memo, manifest);
      // The examples must exercise every required section, or this test would prove less than it says.
      expect(expected.map(withoutNumber)).toEqual(expect.arrayContaining(knownHeadings(manifest).required));
      if (manifest.nummering) expect(expected[0]).toMatch(/^1\. /);

      const all = lines(text);
      let from = 0;
      for (const heading of expected) {
        const at = all.indexOf(heading, from);
        expect(at, `heading "${heading}" after line ${String(from)}`).toBeGreaterThanOrEqual(0);
        from = at + 1;
      }
      // Sub-headings inside a section keep their own text and get no number.
      for (const section of memo.secties) {
        for (const m of section.inhoud.matchAll(/<h[23]>(.*?)<\/h[23]>/g)) {
          expect(all).toContain(stripTags(m[1] ?? ''));
        }
      }
    });

    it('says "Wij stellen u voor kennis te nemen van" with every motie and toezegging the memo answers', () => {
      const { memo, manifest, text } = reading(name);
      expect(memo.moties.length + memo.toezeggingen.length).toBeGreaterThan(0);
      const all = flat(text);
      const start = all.indexOf('Wij stellen u voor kennis te nemen van:');
      expect(start).toBeGreaterThanOrEqual(0);
      const firstHeading = expectedHeadings(memo, manifest)[0] ?? '';
      const end = all.indexOf(` ${firstHeading} `, start);
      expect(end).toBeGreaterThan(start);
      const sentence = all.slice(start, end);
      for (const m of memo.moties) {
        expect(sentence).toContain(`motie ${m.nummer} ‘${m.titel}’`);
        expect(sentence).toContain(`aangenomen op ${dutchDate(m.datumAangenomen)}, ${m.vergadering}`);
      }
      for (const t of memo.toezeggingen) {
        expect(sentence).toContain(`toezegging ${t.nummer} ‘${flat(t.omschrijving)}’`);
        expect(sentence).toContain(`gedaan op ${dutchDate(t.gedaanOp)}`);
        expect(sentence).toContain(t.vergadering);
      }
    });

    it('ends with the signature of the college', () => {
      const { text } = reading(name);
      const { plaatsnaam, ondertekening } = huisstijl();
      const all = flat(text);
      const college = all.lastIndexOf(`Burgemeester en wethouders van ${plaatsnaam},`);
      expect(college).toBeGreaterThan(0);
      const after = all.slice(college);
      expect(after).toContain(`${ondertekening.burgemeester.naam}, burgemeester`);
      expect(after).toContain(`${ondertekening.secretaris.naam}, secretaris`);
    });
  });

  it('puts the footnote at the foot of the page of the section that refers to it', () => {
    const { memo, manifest, pages } = reading('informatienota');
    const notes = footnotes(memo);
    expect(notes.length).toBeGreaterThan(0);
    notes.forEach((note, index) => {
      const page = pages.findIndex((p) => flat(p).includes(flat(note.text)));
      expect(page, `footnote "${note.text}"`).toBeGreaterThanOrEqual(0);
      const heading = manifest.secties.find((s) => 'sleutel' in s && s.sleutel === note.section.sleutel);
      const title = heading && 'titel' in heading ? heading.titel : (note.section.titel ?? '');
      const pageLines = lines(pages[page] ?? '');
      const headingAt = pageLines.indexOf(title);
      const noteAt = pageLines.findIndex((l) => flat(l).includes(flat(note.text).slice(0, 30)));
      expect(headingAt, `heading "${title}" on the footnote's page`).toBeGreaterThanOrEqual(0);
      expect(noteAt).toBeGreaterThan(headingAt);
      // The footnote is introduced by its number, as Word and LibreOffice print it.
      expect(flat(pages[page] ?? '')).toMatch(
        new RegExp(`\\b${String(index + 1)} ${escapeRegExp(flat(note.text))}`),
      );
    });
  });

  it('keeps every table row on one line with its cells in column order', () => {
    const { memo, text } = reading('informatienota');
    const rows = tableRows(memo);
    expect(rows.length).toBeGreaterThan(1);
    const all = lines(text);
    for (const cells of rows) {
      const row = new RegExp(`^${cells.map(escapeRegExp).join('\\s{2,}')}$`);
      expect(
        all.some((l) => row.test(l)),
        `row ${cells.join(' | ')}`,
      ).toBe(true);
    }
  });

  it('adds the besluit page of the council after the informatienota, with voorzitter and griffier', () => {
    const { memo, pages } = reading('informatienota');
    expect(memo.type === 'informatienota' && memo.raadsbesluit !== undefined).toBe(true);
    const last = flat(pages.at(-1) ?? '');
    expect(lines(pages.at(-1) ?? '')).toContain('Besluit van de raad');
    const { plaatsnaam, ondertekening } = huisstijl();
    expect(last).toContain(`De raad van de gemeente ${plaatsnaam};`);
    expect(last).toContain(
      `gelezen het voorstel van burgemeester en wethouders d.d. ${dutchDate(memo.datum)};`,
    );
    expect(last).toContain(`de voorzitter, ${ondertekening.burgemeester.naam}`);
    expect(last).toContain(`de griffier, ${ondertekening.griffier?.naam ?? '(geen griffier)'}`);
  });
});
