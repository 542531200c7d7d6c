// A numbered list counts as the writer asked: type="a" a, b, c; type="I" I, II; start="3" from 3, nested lists
// included. It used to count 1., 2. whatever the writer wrote. An attribute Word cannot count by is refused.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, elements, firstElement, parseXml } from './helpers/docx.js';
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

const LISTS =
  '<ol type="a"><li>appel</li><li>peer</li></ol>' +
  '<ol start="3"><li>drie</li><li>vier</li></ol>' +
  '<ol type="I" start="4"><li>vierde<ol type="A"><li>binnen</li></ol></li></ol>' +
  '<ol><li>gewoon</li></ol>';

describe('numbered lists', () => {
  it('give each list its format and start in the numbering Word reads', async () => {
    const docx = await renderAndRead(await withKernboodschap(LISTS));
    const numbering = parseXml(docx.part('word/numbering.xml'));
    const abstractOf = new Map(
      elements(numbering, 'w:num').map((num) => [
        attr(num, 'w:numId'),
        attr(firstElement(num, 'w:abstractNumId') ?? num, 'w:val'),
      ]),
    );
    const countsOf = (text: string) => {
      const paragraph = docx.paragraphs.find((p) => p.text === text);
      if (!paragraph?.numbering) throw new Error(`${text} is not numbered`);
      const { numId, level } = paragraph.numbering;
      const abstract = elements(numbering, 'w:abstractNum').find(
        (a) => attr(a, 'w:abstractNumId') === abstractOf.get(numId),
      );
      const lvl = elements(abstract ?? numbering, 'w:lvl').find((l) => attr(l, 'w:ilvl') === String(level));
      const value = (name: string) => {
        const el = lvl && firstElement(lvl, name);
        return el ? attr(el, 'w:val') : undefined;
      };
      return { format: value('w:numFmt'), start: value('w:start') };
    };
    expect(countsOf('appel')).toEqual({ format: 'lowerLetter', start: '1' });
    expect(countsOf('drie')).toEqual({ format: 'decimal', start: '3' });
    expect(countsOf('vierde')).toEqual({ format: 'upperRoman', start: '4' });
    expect(countsOf('binnen')).toEqual({ format: 'upperLetter', start: '1' });
    expect(countsOf('gewoon')).toEqual({ format: 'decimal', start: '1' });
  });

  it('refuses a type or start Word cannot count by, naming the section', async () => {
    const memo = await withKernboodschap('<ol type="x"><li>een</li></ol><ol start="-2"><li>twee</li></ol>');
    const issues = await issuesOf(() => renderBytes(memo));
    const index = memo.secties.findIndex((s) => s.sleutel === 'kernboodschap');
    expect(issues.map((i) => i.path)).toEqual([`secties[${index}].inhoud`, `secties[${index}].inhoud`]);
    expect(issues[0]?.message).toContain('type "x": kies 1, a, A, i of I');
    expect(issues[1]?.message).toContain('start "-2"');
  });
});

describeWithTools(['soffice', 'pdftotext'], 'numbered lists as LibreOffice reads them', () => {
  it('shows a., b., 3., 4., IV. and A.', async () => {
    const dir = await makeTempDir();
    try {
      const file = join(dir, 'lijsten.docx');
      await writeFile(file, await renderBytes(await withKernboodschap(LISTS)));
      const [text] = await libreOfficeTexts(requireTool('soffice'), requireTool('pdftotext'), dir, [file]);
      const lines = (text ?? '').split('\n').map((line) => line.trim());
      for (const shown of [
        'a. appel',
        'b. peer',
        '3. drie',
        '4. vier',
        'IV. vierde',
        'A. binnen',
        '1. gewoon',
      ]) {
        expect(
          lines.some((line) => line.replace(/\s+/g, ' ') === shown),
          shown,
        ).toBe(true);
      }
    } finally {
      await removeTempDir(dir);
    }
  });
});
