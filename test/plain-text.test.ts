// A section written as plain text keeps the writer's layout: blank lines make paragraphs, single line breaks stay
// breaks, and no character is lost; read as HTML it used to come out as one paragraph.
import { describe, expect, it } from 'vitest';
import { plainTextAsHtml } from '../core/plain-text.js';
import { renderAndRead, withKernboodschap } from './helpers/assets.js';

async function kernboodschapAs(inhoud: string): Promise<string[]> {
  const docx = await renderAndRead(await withKernboodschap(inhoud));
  const start = docx.paragraphs.findIndex((p) => p.style === 'Heading1' && p.text === 'Kernboodschap');
  const end = docx.paragraphs.findIndex((p, i) => i > start && p.style === 'Heading1');
  return docx.paragraphs.slice(start + 1, end).map((p) => p.text);
}

describe('plain text in a section', () => {
  it('makes a paragraph of each block between blank lines and keeps single line breaks', async () => {
    expect(await kernboodschapAs('Eerste alinea.\n\nTweede alinea.\n- punt een\n- punt twee')).toEqual([
      'Eerste alinea.',
      'Tweede alinea.\n- punt een\n- punt twee',
    ]);
  });

  it('reads Windows line ends, blank lines holding spaces and several blank lines alike', async () => {
    expect(await kernboodschapAs('Een.\r\n  \r\n\r\nTwee regels\r\nen drie.\r\n')).toEqual([
      'Een.',
      'Twee regels\nen drie.',
    ]);
  });

  it('leaves content with markup to be read as HTML', () => {
    const html = '<p>Eerste\nregel</p>\n\n<p>Tweede</p>';
    expect(plainTextAsHtml(html)).toBe(html);
    expect(plainTextAsHtml('Eén regel zonder opmaak.')).toBe('<p>Eén regel zonder opmaak.</p>');
    expect(plainTextAsHtml('a < b\n\nc')).toBe('<p>a &lt; b</p><p>c</p>');
  });

  // Found by the property test (property-richtext.test.ts): each of these lost or changed characters without a word.
  it('keeps every character: a "<" that is no tag, an ampersand that is no reference, spaces that are text', async () => {
    expect(await kernboodschapAs('a<!b\n\nc')).toEqual(['a<!b', 'c']);
    expect(await kernboodschapAs('<p\n\nx<y')).toEqual(['<p', 'x<y']);
    expect(await kernboodschapAs('R&notitie &amp; Q&A')).toEqual(['R&notitie & Q&A']);
    expect(await kernboodschapAs('De<?xml version="1.0"?>')).toEqual(['De<?xml version="1.0"?>']);
    expect(await kernboodschapAs('\u3000De\n\nDe')).toEqual(['\u3000De', 'De']);
    expect(await kernboodschapAs('Een\u00A0\n\u00A0\ntwee')).toEqual(['Een\u00A0\n\u00A0\ntwee']);
  });
});
