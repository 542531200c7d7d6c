// Cases from the "Why" of issue 10 that no other suite showed in the writer's own words: a section titled
// "Inleiding" without `sleutel` counts as the inleiding (it used to be reported missing), and "1<sup>e</sup> helft
// 2013" and a writer's footnote mark keep their raised text (`<sup>` used to be refused). The other cases of the
// list are tested in the suites of their subject (section-titles, superscript, typography, kennisname, …).
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { call, testContext } from './helpers/api.js';
import { baseMemo, makeTempDir, renderAndRead, withKernboodschap } from './helpers/assets.js';
import { attr, elements, firstElement, textOf } from './helpers/docx.js';

/** No-break spaces (templates/engine/typography.ts) read as ordinary ones. */
const plain = (text: string): string => text.replaceAll('\u00a0', ' ');

describe('issue 10, "Why": a section titled "Inleiding" without sleutel', () => {
  it('counts as the inleiding: validate finds nothing missing, and the render prints it first, as titled', async () => {
    const memo = await baseMemo('informatienota');
    const index = memo.secties.findIndex((s) => s.sleutel === 'inleiding');
    const inleiding = memo.secties[index];
    if (!inleiding) throw new Error('the example has no inleiding');
    memo.secties[index] = { titel: 'Inleiding', inhoud: inleiding.inhoud };

    const docx = await renderAndRead(memo);
    const headings = docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings[0]).toBe('Inleiding');
    expect(headings.filter((h) => h === 'Inleiding')).toHaveLength(1);

    const dir = await makeTempDir();
    const ctx = testContext(dir);
    try {
      const validity = await call(ctx, 'memos.validate', { nota: memo });
      expect(JSON.stringify(validity)).not.toMatch(/ontbreekt/i);
      expect(validity.herkend).toEqual([
        { pad: `secties[${index}]`, titel: 'Inleiding', sleutel: 'inleiding', als: 'Inleiding' },
      ]);
    } finally {
      ctx.db.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('issue 10, "Why": superscript as the writer wrote it', () => {
  it('"1<sup>e</sup> helft 2013" and a footnote mark<sup>1</sup> keep every character, the marked ones raised', async () => {
    const docx = await renderAndRead(
      await withKernboodschap(
        '<p>In de 1<sup>e</sup> helft 2013 daalde het aantal meldingen.<sup>1</sup></p>',
      ),
    );
    const paragraph = elements(docx.document, 'w:p').find((p) => textOf(p).includes('daalde het aantal'));
    if (!paragraph) throw new Error('the paragraph is not in the document');
    const runs = elements(paragraph, 'w:r').map((run) => {
      const align = firstElement(run, 'w:vertAlign');
      return { text: plain(textOf(run)), align: align ? attr(align, 'w:val') : undefined };
    });
    expect(runs.map((r) => r.text).join('')).toBe('In de 1e helft 2013 daalde het aantal meldingen.1');
    expect(runs.filter((r) => r.align !== undefined)).toEqual([
      { text: 'e', align: 'superscript' },
      { text: '1', align: 'superscript' },
    ]);
  });
});
