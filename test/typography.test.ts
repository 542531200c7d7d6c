// Typography a reader expects: no line break inside an amount, an article reference, a quantity or a date; the
// signature kept with the text before it; headings kept with what follows; and the layout points of issue 10.
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { NO_MARKS, type Inline } from '../templates/engine/tree.js';
import { NO_BREAK_SPACE, noBreakSpaces, withNoBreakSpaces } from '../templates/engine/typography.js';
import { assets, baseMemo, renderAndRead } from './helpers/assets.js';
import { attr, elements, firstElement, paragraphText, type DocxPackage } from './helpers/docx.js';

const NB = NO_BREAK_SPACE;
/** The text with every no-break space written as "~", so that a failing expectation is readable. */
const shown = (text: string): string => text.replaceAll(NB, '~');

describe('noBreakSpaces', () => {
  it.each([
    ['De extra uren kosten € 14.500.', 'De extra uren kosten €~14.500.'],
    ['een tekort van € -200', 'een tekort van €~-200'],
    ['zie € 1,5 miljoen', 'zie €~1,5~miljoen'],
  ])('keeps "€" with its amount: %j', (input, expected) => {
    expect(shown(noBreakSpaces(input))).toBe(expected);
  });

  it.each([
    ['volgens art. 5.1 van de verordening', 'volgens art.~5.1 van de verordening'],
    ['volgens artikel 5.1, lid 2', 'volgens artikel~5.1, lid~2'],
    ['Artikel 12 en Art. 3', 'Artikel~12 en Art.~3'],
    ['zie § 4 en nr. 17', 'zie §~4 en nr.~17'],
  ])('keeps an article reference with its number: %j', (input, expected) => {
    expect(shown(noBreakSpaces(input))).toBe(expected);
  });

  it.each([
    ['een route van 10 km', 'een route van 10~km'],
    ['een stijging van 5 % per jaar', 'een stijging van 5~% per jaar'],
    ['wachten 3 uur', 'wachten 3~uur'],
    ['een plein van 200 m² groot', 'een plein van 200~m² groot'],
    ['het kost 1.500 euro', 'het kost 1.500~euro'],
    ['open tot 17.00 uur.', 'open tot 17.00~uur.'],
    ['2,5 fte en 40 kWh', '2,5~fte en 40~kWh'],
    ['na 6 maanden en 2 jaar', 'na 6~maanden en 2~jaar'],
  ])('keeps a number with its unit: %j', (input, expected) => {
    expect(shown(noBreakSpaces(input))).toBe(expected);
  });

  it.each([
    ['op 10 november 2017 besloten', 'op 10~november~2017 besloten'],
    ['van 1 november 2026 tot 1 mei 2027', 'van 1~november~2026 tot 1~mei~2027'],
    ['sinds 3 Maart', 'sinds 3~Maart'],
  ])('keeps a date together: %j', (input, expected) => {
    expect(shown(noBreakSpaces(input))).toBe(expected);
  });

  it.each([
    // a unit is a whole word: "5 mensen" is no "5 m", "3 uren" no "3 u"
    'er kwamen 5 mensen en 3 urenlang niets',
    // a number inside a code or word is no quantity
    'motie M-23 Begroting 2026',
    'formaat A4 km',
    // telephone numbers, postcodes and years stay as they were
    'telefoon 14 0123, 1234 AB Voorbeeld',
    'in mei en juni 2026 geteld',
    'Afvalbeleidsplan 2024–2028',
    // a reference word without a number
    'het artikel van de krant',
    'Burgemeester en wethouders van Voorbeeld,',
    // a line break is no space
    '€\n14.500 en 10\nkm',
    // two spaces are left alone: the engine does not guess what the writer meant
    '€  14.500',
    '',
  ])('changes nothing in %j', (input) => {
    expect(noBreakSpaces(input)).toBe(input);
  });

  it('keeps a no-break space the writer typed', () => {
    expect(noBreakSpaces(`€${NB}14.500 en 10${NB}km`)).toBe(`€${NB}14.500 en 10${NB}km`);
  });

  it('changes only ordinary spaces into no-break spaces, and every other character stays where it was', () => {
    const text =
      'Op 10 november 2017 kostte art. 5.1 ons € 1.500 euro voor 10 km en 5 % meer, ' +
      'om 17.00 uur (200 m²) — zie artikel 12, lid 3; M-23 en A4 blijven.';
    const out = noBreakSpaces(text);
    expect(out).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++) {
      if (out[i] !== text[i]) expect([text[i], out[i]], `character ${String(i)}`).toEqual([' ', NB]);
    }
    expect(out.replaceAll(NB, ' ')).toBe(text);
  });
});

describe('withNoBreakSpaces', () => {
  const text = (t: string, bold = false): Inline => ({ kind: 'text', text: t, marks: { ...NO_MARKS, bold } });

  it('finds a rule across text runs with other marks, and keeps the runs as they were cut', () => {
    const out = withNoBreakSpaces([text('kosten € '), text('14.500', true), text(' per jaar')]);
    expect(out).toEqual([text(`kosten €${NB}`), text('14.500', true), text(' per jaar')]);
  });

  it('reads a link as running text, and a footnote as text of its own', () => {
    const out = withNoBreakSpaces([
      text('zie art. '),
      { kind: 'link', href: 'https://wetten.overheid.nl', content: [text('5.1')] },
      { kind: 'footnote', content: [text('Besluit van 10 november 2017')] },
      text(' uur'),
    ]);
    expect(out).toEqual([
      text(`zie art.${NB}`),
      { kind: 'link', href: 'https://wetten.overheid.nl', content: [text('5.1')] },
      { kind: 'footnote', content: [text(`Besluit van 10${NB}november${NB}2017`)] },
      // the footnote stands between "5.1" and " uur": no rule reaches across it
      text(' uur'),
    ]);
  });

  it('reaches across no line break', () => {
    const out = withNoBreakSpaces([text('€ '), { kind: 'break' }, text('14.500')]);
    expect(out).toEqual([text('€ '), { kind: 'break' }, text('14.500')]);
  });
});

/** The `w:p` elements of the body, in order. */
function bodyParagraphs(docx: DocxPackage): Element[] {
  return elements(docx.document, 'w:p');
}

function hasProperty(p: Element, name: 'w:keepNext' | 'w:keepLines'): boolean {
  const pPr = firstElement(p, 'w:pPr');
  return pPr !== undefined && firstElement(pPr, name) !== undefined;
}

function styleOf(p: Element): string | undefined {
  const style = firstElement(p, 'w:pStyle');
  return style && attr(style, 'w:val');
}

/** Whether a paragraph style says keepNext, as Word reads it from styles.xml. */
function styleKeepsNext(docx: DocxPackage, styleId: string): boolean {
  const style = elements(docx.dom('word/styles.xml'), 'w:style').find(
    (s) => attr(s, 'w:styleId') === styleId,
  );
  return style !== undefined && firstElement(style, 'w:keepNext') !== undefined;
}

describe('the rendered document', () => {
  it('has no-break spaces in the amount, the time and the dates of the raadsmededeling, and the stored text unchanged', async () => {
    const memo = await baseMemo('raadsmededeling');
    const stored = memo.secties.map((s) => s.inhoud).join('');
    const docx = await renderAndRead(memo);
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts.map(shown)).toContain(
      'De extra uren kosten €~14.500. Dat bedrag past binnen de begroting voor afvalinzameling.',
    );
    expect(texts.map(shown)).toContain(
      'Het college heeft besloten de milieustraat van 1~november~2026 tot 1~mei~2027 op zaterdag tot 17.00~uur open te houden. Met deze mededeling informeren wij u daarover.',
    );
    // the running header's date, too
    expect(docx.headers.some((h) => shown(h).includes('Datum 22~september~2026'))).toBe(true);
    // the memo itself still holds the writer's ordinary spaces
    expect(stored).toContain('€ 14.500');
    expect(stored).not.toContain(NB);
  });

  it('puts no-break spaces in footnotes and table cells too', async () => {
    const memo = await baseMemo('informatienota');
    const first = memo.secties[0];
    if (!first) throw new Error('the example has no sections');
    first.inhoud =
      '<p>Zie art. 5.1<span data-type="footnote">Vastgesteld op 10 november 2017.</span></p>' +
      '<table><tr><th>Post</th><th>Bedrag</th></tr><tr><td>Zwemles</td><td>€ 186.000</td></tr></table>';
    const docx = await renderAndRead(memo);
    expect(docx.paragraphs.map((p) => shown(p.text))).toEqual(
      expect.arrayContaining(['Zie art.~5.1', '€~186.000']),
    );
    expect(docx.footnotes.map((f) => shown(f.text))).toContain('Vastgesteld op 10~november~2017.');
  });

  it('keeps every heading with what follows, and the paragraph before the signature with the signature', async () => {
    for (const type of ['raadsmededeling', 'informatienota'] as const) {
      const docx = await renderAndRead(await baseMemo(type));
      const paragraphs = bodyParagraphs(docx);
      const headings = paragraphs.filter((p) => /^Heading\d$/.test(styleOf(p) ?? ''));
      expect(headings.length).toBeGreaterThan(3);
      for (const h of headings) {
        const style = styleOf(h) ?? '';
        expect(hasProperty(h, 'w:keepNext') || styleKeepsNext(docx, style), paragraphText(h)).toBe(true);
      }
      const college = paragraphs.findIndex((p) =>
        paragraphText(p).includes('Burgemeester en wethouders van'),
      );
      expect(college).toBeGreaterThan(0);
      const before = paragraphs[college - 1];
      if (!before) throw new Error('nothing before the signature');
      expect(paragraphText(before).trim(), `${type}: the paragraph before the signature`).not.toBe('');
      expect(hasProperty(before, 'w:keepNext'), `${type}: ${paragraphText(before)}`).toBe(true);
      // the signature itself: kept together, and no signatory split over two pages
      const signature = paragraphs.slice(college, college + 3);
      for (const p of signature.slice(0, -1)) expect(hasProperty(p, 'w:keepNext')).toBe(true);
      for (const p of signature) expect(hasProperty(p, 'w:keepLines')).toBe(true);
    }
  });

  it('prints the versienummer of a raadsmededeling in its metadata', async () => {
    const memo = await baseMemo('raadsmededeling');
    memo.versienummer = 7;
    const docx = await renderAndRead(memo);
    const cells = docx.paragraphs.filter((p) => p.inTable).map((p) => p.text);
    const at = cells.indexOf('Versienummer');
    expect(at).toBeGreaterThan(0);
    expect(cells[at + 1]).toBe('7');
  });

  it('aligns the metadata labels with the body text, and gives the cells of a grid table room above and below', async () => {
    const docx = await renderAndRead(await baseMemo('informatienota'));
    const tables = elements(docx.document, 'w:tbl');
    const metadata = tables[0];
    const grid = tables.find((t) => firstElement(t, 'w:tblStyle') !== undefined);
    if (!metadata || !grid) throw new Error('the example has no metadata table and grid table');
    const margin = (table: Element, side: string): number | undefined => {
      const mar = firstElement(firstElement(table, 'w:tblPr') ?? table, 'w:tblCellMar');
      const el = mar && firstElement(mar, `w:${side}`);
      return el && Number(attr(el, 'w:w'));
    };
    // no inset on the left: the label starts where the paragraphs below it start
    expect(margin(metadata, 'left')).toBe(0);
    expect(margin(grid, 'top')).toBeGreaterThan(0);
    expect(margin(grid, 'bottom')).toBeGreaterThan(0);
  });

  it('sets footnotes smaller than the body text', async () => {
    const docx = await renderAndRead(await baseMemo('informatienota'));
    const { huisstijl } = await assets();
    const style = elements(docx.dom('word/styles.xml'), 'w:style').find(
      (s) => attr(s, 'w:styleId') === 'FootnoteText',
    );
    const size = style && firstElement(style, 'w:sz');
    expect(Number(size && attr(size, 'w:val'))).toBeLessThan(huisstijl.lettertype.grootte * 2);
    expect(docx.footnotes.length).toBeGreaterThan(0);
  });

  it('gives the voorzitter and griffier of the besluit page room above them', async () => {
    const docx = await renderAndRead(await baseMemo('informatienota'));
    const paragraphs = bodyParagraphs(docx);
    for (const who of ['de voorzitter,', 'de griffier,']) {
      const p = paragraphs.find((x) => paragraphText(x).startsWith(who));
      if (!p) throw new Error(`no paragraph "${who}"`);
      const spacing = firstElement(firstElement(p, 'w:pPr') ?? p, 'w:spacing');
      expect(Number(spacing && attr(spacing, 'w:before')), who).toBeGreaterThanOrEqual(240);
      expect(hasProperty(p, 'w:keepLines'), who).toBe(true);
    }
  });
});
