// Superscript and subscript reach the document as Word's raised and lowered text ("1<sup>e</sup> helft", "CO<sub>2</sub>",
// a writer's own footnote mark); they used to be refused, so the writer lost them.
import { describe, expect, it } from 'vitest';
import { attr, elements, firstElement, textOf } from './helpers/docx.js';
import { renderAndRead, withKernboodschap } from './helpers/assets.js';

async function kernboodschap(inhoud: string) {
  return renderAndRead(await withKernboodschap(inhoud));
}

/** Each run of the paragraph holding `needle`: its text and its vertical alignment, if any. */
function runsOf(docx: Awaited<ReturnType<typeof kernboodschap>>, needle: string) {
  const paragraph = elements(docx.document, 'w:p').find((p) => textOf(p).includes(needle));
  if (!paragraph) throw new Error(`no paragraph with ${needle}`);
  return elements(paragraph, 'w:r').map((run) => {
    const align = firstElement(run, 'w:vertAlign');
    return {
      text: textOf(run),
      align: align ? attr(align, 'w:val') : undefined,
      bold: !!firstElement(run, 'w:b'),
    };
  });
}

describe('superscript and subscript', () => {
  it('raise and lower exactly the marked text, and keep every character', async () => {
    const docx = await kernboodschap('<p>In de 1<sup>e</sup> helft daalde de CO<sub>2</sub>-uitstoot.</p>');
    const runs = runsOf(docx, 'helft daalde');
    expect(runs.map((r) => r.text).join('')).toBe('In de 1e helft daalde de CO2-uitstoot.');
    expect(runs.filter((r) => r.align !== undefined)).toEqual([
      { text: 'e', align: 'superscript', bold: false },
      { text: '2', align: 'subscript', bold: false },
    ]);
  });

  it('combine with the other marks, the innermost position holding', async () => {
    const docx = await kernboodschap('<p>Noot<sup><b>*</b><sub>x</sub></sup> hier.</p>');
    expect(runsOf(docx, 'hier.').filter((r) => r.align !== undefined)).toEqual([
      { text: '*', align: 'superscript', bold: true },
      { text: 'x', align: 'subscript', bold: false },
    ]);
  });
});
