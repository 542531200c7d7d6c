// A table keeps what the writer laid out: a cell with colspan or rowspan spans those columns and rows, header rows
// repeat on each page, and a caption stands above the table. A cell with colspan used to leave an empty cell beside it.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, elements, firstElement, textOf } from './helpers/docx.js';
import { libreOfficeTexts } from './helpers/independent-readers.js';
import {
  withKernboodschap,
  issuesOf,
  makeTempDir,
  removeTempDir,
  renderAndRead,
  renderBytes,
} from './helpers/assets.js';
import { describeWithTools, requireTool } from './helpers/tools.js';

const TABLE =
  '<table><caption>Tabel 1. Kosten per jaar</caption>' +
  '<thead><tr><th rowspan="2">Onderdeel</th><th colspan="2">Uitgaven</th></tr><tr><th>2031</th><th>2032</th></tr></thead>' +
  '<tbody><tr><td>Lesuren</td><td>4711</td><td>4712</td></tr><tr><td colspan="3">Totaal volgt</td></tr></tbody></table>';

describe('tables', () => {
  it('span columns and rows as HTML says, repeat their header rows and print their caption above', async () => {
    const docx = await renderAndRead(await withKernboodschap(TABLE));
    const table = elements(docx.document, 'w:tbl').find((t) => textOf(t).includes('Totaal volgt'));
    if (!table) throw new Error('no table');
    const rows = elements(table, 'w:tr').map((tr) =>
      elements(tr, 'w:tc').map((tc) => {
        const value = (name: string) => {
          const el = firstElement(tc, name);
          return el ? (attr(el, 'w:val') ?? 'continue') : undefined;
        };
        return { text: textOf(tc), span: value('w:gridSpan'), merge: value('w:vMerge') };
      }),
    );
    expect(rows).toEqual([
      [
        { text: 'Onderdeel', span: undefined, merge: 'restart' },
        { text: 'Uitgaven', span: '2', merge: undefined },
      ],
      [
        { text: '', span: undefined, merge: 'continue' },
        { text: '2031', span: undefined, merge: undefined },
        { text: '2032', span: undefined, merge: undefined },
      ],
      [
        { text: 'Lesuren', span: undefined, merge: undefined },
        { text: '4711', span: undefined, merge: undefined },
        { text: '4712', span: undefined, merge: undefined },
      ],
      [{ text: 'Totaal volgt', span: '3', merge: undefined }],
    ]);
    const headerRows = elements(table, 'w:tr').filter((tr) => {
      const header = firstElement(tr, 'w:tblHeader');
      return header !== undefined && !['false', '0', 'off'].includes(attr(header, 'w:val') ?? '');
    });
    expect(headerRows).toHaveLength(2);
    const caption = docx.paragraphs.findIndex((p) => p.text === 'Tabel 1. Kosten per jaar');
    expect(docx.paragraphs[caption]?.style).toBe('Caption');
    expect(caption).toBeLessThan(docx.paragraphs.findIndex((p) => p.text === 'Onderdeel'));
  });

  it('refuses a span that is no whole number, naming it', async () => {
    const memo = await withKernboodschap(
      '<table><tr><td colspan="twee">a</td><td rowspan="0">b</td></tr></table>',
    );
    const issues = await issuesOf(() => renderBytes(memo));
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('colspan "twee"') as string,
      expect.stringContaining('rowspan "0"') as string,
    ]);
  });
});

describeWithTools(['soffice', 'pdftotext'], 'a spanned table as LibreOffice reads it', () => {
  it('shows every cell once, the caption above them', async () => {
    const dir = await makeTempDir();
    try {
      const file = join(dir, 'tabel.docx');
      await writeFile(file, await renderBytes(await withKernboodschap(TABLE)));
      const [text] = await libreOfficeTexts(requireTool('soffice'), requireTool('pdftotext'), dir, [file]);
      const shown = text ?? '';
      const cells = ['Onderdeel', 'Uitgaven', '2031', '2032', 'Lesuren', '4711', '4712', 'Totaal volgt'];
      for (const cell of cells) expect(shown.split(cell).length - 1, cell).toBe(1);
      expect(shown.indexOf('Tabel 1. Kosten per jaar')).toBeGreaterThanOrEqual(0);
      expect(shown.indexOf('Tabel 1. Kosten per jaar')).toBeLessThan(shown.indexOf('Onderdeel'));
    } finally {
      await removeTempDir(dir);
    }
  });
});
