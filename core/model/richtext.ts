import { z } from './zod-nl.js';

/**
 * The elements a section's rich text may use. This HTML subset is the stored format of all section content,
 * chosen because the editor that comes later reads and writes it as is. Anything else is refused with a
 * message that names the element, rather than dropped silently.
 */
export const RICH_TEXT_ELEMENTS = {
  p: 'alinea',
  br: 'regelafbreking',
  strong: 'vet',
  b: 'vet',
  em: 'cursief',
  i: 'cursief',
  u: 'onderstreept',
  a: 'link (href met https:, http: of mailto:)',
  span: 'tekst zonder opmaak; met data-type="footnote" een voetnoot',
  h2: 'tussenkop (Kop 2)',
  h3: 'tussenkop (Kop 3)',
  ul: 'opsomming met bolletjes',
  ol: 'genummerde opsomming',
  li: 'punt van een opsomming; mag zelf een opsomming bevatten',
  table: 'tabel',
  thead: 'kop van een tabel',
  tbody: 'romp van een tabel',
  tr: 'tabelrij',
  th: 'kopcel',
  td: 'cel',
} as const;

export const RichText = z.string().describe(
  'Opgemaakte tekst in een deelverzameling van HTML: ' +
    Object.entries(RICH_TEXT_ELEMENTS)
      .map(([tag, meaning]) => `<${tag}> ${meaning}`)
      .join('; ') +
    '. Een voetnoot: <span data-type="footnote">tekst van de voetnoot</span>.',
);
export type RichText = z.infer<typeof RichText>;
