// The raadsvoorstel is a memo type made of data alone: its manifest, template and partials in templates/. Rendered
// through the API as any caller would, the shipped example must read as a raadsvoorstel: its metadata, the numbered
// decisions under "Voorgestelde beslissing", the kanttekeningen counted a, b, c by the manifest's lijstnummering,
// and the raadsbesluit on a page of its own carrying the same decisions, numbered again from 1, after "besluit:".
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import type { Context } from '../api/context.js';
import { dispatch } from '../api/dispatch.js';
import { noBreakSpaces } from '../templates/engine/typography.js';
import { testContext } from './helpers/api.js';
import { CREATED_ISO, EXAMPLES, makeTempDir, removeTempDir, runCli } from './helpers/assets.js';
import {
  attr,
  elements,
  firstElement,
  paragraphText,
  parseXml,
  readDocx,
  type DocxPackage,
  type DocxParagraph,
} from './helpers/docx.js';
import { libreOfficeTexts } from './helpers/independent-readers.js';
import { describeWithTools, requireTool } from './helpers/tools.js';

const EXAMPLE = join(EXAMPLES, 'raadsvoorstel.json');

/** What the test reads of the example, to compare the document with. */
interface Example {
  onderwerp: string;
  beslissingen: string[];
  secties: { sleutel?: string; inhoud: string }[];
}

const KANTTEKENINGEN = ['Niet elke buurt krijgt wat zij vroeg.', 'Speeltoestellen worden duurder.'];

let dir: string;
let ctx: Context;

beforeEach(async () => {
  dir = await makeTempDir();
  ctx = testContext(dir);
});

afterEach(async () => {
  ctx.db.close();
  await removeTempDir(dir);
});

async function example(): Promise<Example> {
  return JSON.parse(await readFile(EXAMPLE, 'utf8')) as Example;
}

/** The example, with `changes` applied, rendered by `memos.render` as a file's content is given to it. */
async function renderExample(changes: Record<string, unknown> = {}): Promise<Uint8Array> {
  const raw = JSON.parse(await readFile(EXAMPLE, 'utf8')) as Record<string, unknown>;
  const nota = Object.fromEntries(
    Object.entries({ ...raw, ...changes }).filter(([, value]) => value !== undefined),
  );
  const result = await dispatch('memos.render', { nota, aangemaakt: CREATED_ISO }, ctx);
  if (!result.ok) throw new Error(`memos.render gaf ${result.error.code}: ${result.error.message}`);
  return Buffer.from(result.value.base64, 'base64');
}

/** The value beside a label in a table of the document: the paragraph after the label's. */
function rowValue(paragraphs: readonly DocxParagraph[], label: string, from = 0): string | undefined {
  const i = paragraphs.findIndex((p, index) => index >= from && p.inTable && p.text === label);
  return i === -1 ? undefined : paragraphs[i + 1]?.text;
}

/** How a numbered paragraph counts: the format of its level and the number its list instance starts at. */
function countingOf(docx: DocxPackage, paragraph: DocxParagraph): { format?: string; start?: string } {
  if (!paragraph.numbering) return {};
  const { numId, level } = paragraph.numbering;
  const numbering = parseXml(docx.part('word/numbering.xml'));
  const num = elements(numbering, 'w:num').find((n) => attr(n, 'w:numId') === numId);
  const abstractId = num && attr(firstElement(num, 'w:abstractNumId') ?? num, 'w:val');
  const abstract = elements(numbering, 'w:abstractNum').find(
    (a) => attr(a, 'w:abstractNumId') === abstractId,
  );
  const lvl = abstract && elements(abstract, 'w:lvl').find((l) => attr(l, 'w:ilvl') === String(level));
  const override = num && elements(num, 'w:lvlOverride').find((o) => attr(o, 'w:ilvl') === String(level));
  const value = (el: Element | undefined, name: string): string | undefined => {
    const found = el && firstElement(el, name);
    return found ? attr(found, 'w:val') : undefined;
  };
  return {
    format: value(lvl, 'w:numFmt'),
    start: value(override, 'w:startOverride') ?? value(lvl, 'w:start'),
  };
}

/** The paragraphs that follow the one with `text`, as many as asked. */
function after(paragraphs: readonly DocxParagraph[], text: string, count: number): DocxParagraph[] {
  const i = paragraphs.findIndex((p) => p.text === text);
  expect(i, text).toBeGreaterThanOrEqual(0);
  return paragraphs.slice(i + 1, i + 1 + count);
}

describe('the raadsvoorstel', () => {
  it('opens with its title and the metadata a griffie asks for, the date of the meeting written out', async () => {
    const docx = readDocx(await renderExample());
    const { onderwerp } = await example();
    const title = docx.paragraphs.find((p) => p.style === 'Title');
    expect(title?.text).toBe('Raadsvoorstel');
    const rows = docx.paragraphs;
    expect(rowValue(rows, 'Datum')).toBe(noBreakSpaces('20 oktober 2026'));
    expect(rowValue(rows, 'Onderwerp')).toBe(onderwerp);
    expect(rowValue(rows, 'Kenmerk')).toBe('2026-004633');
    expect(rowValue(rows, 'Portefeuillehouder')).toBe('Wethouder R. Hoekstra');
    expect(rowValue(rows, 'Raadsvergadering')).toBe(noBreakSpaces('26 november 2026'));
    expect(rowValue(rows, 'Agendapunt')).toBe('9');
    expect(rowValue(rows, 'Motie')).toBe(
      noBreakSpaces('M-28 ‘Spelen dicht bij huis’, aangenomen op 6 november 2025 (Begroting 2026)'),
    );
    expect(rowValue(rows, 'Informant')).toContain('Sanne de Wit');
  });

  it('numbers the proposed decisions 1, 2, 3, 4 and gives the raadsbesluit the same ones after "besluit:"', async () => {
    const docx = readDocx(await renderExample());
    const decisions = (await example()).beslissingen.map(noBreakSpaces);
    expect(decisions.length).toBeGreaterThanOrEqual(3);

    const proposed = after(docx.paragraphs, 'Wij stellen u voor:', decisions.length);
    const besluit = after(docx.paragraphs, 'besluit:', decisions.length);
    for (const list of [proposed, besluit]) {
      expect(list.map((p) => p.text)).toEqual(decisions);
      expect(new Set(list.map((p) => p.numbering?.numId)).size).toBe(1);
      expect(countingOf(docx, list[0] as DocxParagraph)).toEqual({ format: 'decimal', start: '1' });
    }
    // Its own list instance, so that the besluit counts from 1 again instead of going on at 5.
    expect(besluit[0]?.numbering?.numId).not.toBe(proposed[0]?.numbering?.numId);
    const headings = docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings.indexOf('Voorgestelde beslissing')).toBe(0);
    expect(headings.at(-1)).toBe('Raadsbesluit');
  });

  it('starts the raadsbesluit on a new page, after the signature, and closes it with the meeting and its signatories', async () => {
    const docx = readDocx(await renderExample());
    const body = elements(docx.document, 'w:p').map((p) => ({
      text: paragraphText(p),
      pageBreak: elements(p, 'w:br').some((br) => attr(br, 'w:type') === 'page'),
    }));
    const breaks = body.flatMap((p, i) => (p.pageBreak ? [i] : []));
    expect(breaks).toHaveLength(1);
    const at = breaks[0] ?? -1;
    const before = body.slice(0, at).filter((p) => p.text !== '');
    const next = body.slice(at + 1).filter((p) => p.text !== '');
    expect(before.at(-1)?.text).toContain('drs. M. Kaya, secretaris');
    expect(next[0]?.text).toBe('Raadsbesluit');
    const texts = next.map((p) => p.text);
    expect(texts).toContain('De raad van de gemeente Voorbeeld;');
    expect(texts).toContain(
      noBreakSpaces(
        'gelezen het voorstel van burgemeester en wethouders van 20 oktober 2026, nr. 2026-004633;',
      ),
    );
    expect(texts).toContain(noBreakSpaces('gelet op artikel 189 van de Gemeentewet;'));
    expect(texts.indexOf('besluit:')).toBeGreaterThan(texts.indexOf('De raad van de gemeente Voorbeeld;'));
    expect(texts).toContain(
      noBreakSpaces('\nAldus besloten in de openbare vergadering van 26 november 2026.'),
    );
    expect(texts.some((t) => t.startsWith('de voorzitter,') && t.endsWith('mr. J.A. de Boer'))).toBe(true);
    expect(texts.some((t) => t.startsWith('de griffier,') && t.endsWith('E. van Dijk MSc'))).toBe(true);
  });

  it('counts the kanttekeningen a, b, c, as the manifest says, though the writer gave a plain list', async () => {
    const { secties } = await example();
    const kanttekeningen = secties.find((s) => s.sleutel === 'kanttekeningen');
    expect(kanttekeningen?.inhoud.startsWith('<ol>')).toBe(true);
    const docx = readDocx(await renderExample());
    const items = docx.paragraphs.filter((p) => KANTTEKENINGEN.some((k) => p.text.startsWith(k)));
    expect(items).toHaveLength(KANTTEKENINGEN.length);
    expect(countingOf(docx, items[0] as DocxParagraph)).toEqual({ format: 'lowerLetter', start: '1' });
    // The decisions and the argumenten's lists keep counting 1, 2, 3: the lijstnummering is the section's alone.
    const [decision] = after(docx.paragraphs, 'Wij stellen u voor:', 1);
    expect(countingOf(docx, decision as DocxParagraph).format).toBe('decimal');
  });

  it('prints every field a writer may give it, and leaves out only the lines of fields not given', async () => {
    const bytes = await renderExample({
      agendapunt: undefined,
      bundelnummer: 'B-2026-41',
      geletOp: undefined,
      moties: [
        {
          nummer: 'M-28',
          titel: 'Spelen dicht bij huis',
          datumAangenomen: '2025-11-06',
          vergadering: 'Begroting 2026',
        },
        {
          nummer: 'M-03',
          titel: 'Schaduw op het schoolplein',
          datumAangenomen: '2026-07-02',
          vergadering: 'Voorjaarsnota 2026',
        },
      ],
      toezeggingen: [
        {
          nummer: '87',
          omschrijving: 'de raad te laten weten welke buurten later aan de beurt zijn',
          gedaanOp: '2026-05-12',
          vergadering: 'commissie Ruimte',
          gedaanDoor: 'wethouder Hoekstra',
        },
      ],
      voorgesteldBesluit: 'het verslag van de buurtgesprekken.',
    });
    const docx = readDocx(bytes);
    const rows = docx.paragraphs;
    expect(rowValue(rows, 'Bundelnummer')).toBe('B-2026-41');
    expect(rows.some((p) => p.inTable && p.text === 'Agendapunt')).toBe(false);
    expect(rowValue(rows, 'Moties')).toBe(
      noBreakSpaces(
        'M-28 ‘Spelen dicht bij huis’, aangenomen op 6 november 2025 (Begroting 2026)\n' +
          'M-03 ‘Schaduw op het schoolplein’, aangenomen op 2 juli 2026 (Voorjaarsnota 2026)',
      ),
    );
    expect(rowValue(rows, 'Toezegging')).toBe(
      noBreakSpaces(
        '87 ‘de raad te laten weten welke buurten later aan de beurt zijn’, gedaan op 12 mei 2026 ' +
          'door wethouder Hoekstra (commissie Ruimte)',
      ),
    );
    // The raadsbesluit names the bundelnummer too, beside its kenmerk.
    expect(
      rowValue(
        rows,
        'Bundelnummer',
        rows.findIndex((p) => p.text === 'Raadsbesluit'),
      ),
    ).toBe('B-2026-41');
    // A voorgesteld besluit is the object of "kennis te nemen van": in a raadsvoorstel, one more decision.
    const decisions = [
      ...(await example()).beslissingen,
      'kennis te nemen van het verslag van de buurtgesprekken.',
    ].map(noBreakSpaces);
    expect(after(rows, 'Wij stellen u voor:', decisions.length).map((p) => p.text)).toEqual(decisions);
    expect(after(rows, 'besluit:', decisions.length).map((p) => p.text)).toEqual(decisions);
    expect(rows.some((p) => p.text.startsWith('gelet op'))).toBe(false);
  });

  it('is written by `raadsnota render` as the issue asks', async () => {
    const out = join(dir, 'r.docx');
    const result = await runCli(['render', EXAMPLE, '--out', out, '--aangemaakt', CREATED_ISO]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const docx = readDocx(await readFile(out));
    expect(after(docx.paragraphs, 'besluit:', 1)[0]?.text).toBe(
      noBreakSpaces((await example()).beslissingen[0] ?? ''),
    );
  });

  it('is one of the three types `raadsnota types` lists, with its fields and sections', async () => {
    const result = await runCli(['types']);
    expect(result.code).toBe(0);
    const types = result.stdout.split('\n').filter((line) => /^\S/.test(line));
    expect(types).toEqual([
      'informatienota: Informatienota voor de raad',
      'raadsmededeling: Raadsmededeling',
      'raadsvoorstel: Raadsvoorstel',
    ]);
    expect(result.stdout).toMatch(/Voorgestelde beslissing \(beslissingen, verplicht\)/);
    expect(result.stdout).toMatch(/Kanttekeningen\*/);
  });
});

describeWithTools(['soffice', 'pdftotext'], 'the raadsvoorstel as LibreOffice prints it', () => {
  it('shows the decisions as 1. to 4. twice, the kanttekeningen as a. to c., and the raadsbesluit on a page of its own', async () => {
    const file = join(dir, 'raadsvoorstel.docx');
    await writeFile(file, await renderExample());
    const [text] = await libreOfficeTexts(requireTool('soffice'), requireTool('pdftotext'), dir, [file]);
    const pages = (text ?? '').split('\f').filter((page) => page.trim() !== '');
    const lines = (page: string): string[] =>
      page.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
    // pdftotext may put a list's number on a line of its own; what a reader sees is the text in this order.
    const flat = pages.flatMap(lines).join(' ').replace(/\s+/g, ' ');
    const occurrences = (shown: string): number => flat.split(shown).length - 1;
    const decisions = (await example()).beslissingen;
    decisions.forEach((decision, i) => {
      expect(occurrences(`${i + 1}. ${decision}`), decision).toBe(2);
    });
    expect(occurrences(`a. ${KANTTEKENINGEN[0] ?? ''}`)).toBe(1);
    expect(occurrences(`b. ${KANTTEKENINGEN[1] ?? ''}`)).toBe(1);
    expect(occurrences('c. Een speelplek')).toBe(1);

    const last = lines(pages.at(-1) ?? '');
    expect(last).toContain('Raadsbesluit');
    expect(last).toContain('besluit:');
    expect(last.indexOf('besluit:')).toBeGreaterThan(last.indexOf('Raadsbesluit'));
    expect(last.join(' ').replace(/\s+/g, ' ')).toContain(`besluit: 1. ${decisions[0] ?? ''}`);
    expect(last).not.toContain('Openbaarheid');
    expect(lines(pages.at(-2) ?? '')).toContain('drs. M. Kaya, secretaris');
  });
});
