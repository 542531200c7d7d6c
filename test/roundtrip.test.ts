import { parseDocument } from 'htmlparser2';
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Memo } from '../core/model/memo.js';
import { formatDutchDate as writtenDate } from '../core/dutch-date.js';
import { noBreakSpaces } from '../templates/engine/typography.js';
import { sectionVelden, type Manifest } from '../core/model/manifest.js';
import { financienZinnen, type Financien } from '../core/model/financien.js';
import { openbaarheidZinnen, type Openbaarheid } from '../core/model/openbaarheid.js';
import type { RenderAssets } from '../templates/engine/render.js';
import {
  assets,
  baseMemo,
  manifestOf,
  renderAndRead,
  SHIPPED_TYPES,
  type ShippedType,
  type ShippedMemo,
} from './helpers/assets.js';
import {
  attr,
  elements,
  firstElement,
  paragraphText,
  textOf,
  type DocxPackage,
  type DocxParagraph,
} from './helpers/docx.js';

/**
 * What a reader of the source HTML expects to see, worked out here from the HTML alone (not with the engine's own
 * parser): one entry per Word paragraph the section should become.
 */
interface Expected {
  style: string | undefined;
  text: string;
  level?: number;
  inTable?: boolean;
  footnotes?: string[];
}

/** Whitespace as HTML shows it, and the no-break spaces the engine puts in (typography.ts, its own tests). */
const squash = (text: string): string => noBreakSpaces(text.replace(/[ \t\n\r\f]+/g, ' ').trim());
/** A date as the document prints it: written out, with no-break spaces between day, month and year. */
const formatDutchDate = (iso: string): string => noBreakSpaces(writtenDate(iso));

function isFootnote(node: ChildNode): boolean {
  return isTag(node) && node.name === 'span' && node.attribs['data-type'] === 'footnote';
}

/** Text of inline content, footnotes left out, nested lists left out. */
function inlineText(nodes: readonly ChildNode[]): string {
  return nodes
    .map((node) => {
      if (isText(node)) return node.data;
      if (!isTag(node) || isFootnote(node) || node.name === 'ul' || node.name === 'ol') return '';
      return inlineText(node.children);
    })
    .join('');
}

function footnotesIn(nodes: readonly ChildNode[]): string[] {
  return nodes.flatMap((node) => {
    if (isFootnote(node) && isTag(node)) return [squash(inlineText(node.children))];
    return isTag(node) ? footnotesIn(node.children) : [];
  });
}

function expectedFromHtml(html: string): Expected[] {
  const out: Expected[] = [];
  const list = (el: Element, level: number): void => {
    for (const li of el.children.filter(isTag)) {
      const notes = footnotesIn(
        li.children.filter((c) => !(isTag(c) && (c.name === 'ul' || c.name === 'ol'))),
      );
      out.push({
        style: el.name === 'ol' ? 'ListNumber' : 'ListBullet',
        text: squash(inlineText(li.children)),
        level,
        ...(notes.length ? { footnotes: notes } : {}),
      });
      for (const nested of li.children.filter(isTag)) {
        if (nested.name === 'ul' || nested.name === 'ol') list(nested, level + 1);
      }
    }
  };
  const walk = (nodes: readonly ChildNode[]): void => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      switch (node.name) {
        case 'p':
        case 'h2':
        case 'h3': {
          const notes = footnotesIn(node.children);
          out.push({
            style: node.name === 'p' ? undefined : `Heading${node.name.slice(1)}`,
            text: squash(inlineText(node.children)),
            ...(notes.length ? { footnotes: notes } : {}),
          });
          break;
        }
        case 'ul':
        case 'ol':
          list(node, 0);
          break;
        case 'table':
          for (const cell of elementsNamed(node, ['th', 'td'])) {
            out.push({ style: undefined, text: squash(inlineText(cell.children)), inTable: true });
          }
          break;
        default:
          throw new Error(`the test's reader does not know <${node.name}>; extend it`);
      }
    }
  };
  walk(parseDocument(html).children);
  return out;
}

function elementsNamed(root: { children: ChildNode[] }, names: readonly string[]): Element[] {
  return root.children
    .filter(isTag)
    .flatMap((el) => (names.includes(el.name) ? [el] : elementsNamed(el, names)));
}

function sourceElements(memo: Memo, name: string): Element[] {
  return memo.secties.flatMap((s) => elementsNamed(parseDocument(s.inhoud), [name]));
}

/** Section titles in the order the manifest gives, free sections at the free slot, numbered where it says so. */
/** What a veld printed in a section says at its top (see Veld's `sectie`), as the paragraphs of HTML it reads as. */
function choiceHtml(memo: Memo, manifest: Manifest, sleutel: string): string {
  const veld = sectionVelden(manifest).get(sleutel);
  const value = veld && memo[veld.naam];
  if (veld === undefined || value === undefined) return '';
  const lines =
    veld.soort === 'openbaarheid'
      ? openbaarheidZinnen(value as Openbaarheid)
      : financienZinnen(value as Financien);
  return lines.map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
}

function expectedSectionOrder(memo: Memo, manifest: Manifest): { titel: string; html: string }[] {
  const ordered = manifest.secties.flatMap((slot) => {
    if ('vrij' in slot) {
      return memo.secties
        .filter((s) => s.sleutel === undefined)
        .map((s) => ({ titel: s.titel ?? '', html: s.inhoud }));
    }
    const given = memo.secties.find((s) => s.sleutel === slot.sleutel);
    const chosen = choiceHtml(memo, manifest, slot.sleutel);
    return given || chosen !== '' ? [{ titel: slot.titel, html: chosen + (given?.inhoud ?? '') }] : [];
  });
  return manifest.nummering ? ordered.map((s, i) => ({ ...s, titel: `${i + 1}. ${s.titel}` })) : ordered;
}

function actual(p: DocxParagraph, docx: DocxPackage): Expected {
  const notes = p.footnoteIds.map(
    (id) => docx.footnotes.find((f) => f.id === id)?.text ?? `(no footnote ${id})`,
  );
  return {
    style: p.style,
    text: p.text,
    ...(p.numbering ? { level: p.numbering.level } : {}),
    ...(p.inTable ? { inTable: true } : {}),
    ...(notes.length ? { footnotes: notes } : {}),
  };
}

interface Rendered {
  memo: Memo;
  manifest: Manifest;
  loaded: RenderAssets;
  docx: DocxPackage;
}

const rendered = {} as Record<ShippedType, Rendered>;

beforeAll(async () => {
  for (const type of SHIPPED_TYPES) {
    const memo = await baseMemo(type);
    rendered[type] = {
      memo,
      manifest: await manifestOf(type),
      loaded: await assets(),
      docx: await renderAndRead(memo),
    };
  }
});

describe.each(SHIPPED_TYPES)('examples/%s.json, rendered and read back', (type) => {
  it('opens with the document title in Word’s Title style, and has no other Title', () => {
    const { docx, manifest } = rendered[type];
    expect(docx.paragraphs[0]).toMatchObject({ style: 'Title', text: manifest.titel });
    expect(docx.paragraphs.filter((p) => p.style === 'Title')).toHaveLength(1);
  });

  it('has every section title as Heading1, in manifest order', () => {
    const { docx, manifest, memo } = rendered[type];
    const expected = expectedSectionOrder(memo, manifest).map((s) => s.titel);
    const headings = docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    const besluit = memo.type === 'informatienota' && memo.raadsbesluit ? ['Besluit van de raad'] : [];
    expect(headings).toEqual([...expected, ...besluit]);
  });

  it('has every paragraph, sub-heading, list item and table cell of every section, in order', () => {
    const { docx, manifest, memo, loaded } = rendered[type];
    const sections = expectedSectionOrder(memo, manifest);
    let checked = 0;
    sections.forEach((section, i) => {
      const start = docx.paragraphs.findIndex((p) => p.style === 'Heading1' && p.text === section.titel);
      expect(start, section.titel).toBeGreaterThan(0);
      const expected = expectedFromHtml(section.html);
      const last = i === sections.length - 1;
      const end = last
        ? start + 1 + expected.length
        : docx.paragraphs.findIndex((p, j) => j > start && p.style === 'Heading1');
      const got = docx.paragraphs.slice(start + 1, end).map((p) => actual(p, docx));
      expect(got, section.titel).toEqual(expected);
      if (last) {
        expect(docx.paragraphs[end]?.text.trim()).toBe(
          `Burgemeester en wethouders van ${loaded.huisstijl.plaatsnaam},`,
        );
      }
      checked += expected.length;
    });
    expect(checked).toBeGreaterThan(sections.length);
  });

  it('makes every <h2> in the rich text a Heading2', () => {
    const { docx, memo } = rendered[type];
    const source = sourceElements(memo, 'h2').map((h) => squash(inlineText(h.children)));
    expect(docx.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(source);
  });

  it('defines the styles it uses as Word’s built-in ones, headings with an outline level', () => {
    const { docx } = rendered[type];
    const styles = elements(docx.dom('word/styles.xml'), 'w:style');
    const byId = (id: string): (typeof styles)[number] | undefined =>
      styles.find((s) => attr(s, 'w:styleId') === id);
    const nameOf = (id: string): string | undefined => {
      const style = byId(id);
      const name = style && firstElement(style, 'w:name');
      return name && attr(name, 'w:val');
    };
    expect(nameOf('Title')).toBe('Title');
    expect(nameOf('Heading1')).toBe('heading 1');
    expect(nameOf('Heading2')).toBe('heading 2');
    expect(nameOf('ListBullet')).toBe('List Bullet');
    expect(nameOf('ListNumber')).toBe('List Number');
    expect(nameOf('TableGrid')).toBe('Table Grid');
    for (const [id, level] of [
      ['Heading1', '0'],
      ['Heading2', '1'],
    ] as const) {
      const style = byId(id);
      const outline = style && firstElement(style, 'w:outlineLvl');
      expect(outline && attr(outline, 'w:val'), id).toBe(level);
    }
    const used = new Set(docx.paragraphs.flatMap((p) => (p.style ? [p.style] : [])));
    for (const id of used) expect(byId(id), id).toBeDefined();
  });

  it('writes list items as ListBullet / ListNumber paragraphs with w:numPr, one per source <li>', () => {
    const { docx, memo } = rendered[type];
    const items = (listName: string): number =>
      sourceElements(memo, listName).reduce((n, list) => n + list.children.filter(isTag).length, 0);
    const bullets = docx.paragraphs.filter((p) => p.style === 'ListBullet');
    const numbers = docx.paragraphs.filter((p) => p.style === 'ListNumber');
    expect(bullets.length + numbers.length).toBeGreaterThan(0);
    expect(bullets).toHaveLength(items('ul'));
    expect(numbers).toHaveLength(items('ol'));
    for (const p of [...bullets, ...numbers]) expect(p.numbering, p.text).toBeDefined();
    expect(docx.paragraphs.filter((p) => p.numbering && !p.style?.startsWith('List'))).toEqual([]);
  });

  it('numbers the ListNumber items with a decimal list and bullets the ListBullet ones', () => {
    const { docx } = rendered[type];
    const numbering = docx.dom('word/numbering.xml');
    const formatOf = (numId: string, level: number): string | undefined => {
      const num = elements(numbering, 'w:num').find((n) => attr(n, 'w:numId') === numId);
      const abstractRef = num && firstElement(num, 'w:abstractNumId');
      const abstractId = abstractRef && attr(abstractRef, 'w:val');
      const abstract = elements(numbering, 'w:abstractNum').find(
        (a) => attr(a, 'w:abstractNumId') === abstractId,
      );
      const lvl = abstract && elements(abstract, 'w:lvl').find((l) => attr(l, 'w:ilvl') === String(level));
      const fmt = lvl && firstElement(lvl, 'w:numFmt');
      return fmt && attr(fmt, 'w:val');
    };
    for (const p of docx.paragraphs) {
      if (!p.numbering) continue;
      expect(formatOf(p.numbering.numId, p.numbering.level), p.text).toBe(
        p.style === 'ListNumber'
          ? (['decimal', 'lowerLetter', 'lowerRoman'][p.numbering.level % 3] ?? '')
          : 'bullet',
      );
    }
  });

  it('makes every rich-text table a w:tbl in the TableGrid style with a repeating header row', () => {
    const { docx, memo } = rendered[type];
    const source = sourceElements(memo, 'table');
    const grids = elements(docx.document, 'w:tbl').filter((t) => {
      const style = firstElement(t, 'w:tblStyle');
      return style !== undefined && attr(style, 'w:val') === 'TableGrid';
    });
    expect(grids).toHaveLength(source.length);
    grids.forEach((grid, i) => {
      const table = source[i];
      if (!table) throw new Error('unreachable');
      const sourceRows = elementsNamed(table, ['tr']);
      const rows = elements(grid, 'w:tr');
      expect(
        rows.map((r) => elements(r, 'w:tc').map((c) => elements(c, 'w:p').map(paragraphText).join('\n'))),
      ).toEqual(
        sourceRows.map((r) => elementsNamed(r, ['th', 'td']).map((c) => squash(inlineText(c.children)))),
      );
      const header = rows[0] && firstElement(rows[0], 'w:tblHeader');
      expect(header).toBeDefined();
      expect(['off', 'false', '0']).not.toContain((header && attr(header, 'w:val')) ?? 'on');
    });
  });

  it('puts each footnote’s text in footnotes.xml, referenced from the body', () => {
    const { docx, memo } = rendered[type];
    const source = memo.secties.flatMap((s) => footnotesIn(parseDocument(s.inhoud).children));
    expect(docx.footnotes.map((f) => f.text)).toEqual(source);
    const refs = elements(docx.document, 'w:footnoteReference').map((r) => attr(r, 'w:id'));
    expect(refs).toEqual(docx.footnotes.map((f) => f.id));
  });

  it('switches no bold or italic off in a run, so that the Title and Heading styles stay bold', () => {
    const { docx } = rendered[type];
    const offs = ['w:b', 'w:bCs', 'w:i', 'w:iCs']
      .flatMap((tag) => elements(docx.document, tag))
      .filter((el) => ['false', '0', 'off'].includes(attr(el, 'w:val') ?? ''));
    expect(offs).toHaveLength(0);
  });
});

describe('the example informatienota', () => {
  it('has a footnote at all, so that the footnote test is not vacuous', () => {
    const { docx } = rendered.informatienota;
    expect(docx.footnotes.length).toBeGreaterThan(0);
    expect(elements(docx.document, 'w:footnoteReference').length).toBeGreaterThan(0);
    expect(elements(docx.document, 'w:tbl').filter((t) => firstElement(t, 'w:tblStyle')).length).toBe(1);
  });

  it('nests the bullet list inside the numbered list one level deeper', () => {
    const { docx } = rendered.informatienota;
    const nested = docx.paragraphs.filter((p) => p.style === 'ListBullet' && p.numbering?.level === 1);
    expect(nested.map((p) => p.text)).toEqual([
      'vier extra groepen op woensdag;',
      'twee extra groepen op zaterdag.',
    ]);
    const numbered = docx.paragraphs.filter((p) => p.style === 'ListNumber');
    expect(new Set(numbered.map((p) => p.numbering?.numId)).size).toBe(1);
  });

  it('puts the besluit page on a page of its own', () => {
    const { docx } = rendered.informatienota;
    const besluit = docx.paragraphs.findIndex((p) => p.text === 'Besluit van de raad');
    const body = firstElement(docx.document, 'w:body');
    if (!body) throw new Error('no body');
    const paragraphs = elements(body, 'w:p');
    const before = paragraphs[besluit - 1];
    const pageBreak = before && elements(before, 'w:br').find((b) => attr(b, 'w:type') === 'page');
    expect(pageBreak).toBeDefined();
  });
});

describe('signature and besluit page', () => {
  it('without ondertekening, the burgemeester and secretaris of the huisstijl sign', () => {
    const { docx, loaded } = rendered.raadsmededeling;
    const { burgemeester, secretaris } = loaded.huisstijl.ondertekening;
    const texts = docx.paragraphs.map((p) => p.text.trim());
    expect(texts).toContain(`${burgemeester.naam}, burgemeester`);
    expect(texts).toContain(`${secretaris.naam}, secretaris`);
  });

  it('with ondertekening, those people sign instead, in the order given', async () => {
    const memo = await baseMemo('raadsmededeling');
    memo.ondertekening = [
      { naam: 'R. Visser', functie: 'loco-burgemeester' },
      { naam: 'H. Bakker', functie: 'loco-secretaris' },
    ];
    const texts = (await renderAndRead(memo)).paragraphs.map((p) => p.text.trim());
    const signers = texts.filter((t) => t.endsWith('burgemeester') || t.endsWith('secretaris'));
    expect(signers).toEqual(['R. Visser, loco-burgemeester', 'H. Bakker, loco-secretaris']);
  });

  it('the besluit page names the voorzitter and griffier, and the meeting date when it is known', async () => {
    const { loaded } = rendered.informatienota;
    const memo = await baseMemo('informatienota');
    memo.raadsbesluit = { vergaderdatum: '2026-12-03' };
    const texts = (await renderAndRead(memo)).paragraphs.map((p) => p.text);
    expect(texts).toContain(noBreakSpaces('Aldus besloten in de openbare vergadering van 3 december 2026.'));
    const voorzitter = texts.find((t) => t.startsWith('de voorzitter,'));
    const griffier = texts.find((t) => t.startsWith('de griffier,'));
    expect(voorzitter?.endsWith(loaded.huisstijl.ondertekening.burgemeester.naam)).toBe(true);
    expect(griffier?.endsWith(loaded.huisstijl.ondertekening.griffier?.naam ?? '(no griffier)')).toBe(true);
  });

  it('leaves the meeting date open without vergaderdatum, and has no besluit page without raadsbesluit', async () => {
    const { docx } = rendered.informatienota;
    expect(docx.paragraphs.map((p) => p.text)).toContain(
      'Aldus besloten in de openbare vergadering van …………………….',
    );
    const memo = await baseMemo('informatienota');
    delete memo.raadsbesluit;
    const without = await renderAndRead(memo);
    expect(without.paragraphs.filter((p) => p.text === 'Besluit van de raad')).toEqual([]);
    expect(without.paragraphs.filter((p) => p.text.startsWith('Aldus besloten'))).toEqual([]);
  });
});

describe('separate numbered lists', () => {
  it('each start counting at 1: their own w:num, with a start override at every level', async () => {
    const memo = await baseMemo('raadsmededeling');
    const [inleiding] = memo.secties;
    if (!inleiding) throw new Error('unreachable');
    inleiding.inhoud =
      '<ol><li>Eerste stap</li><li>Tweede stap</li></ol><p>Daarna:</p><ol><li>Nieuwe eerste</li><li>Nieuwe tweede</li></ol>';
    const docx = await renderAndRead(memo);
    const items = docx.paragraphs.filter((p) => p.style === 'ListNumber');
    expect(items.map((p) => p.text)).toEqual([
      'Eerste stap',
      'Tweede stap',
      'Nieuwe eerste',
      'Nieuwe tweede',
    ]);
    const [a, b, c, d] = items.map((p) => p.numbering?.numId);
    expect(a).toBe(b);
    expect(c).toBe(d);
    expect(c).not.toBe(a);
    const nums = elements(docx.dom('word/numbering.xml'), 'w:num');
    for (const numId of [a, c]) {
      const num = nums.find((n) => attr(n, 'w:numId') === numId);
      if (!num) throw new Error(`no w:num ${String(numId)}`);
      const override = elements(num, 'w:lvlOverride').find((o) => attr(o, 'w:ilvl') === '0');
      const start = override && firstElement(override, 'w:startOverride');
      expect(start && attr(start, 'w:val')).toBe('1');
    }
  });
});

describe('the raadsmededeling', () => {
  it('numbers its section headings', () => {
    const { docx } = rendered.raadsmededeling;
    const headings = docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings.slice(0, 4)).toEqual([
      '1. Inleiding',
      '2. Kader',
      '3. Kern van de boodschap',
      '4. Nadere toelichting',
    ]);
    headings.forEach((h, i) => {
      expect(h.startsWith(`${i + 1}. `), h).toBe(true);
    });
  });

  it('has a Heading2 from the rich text', () => {
    const { docx } = rendered.raadsmededeling;
    expect(docx.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      'Gevolgen voor het personeel',
    ]);
  });
});

describe.each(SHIPPED_TYPES)('the %s’s metadata table', (type) => {
  function metadataRows(docx: DocxPackage): [string, string][] {
    const table = firstElement(docx.document, 'w:tbl');
    if (!table) throw new Error('no table');
    return elements(table, 'w:tr').map((row) => {
      const [label, value] = elements(row, 'w:tc').map((c) =>
        elements(c, 'w:p').map(paragraphText).join('\n'),
      );
      return [label ?? '', value ?? ''];
    });
  }

  function expectedRows(memo: ShippedMemo): [string, string][] {
    const informanten = memo.informanten.map((i) =>
      [i.naam, i.telefoon && `telefoon ${i.telefoon}`, i.email].filter(Boolean).join(', '),
    );
    const rows: [string, string][] = [
      ['Datum', formatDutchDate(memo.datum)],
      ['Onderwerp', memo.onderwerp],
    ];
    if (memo.type === 'informatienota') {
      rows.push(
        ['Kenmerk', memo.kenmerk],
        ['Versienummer', String(memo.versienummer)],
        ['Portefeuillehouder', memo.portefeuillehouder],
        ['Afdeling', memo.afdeling],
      );
    } else {
      rows.push(
        ['Mededelingnummer', memo.kenmerk],
        ['Versienummer', String(memo.versienummer)],
        ['Portefeuillehouder', memo.portefeuillehouder],
        ['Team', memo.team],
        ['B&W-besluit d.d.', formatDutchDate(memo.datumBesluitBW)],
      );
    }
    if (informanten.length)
      rows.push([informanten.length > 1 ? 'Informanten' : 'Informant', informanten.join('\n')]);
    if (memo.bijlagen.length)
      rows.push(['Bijlagen', memo.bijlagen.map((b, i) => `${i + 1}. ${b.titel}`).join('\n')]);
    return rows;
  }

  it('comes right after the title, label and value per row', () => {
    const { docx, memo } = rendered[type];
    expect(metadataRows(docx)).toEqual(expectedRows(memo as ShippedMemo));
    const body = firstElement(docx.document, 'w:body');
    const second = body?.children.filter(isTag)[1];
    expect(second?.name).toBe('w:tbl');
  });

  it('has no borders and bold labels', () => {
    const { docx } = rendered[type];
    const table = firstElement(docx.document, 'w:tbl');
    if (!table) throw new Error('no table');
    expect(firstElement(table, 'w:tblStyle')).toBeUndefined();
    const borders = firstElement(table, 'w:tblBorders');
    expect(borders && borders.children.filter(isTag).map((b) => attr(b, 'w:val'))).toEqual(
      Array(6).fill('none'),
    );
    for (const row of elements(table, 'w:tr')) {
      const [label] = elements(row, 'w:tc');
      const runs = label ? elements(label, 'w:r') : [];
      expect(runs.length).toBeGreaterThan(0);
      for (const run of runs) {
        const bold = firstElement(run, 'w:b');
        expect(bold && (attr(bold, 'w:val') ?? 'true')).toBe('true');
      }
    }
  });
});

describe.each(SHIPPED_TYPES)('the %s’s "kennis te nemen van" sentence', (type) => {
  function sentence(docx: DocxPackage): string | undefined {
    const i = docx.paragraphs.findIndex((p) => p.text === 'Wij stellen u voor kennis te nemen van:');
    return i === -1 ? undefined : docx.paragraphs[i + 1]?.text;
  }

  it('names every motie and toezegging with number, title, Dutch date and meeting', () => {
    const { docx, memo } = rendered[type];
    const text = sentence(docx);
    expect(memo.moties.length + memo.toezeggingen.length).toBeGreaterThan(0);
    expect(text).toMatch(/^de reactie van het college op .+\.$/);
    for (const m of memo.moties) {
      expect(text).toContain(
        `motie ${m.nummer} ‘${m.titel}’ (aangenomen op ${formatDutchDate(m.datumAangenomen)}, ${m.vergadering})`,
      );
    }
    for (const t of memo.toezeggingen) {
      const door = t.gedaanDoor ? ` door ${t.gedaanDoor}` : '';
      expect(text).toContain(
        `toezegging ${t.nummer} ‘${t.omschrijving}’ (gedaan op ${formatDutchDate(t.gedaanOp)}${door}, ${t.vergadering})`,
      );
    }
  });
});

describe('the informatienota’s "kennis te nemen van" sentence, spelled out', () => {
  it('has motie M-23 with its adoption date the Dutch way, joined with "en" before the last item', () => {
    const { docx } = rendered.informatienota;
    const text =
      docx.paragraphs.map((p) => p.text).find((t) => t.startsWith('de reactie van het college op')) ?? '';
    expect(text).toContain(
      noBreakSpaces('motie M-23 ‘Iedereen zwemveilig’ (aangenomen op 6 november 2025, Begroting 2026)'),
    );
    expect(text).toContain(
      noBreakSpaces('motie M-07 ‘Zwemdiploma binnen bereik’ (aangenomen op 2 juli 2026, Voorjaarsnota 2026)'),
    );
    expect(text).toMatch(
      /Voorjaarsnota 2026\) en toezegging 211 ‘de raad vóór de begrotingsbehandeling te informeren/,
    );
    expect(text).toContain(
      noBreakSpaces('(gedaan op 18 juni 2026 door wethouder El Amrani, commissie Samenleving)'),
    );
  });

  it('is repeated on the besluit page', () => {
    const { docx } = rendered.informatienota;
    const body = docx.paragraphs.map((p) => p.text);
    const sentence = body.find((t) => t.startsWith('de reactie van het college op')) ?? '(none)';
    expect(body).toContain(`kennis te nemen van ${sentence}`);
  });
});

describe.each(SHIPPED_TYPES)('the %s’s headers, footers and page', (type) => {
  it('has a first-page letterhead with the gemeente, its address and its logo', () => {
    const { docx, loaded } = rendered[type];
    const part = docx.headerParts.first;
    if (!part) throw new Error('no first-page header');
    const text = docx.partText(part);
    const { huisstijl } = loaded;
    for (const line of [
      huisstijl.gemeente,
      ...huisstijl.adres,
      huisstijl.telefoon ?? '',
      huisstijl.website ?? '',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
    const blip = firstElement(docx.dom(part), 'a:blip');
    const target = blip && docx.relationships(part)[attr(blip, 'r:embed') ?? ''];
    expect(target).toMatch(/^word\/media\/[^/]+\.png$/);
    const image = docx.files[target ?? ''];
    expect(image && Buffer.from(image).equals(Buffer.from(loaded.logo.data))).toBe(true);
    expect(Object.keys(docx.files).filter((f) => /^word\/media\/.+\.png$/.test(f)).length).toBeGreaterThan(0);
    const docPr = firstElement(docx.dom(part), 'wp:docPr');
    expect(docPr && attr(docPr, 'descr')).toContain(huisstijl.gemeente);
  });

  it('has a running header on the other pages with onderwerp, datum and kenmerk, and no logo', () => {
    const { docx, memo } = rendered[type];
    const part = docx.headerParts.default;
    if (!part) throw new Error('no default header');
    expect(part).not.toBe(docx.headerParts.first);
    const text = docx.partText(part);
    expect(text).toContain(memo.onderwerp);
    expect(text).toContain(formatDutchDate(memo.datum));
    expect(text).toContain(memo.kenmerk);
    expect(firstElement(docx.dom(part), 'w:drawing')).toBeUndefined();
  });

  it('has "pagina X van Y" with PAGE and NUMPAGES fields in both footers', () => {
    const { docx } = rendered[type];
    for (const kind of ['first', 'default'] as const) {
      const part = docx.footerParts[kind];
      if (!part) throw new Error(`no ${kind} footer`);
      const dom = docx.dom(part);
      expect(elements(dom, 'w:t').map(textOf)).toEqual(['pagina ', ' van ']);
      expect(elements(dom, 'w:instrText').map((i) => textOf(i).trim())).toEqual(['PAGE', 'NUMPAGES']);
      expect(elements(dom, 'w:fldChar').map((f) => attr(f, 'w:fldCharType'))).toEqual([
        'begin',
        'separate',
        'end',
        'begin',
        'separate',
        'end',
      ]);
      expect(docx.partText(part)).toBe('pagina  van ');
    }
  });

  it('is A4 with a different first page', () => {
    const { docx } = rendered[type];
    const sectPr = elements(docx.document, 'w:sectPr').at(-1);
    if (!sectPr) throw new Error('no sectPr');
    expect(firstElement(sectPr, 'w:titlePg')).toBeDefined();
    const size = firstElement(sectPr, 'w:pgSz');
    expect(size && [attr(size, 'w:w'), attr(size, 'w:h')]).toEqual(['11906', '16838']);
  });
});
