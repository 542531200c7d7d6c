// The B1 check reads a section's stored HTML as plain text, and must point back into that HTML exactly.
import { decodeHTML } from 'entities';
import { isText, type ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { htmlTextBlocks } from '../readability/html-text.js';
import { plainTextBlocks } from '../readability/plain-text.js';
import { sentencesOf } from '../readability/segment.js';
import { sourceRange, type TextBlock } from '../readability/text-block.js';

/** The text of every text node, decoded by htmlparser2 as the document engine decodes it. */
function engineText(html: string): string {
  const dom = parseDocument(html, { decodeEntities: true });
  const texts: string[] = [];
  const walk = (nodes: readonly ChildNode[]): void => {
    for (const node of nodes) {
      if (isText(node)) texts.push(node.data);
      if ('children' in node) walk(node.children);
    }
  };
  walk(dom.children);
  return texts.join('');
}

const only = (blocks: TextBlock[]): TextBlock => {
  expect(blocks).toHaveLength(1);
  return blocks[0] as TextBlock;
};

/** The source text of a block's plain-text range. */
const sourceOf = (html: string, block: TextBlock, start: number, end: number): string => {
  const range = sourceRange(block, start, end);
  return html.slice(range.start, range.end);
};

describe('section HTML as plain text', () => {
  const entityCases = [
    '<p>Caf&eacute; &amp; co&#233; kost &#x20AC;&nbsp;5.</p>',
    '<p>Legacy: &copy2026 &notit; &ampy &lt;b&gt; en een los &amp-teken &.</p>',
    '<p>&#0;&#128;&#x110000;&NotEqualTilde;&AMP;&unknown; &#; &#x;</p>',
    '<p>Geen entiteiten, wel <strong>vet</strong> en <em>cursief</em>.</p>',
  ];

  it.each(entityCases)('decodes %s exactly as the engine’s parser does', (html) => {
    expect(only(htmlTextBlocks(html)).text).toBe(engineText(html));
  });

  it.each(entityCases)('maps every character of %s to source that decodes to it', (html) => {
    const block = only(htmlTextBlocks(html));
    for (let i = 0; i < block.text.length; i++) {
      const source = sourceOf(html, block, i, i + 1);
      expect(decodeHTML(source), `character ${i} from ${source}`).toContain(block.text[i]);
    }
  });

  it('maps a decoded entity to the whole entity, and the text after it to itself', () => {
    const html = '<p>Caf&eacute; &amp; zo</p>';
    const block = only(htmlTextBlocks(html));
    expect(block.text).toBe('Café & zo');
    expect(sourceOf(html, block, 3, 4)).toBe('&eacute;');
    expect(sourceOf(html, block, 5, 6)).toBe('&amp;');
    expect(sourceOf(html, block, 7, 9)).toBe('zo');
    expect(sourceOf(html, block, 0, 4)).toBe('Caf&eacute;');
  });

  it('ends a block at every p, li, h2, h3, td and th, and names its kind', () => {
    const html =
      '<h2>Kop</h2><p>Alinea een.</p><p>Alinea twee.</p><ul><li>punt<ol><li>dieper</li></ol>verder</li></ul>' +
      '<h3>Tussenkop</h3><table><tr><th>Peildatum</th><td>390 kinderen</td></tr></table>';
    expect(htmlTextBlocks(html).map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Kop'],
      ['paragraph', 'Alinea een.'],
      ['paragraph', 'Alinea twee.'],
      ['list-item', 'punt'],
      ['list-item', 'dieper'],
      ['list-item', 'verder'],
      ['heading', 'Tussenkop'],
      ['header-cell', 'Peildatum'],
      ['cell', '390 kinderen'],
    ]);
  });

  it('gives a paragraph or list inside a cell or list item the kind of its cell or item', () => {
    const html =
      '<table><thead><tr><th><p>Kosten per jaar</p></th><td>Aantal</td></tr></thead>' +
      '<tbody><tr><th>Peildatum</th><td><p>Een cel</p><ul><li>met een punt</li></ul>en tekst</td></tr></tbody>' +
      '</table><ul><li><p>Eerste punt</p></li></ul><p>Gewone tekst</p>';
    expect(htmlTextBlocks(html).map((b) => [b.kind, b.text])).toEqual([
      ['header-cell', 'Kosten per jaar'],
      ['header-cell', 'Aantal'],
      ['header-cell', 'Peildatum'],
      ['cell', 'Een cel'],
      ['list-item', 'met een punt'],
      ['cell', 'en tekst'],
      ['list-item', 'Eerste punt'],
      ['paragraph', 'Gewone tekst'],
    ]);
  });

  it('takes a footnote out of its sentence as a block of its own', () => {
    const html = '<p>Het kost geld<span data-type="footnote">Bron: de begroting.</span> en tijd.</p>';
    const blocks = htmlTextBlocks(html);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Het kost geld en tijd.'],
      ['footnote', 'Bron: de begroting.'],
    ]);
    const paragraph = blocks[0] as TextBlock;
    const [sentence] = sentencesOf(paragraph);
    expect(sentence && sourceOf(html, paragraph, sentence.start, sentence.end)).toBe(
      'Het kost geld<span data-type="footnote">Bron: de begroting.</span> en tijd.',
    );
  });

  it.each(['</strong>', '</em>', '</span>', '</ul>', '</td>', '</img>', '</>', '</b><!-- los -->'])(
    'keeps every range exact after a stray %s',
    (stray) => {
      const html = `<p>Wij schrijven u${stray} inzake de <em>zwemles</em>.</p>`;
      const block = only(htmlTextBlocks(html));
      expect(block.text).toBe('Wij schrijven u inzake de zwemles.');
      for (let i = 0; i < block.text.length; i++) {
        expect(sourceOf(html, block, i, i + 1), `character ${i}`).toBe(block.text[i]);
      }
      const at = block.text.indexOf('inzake');
      expect(sourceOf(html, block, at, at + 'inzake'.length)).toBe('inzake');
    },
  );

  it('turns <br> into a line break that maps to the tag', () => {
    const html = '<p>Regel een<br>regel twee</p>';
    const block = only(htmlTextBlocks(html));
    expect(block.text).toBe('Regel een\nregel twee');
    expect(sourceOf(html, block, 9, 10)).toBe('<br>');
  });

  it('reads nothing of a style sheet or a script', () => {
    const html =
      '<style>p { kleur: rood; } .armoedebestrijdingsbeleid { }</style><p>Wij betalen<script>laat("x")</script> het.</p>' +
      '<SCRIPT type="module">const zwemles = 1;</SCRIPT>';
    expect(htmlTextBlocks(html).map((b) => b.text)).toEqual(['Wij betalen het.']);
  });

  it('reads text however deep it is nested, with its ranges', () => {
    // The document engine refuses markup nested deeper than 100 levels (raadsnota validate says so); the check,
    // which only advises, reads all the text the writer wrote.
    const html = `<ul>${'<li><em>'.repeat(250)}Diep genest${'</em></li>'.repeat(250)}</ul><p>Daarna.</p>`;
    const blocks = htmlTextBlocks(html);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list-item', 'Diep genest'],
      ['paragraph', 'Daarna.'],
    ]);
    const deep = blocks[0] as TextBlock;
    expect(sourceOf(html, deep, 0, deep.text.length)).toBe('Diep genest');
  });

  it('takes loose text as a paragraph and skips empty blocks', () => {
    expect(htmlTextBlocks('Losse tekst<p> </p><p></p>').map((b) => b.text)).toEqual(['Losse tekst']);
  });
});

describe('sentences', () => {
  const sentences = (html: string): string[] =>
    htmlTextBlocks(html).flatMap((block) => sentencesOf(block).map((s) => block.text.slice(s.start, s.end)));

  it('splits at full stops, keeping abbreviations such as o.a., bijv. and d.d. inside', () => {
    expect(
      sentences('<p>Wij spraken o.a. met scholen, bijv. over zwemles. Dat was op d.d. 3 juli. Klaar!</p>'),
    ).toEqual(['Wij spraken o.a. met scholen, bijv. over zwemles.', 'Dat was op d.d. 3 juli.', 'Klaar!']);
  });

  it('ends a sentence at a number with a full stop before a capital', () => {
    expect(
      sentences('<p>Dat waren er 390. Wij verwachten minder. Het kost € 1.250.000 per jaar.</p>'),
    ).toEqual(['Dat waren er 390.', 'Wij verwachten minder.', 'Het kost € 1.250.000 per jaar.']);
  });

  it('ends a sentence at a word that parse-dutch takes for an abbreviation, such as “al” and “zo”', () => {
    expect(sentences('<p>Wij doen dit al. Het gaat goed. Dat blijft zo. Ook volgend jaar.</p>')).toEqual([
      'Wij doen dit al.',
      'Het gaat goed.',
      'Dat blijft zo.',
      'Ook volgend jaar.',
    ]);
    expect(sentences('<p>Hij zei: „Dat blijft zo.” De raad knikte.</p>')).toEqual([
      'Hij zei: „Dat blijft zo.”',
      'De raad knikte.',
    ]);
  });

  it('ends a sentence at an abbreviation that often closes one, before a capital', () => {
    expect(
      sentences(
        '<p>Wij kopen boeken, schriften enz. De school betaalt de pennen, het papier etc. Ook de tassen e.d. ' +
          'Wij beslissen t.z.t. De kosten zijn € 2 mln. Het rijk betaalt mee.</p>',
      ),
    ).toEqual([
      'Wij kopen boeken, schriften enz.',
      'De school betaalt de pennen, het papier etc.',
      'Ook de tassen e.d.',
      'Wij beslissen t.z.t.',
      'De kosten zijn € 2 mln.',
      'Het rijk betaalt mee.',
    ]);
  });

  it('keeps abbreviations that stand before a name or a number inside the sentence', () => {
    expect(
      sentences(
        '<p>Wij spraken mr. De Vries en o.a. Deventer, ca. Tien scholen, zie art. 3 al. 2 van de regeling.</p>',
      ),
    ).toEqual([
      'Wij spraken mr. De Vries en o.a. Deventer, ca. Tien scholen, zie art. 3 al. 2 van de regeling.',
    ]);
  });

  it('ends a sentence at a <br> unless the next line goes on in lower case', () => {
    expect(sentences('<p>Wij nodigen uit:<br>ouders en kinderen<br>Scholen<br> Het zwembad</p>')).toEqual([
      'Wij nodigen uit:\nouders en kinderen',
      'Scholen',
      'Het zwembad',
    ]);
    expect(sentences('<p>Wij betalen de zwemles<br>voor alle kinderen.<br>\n<br>Ook in 2027.</p>')).toEqual([
      'Wij betalen de zwemles\nvoor alle kinderen.',
      'Ook in 2027.',
    ]);
  });

  it('finds the same sentences in a paragraph far longer than any memo has', () => {
    const sentence = 'Wij betalen de zwemles voor alle kinderen in de stad.';
    const odd = 'Dat blijft zo.';
    const paragraph = Array.from({ length: 400 }, (_, i) => (i % 7 === 3 ? odd : sentence));
    expect(sentences(`<p>${paragraph.join(' ')}</p>`)).toEqual(paragraph);
    // One sentence of 3,000 words and no full stop but the last stays one sentence.
    const long = `${'woord '.repeat(3000)}einde.`;
    expect(sentences(`<p>${long}</p>`)).toEqual([long]);
  });

  it('never runs a sentence from one block into the next', () => {
    expect(sentences('<p>Zonder punt</p><p>nog een</p><ul><li>punt een</li><li>punt twee</li></ul>')).toEqual(
      ['Zonder punt', 'nog een', 'punt een', 'punt twee'],
    );
  });
});

describe('plain text', () => {
  it('ends a paragraph at a blank line, not at a single line break, with offsets into the text', () => {
    const text = 'Een zin die\nover twee regels loopt.\n\n  Tweede alinea.\n';
    const blocks = plainTextBlocks(text);
    expect(blocks.map((b) => b.text.trim())).toEqual([
      'Een zin die\nover twee regels loopt.',
      'Tweede alinea.',
    ]);
    const second = blocks[1] as TextBlock;
    const [sentence] = sentencesOf(second);
    expect(sentence && sourceOf(text, second, sentence.start, sentence.end)).toBe('Tweede alinea.');
    expect(sentence && sourceRange(second, sentence.start, sentence.end).start).toBe(text.indexOf('Tweede'));
  });
});
