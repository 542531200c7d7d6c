// What the property test of the engine's one rule (property-richtext.test.ts) found, each as an ordinary example:
// content that lost text, formatting or a table's layout without a word. Each is now refused with a message that
// names the section and what to change, or rendered as HTML has it. (The plain-text cases are in plain-text.test.ts.)
import { describe, expect, it } from 'vitest';
import { attr, elements, firstElement, textOf } from './helpers/docx.js';
import { issuesOf, renderAndRead, renderBytes, withKernboodschap } from './helpers/assets.js';

async function messagesFor(inhoud: string): Promise<string[]> {
  const memo = await withKernboodschap(inhoud);
  return (await issuesOf(() => renderBytes(memo))).map((i) => i.message);
}

describe('content the engine used to pass over without a word', () => {
  it('refuses an attribute the subset does not have, naming the element and the attribute', async () => {
    expect(await messagesFor('<p style="text-align: center">tekst</p><p class="MsoNormal">meer</p>')).toEqual(
      [
        'Sectie "Kernboodschap": <p> heeft het attribuut style="text-align: center", dat niet in het document komt; haal het weg',
        'Sectie "Kernboodschap": <p> heeft het attribuut class="MsoNormal", dat niet in het document komt; haal het weg',
      ],
    );
    expect(await messagesFor('<a href="https://voorbeeld.nl" target="_blank">link</a>')).toEqual([
      'Sectie "Kernboodschap": <a> heeft het attribuut target="_blank", dat niet in het document komt; haal het weg (<a> kent: href)',
    ]);
  });

  it('refuses a table that would become the borderless metadata table and lose its third column', async () => {
    const messages = await messagesFor(
      '<table class="metadata"><tr><td>a</td><td>b</td><td>c</td></tr></table>',
    );
    expect(messages).toEqual([
      expect.stringContaining('<table> heeft het attribuut class="metadata"') as string,
    ]);
  });

  it('refuses a span that says it is something other than a footnote', async () => {
    expect(await messagesFor('<p><span data-type="comment">tekst</span></p>')).toEqual([
      'Sectie "Kernboodschap": <span> met data-type="comment": alleen data-type="footnote" (een voetnoot) bestaat; haal het weg',
    ]);
  });

  it('refuses a comment or declaration, which HTML does not show, once for all of them', async () => {
    expect(
      await messagesFor('<p>a<!-- nog aanvullen -->b</p><!--[if !supportLists]--><!DOCTYPE html>'),
    ).toEqual(['Sectie "Kernboodschap": "<!-- nog aanvullen -->" komt niet in het document; haal het weg']);
  });

  it('refuses a tag without its ">" at the end, which HTML drops with the text after it', async () => {
    expect(await messagesFor('<p>De kosten</p>zijn <b')).toEqual([
      'Sectie "Kernboodschap": "<b" is een tag zonder ">"; maak haar af, of schrijf een losse "<" als &lt;',
    ]);
  });

  it('refuses a no-break space between the rows of a table or the items of a list, naming the character', async () => {
    expect(
      await messagesFor('<table><tr><td>cel</td></tr>\u00A0</table><ol><li>een</li>\u00A0</ol>'),
    ).toEqual([
      'Sectie "Kernboodschap": het teken U+00A0 staat los in een tabel, buiten een cel of punt',
      'Sectie "Kernboodschap": het teken U+00A0 staat los in een opsomming, buiten een cel of punt',
    ]);
  });

  it('refuses a cell that falls over a cell running down from the row above', async () => {
    expect(
      await messagesFor(
        '<table><tr><td>a</td><td rowspan="2">b</td></tr><tr><td colspan="2">c</td></tr></table>',
      ),
    ).toEqual([
      'Sectie "Kernboodschap": in een tabel valt een cel van rij 2 over een cel die met rowspan van boven doorloopt; pas colspan of rowspan aan',
    ]);
  });

  it('ends a rowspan with its row group, as HTML does: a header cell never reaches into the body', async () => {
    // The shrunk counterexample: with the head's rowspan running on into the body, "Links" moved to the second
    // column, "Breed" fell over it, and its row came out four columns wide in a grid of three. Widened so that every
    // row fills the four columns, as a writer's table must (a row of another width is refused, see messages.test.ts).
    const docx = await renderAndRead(
      await withKernboodschap(
        '<table><thead><tr><th rowspan="2">Kop</th><th colspan="3">Tweede</th></tr></thead>' +
          '<tbody><tr><td rowspan="2">Links</td><td>a</td><td>b</td><td>c</td></tr>' +
          '<tr><td colspan="2">Breed</td><td>Rechts</td></tr></tbody></table>',
      ),
    );
    const table = elements(docx.document, 'w:tbl').find((t) => textOf(t).includes('Breed'));
    if (!table) throw new Error('no table');
    const columns = elements(table, 'w:gridCol').length;
    const rows = elements(table, 'w:tr').map((tr) =>
      elements(tr, 'w:tc').map((tc) => {
        const span = firstElement(tc, 'w:gridSpan');
        const merge = firstElement(tc, 'w:vMerge');
        return {
          text: textOf(tc),
          columns: Number((span && attr(span, 'w:val')) ?? 1),
          merge: merge ? (attr(merge, 'w:val') ?? 'continue') : undefined,
        };
      }),
    );
    expect(columns).toBe(4);
    for (const row of rows) expect(row.reduce((sum, cell) => sum + cell.columns, 0)).toBe(columns);
    expect(rows[0]?.find((c) => c.text === 'Kop')?.merge).toBeUndefined();
    expect(rows[2]?.map((c) => [c.text, c.columns, c.merge])).toEqual([
      ['', 1, 'continue'],
      ['Breed', 2, undefined],
      ['Rechts', 1, undefined],
    ]);
  });
});
