import type { z } from './zod-nl.js';
import { DocumentString } from './text.js';

/**
 * The elements a section's rich text may use. This HTML subset is the stored format of all section content,
 * chosen because the editor that comes later reads and writes it as is. Anything else is refused with a message
 * that names the element, rather than dropped silently. `block` elements stand on their own, `inline` ones sit
 * in running text, and a `part` only inside its list or table.
 */
export const RICH_TEXT_ELEMENTS = {
  p: { kind: 'block', meaning: 'alinea' },
  h2: { kind: 'block', meaning: 'tussenkop (Kop 2)' },
  h3: { kind: 'block', meaning: 'tussenkop (Kop 3)' },
  ul: { kind: 'block', meaning: 'opsomming met bolletjes' },
  ol: {
    kind: 'block',
    meaning: 'genummerde opsomming; type="a", "A", "i" of "I" en start="3" zoals in HTML',
  },
  table: { kind: 'block', meaning: 'tabel' },
  img: {
    kind: 'block',
    meaning:
      'afbeelding: src is de naam van een PNG- of JPEG-bestand in de map van de nota, alt beschrijft wat zij laat zien (verplicht), width en height in pixels zoals in HTML; staat los of als enige in een <p>, niet midden in tekst',
  },
  figure: { kind: 'block', meaning: 'afbeelding met bijschrift: één <img> en hoogstens één <figcaption>' },
  li: { kind: 'part', meaning: 'punt van een opsomming; mag zelf een opsomming bevatten' },
  caption: { kind: 'part', meaning: 'bijschrift van een tabel, boven de tabel' },
  figcaption: {
    kind: 'part',
    meaning: 'bijschrift van een afbeelding in <figure>, eronder of erboven zoals geschreven',
  },
  thead: { kind: 'part', meaning: 'kop van een tabel' },
  tbody: { kind: 'part', meaning: 'romp van een tabel' },
  tr: { kind: 'part', meaning: 'tabelrij' },
  th: { kind: 'part', meaning: 'kopcel; colspan en rowspan zoals in HTML' },
  td: { kind: 'part', meaning: 'cel; colspan en rowspan zoals in HTML' },
  br: { kind: 'inline', meaning: 'regelafbreking' },
  strong: { kind: 'inline', meaning: 'vet' },
  b: { kind: 'inline', meaning: 'vet' },
  em: { kind: 'inline', meaning: 'cursief' },
  i: { kind: 'inline', meaning: 'cursief' },
  u: { kind: 'inline', meaning: 'onderstreept' },
  sup: { kind: 'inline', meaning: 'superscript, zoals in 1<sup>e</sup> helft' },
  sub: { kind: 'inline', meaning: 'subscript, zoals in CO<sub>2</sub>' },
  a: { kind: 'inline', meaning: 'link (href met https:, http: of mailto:)' },
  span: { kind: 'inline', meaning: 'tekst zonder opmaak; met data-type="footnote" een voetnoot' },
} as const satisfies Record<string, { kind: 'block' | 'inline' | 'part'; meaning: string }>;

export type RichTextElement = keyof typeof RICH_TEXT_ELEMENTS;

export const RichText = DocumentString.describe(
  'Opgemaakte tekst in een deelverzameling van HTML: ' +
    Object.entries(RICH_TEXT_ELEMENTS)
      .map(([tag, { meaning }]) => `<${tag}> ${meaning}`)
      .join('; ') +
    '. Een voetnoot: <span data-type="footnote">tekst van de voetnoot</span>.',
);
export type RichText = z.infer<typeof RichText>;

/**
 * The attributes each element may carry; an element not named here carries none. Any other attribute (a class, a
 * style, a width) would be lost without a word, so it is refused by name, as an element outside the subset is.
 */
export const RICH_TEXT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  ol: ['type', 'start'],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  span: ['data-type'],
};
