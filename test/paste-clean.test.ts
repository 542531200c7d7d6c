// Pasting from Word, Google Docs or a web page: the structure the memo can hold is kept, everything else goes, and no
// text of the writer's is ever dropped. Fixtures in test/fixtures/paste/ are clipboard HTML as those programs write it.
import fc from 'fast-check';
import { isComment, isDirective, isTag, isText, type ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../core/errors.js';
import { cleanPastedHtml } from '../renderer/memos/editor/paste/clean.js';
import { parseRichText } from '../templates/engine/markup.js';
import { FIXTURES } from './helpers/assets.js';

const fixture = (name: string): string => readFileSync(join(FIXTURES, 'paste', name), 'utf8');

/** Markup a browser never shows: the head, style sheets, scripts, Office's XML. */
const HIDDEN = new Set(['head', 'style', 'script', 'title', 'xml']);

/**
 * The text a reader of the pasted document sees, the way this test defines it apart from the cleaner: all text but
 * that of hidden markup and comments, of Word's fallbacks for browsers (`[if !support…]` … `[endif]`: list numbers,
 * "[1]", "[A1]") and of Word's comments (`mso-element:comment-list`), which are notes about the text, not text.
 */
function readerText(nodes: readonly ChildNode[]): string {
  let text = '';
  let fallback = false;
  for (const node of nodes) {
    if (isComment(node) || isDirective(node)) {
      const data = node.data.replace(/^!/, '');
      if (/^\[if !support/i.test(data)) fallback = true;
      if (/^\[endif\]/i.test(data)) fallback = false;
    } else if (fallback) continue;
    else if (isText(node)) text += node.data;
    else if (
      isTag(node) &&
      !HIDDEN.has(node.name) &&
      !/mso-element:\s*comment/i.test(node.attribs.style ?? '')
    )
      text += ` ${readerText(node.children)} `;
  }
  return text;
}

const textOf = (html: string): string => readerText(parseDocument(html).children);
/** Every character but white space, in order. */
const visible = (text: string): string => text.replace(/\s+/g, '');
/** Every character but white space, in any order: a footnote's text moves from the end to its reference. */
const sortedChars = (text: string): string => Array.from(visible(text)).sort().join('');

/** What the document engine says of the cleaned HTML: nothing, if it is the subset a section stores. */
function engineIssues(html: string): Issue[] {
  const issues: Issue[] = [];
  parseRichText(html, 'inhoud', issues);
  return issues;
}

describe('pasting from Word', () => {
  const word = cleanPastedHtml(fixture('word-lijsten.html'));

  it('makes real lists of its list paragraphs: bullets, numbers, and a nested list numbered a, b', () => {
    expect(word).toContain(
      '<ul><li><p>Ouders</p></li><li><p><strong>Scholen</strong> in alle wijken</p></li>' +
        '<li><p>Het zwembad <em>De Houtvaart</em></p></li></ul>',
    );
    expect(word).toContain(
      '<ol><li><p>Aanmelden bij de school</p><ol type="a"><li><p>met het formulier</p></li>' +
        '<li><p>of via de website</p></li></ol></li><li><p>De eerste les volgen</p></li></ol>',
    );
  });

  it('keeps headings, bold, italic, sub- and superscript, safe links and footnotes', () => {
    expect(word).toContain('<h2>Zwemles voor ieder kind</h2>');
    expect(word).toContain('<h3>Kosten</h3>');
    expect(word).toContain('CO<sub>2</sub> neemt af; de 1<sup>e</sup> helft');
    expect(word).toContain(
      'betaald.<span data-type="footnote">Bron: registratie van het zwembad.</span> Zie',
    );
    expect(word).toContain('<a href="https://www.voorbeeld.nl/zwemmen">de website</a> en dit.');
  });

  it('drops styles, classes, Office markup, comments and the comment itself, keeping every character of text', () => {
    for (const gone of [
      'style',
      'class',
      'mso-',
      'o:p',
      '<span>',
      '[AJ1]',
      'Klopt dit nog',
      'javascript',
      '[1]',
    ])
      expect(word).not.toContain(gone);
    expect(sortedChars(textOf(word))).toBe(sortedChars(textOf(fixture('word-lijsten.html'))));
    expect(engineIssues(word)).toEqual([]);
  });

  it('keeps a table with its spans and drops the rows Word writes for other browsers', () => {
    const table = cleanPastedHtml(fixture('word-tabel.html'));
    expect(table).toBe(
      '<table><tbody><tr><td><p><strong>Jaar</strong></p></td><td><p><strong>Kinderen op de wachtlijst</strong></p></td></tr>' +
        '<tr><td><p>2025</p></td><td rowspan="2"><p>390, daarna 140</p></td></tr><tr><td><p>2026</p></td></tr>' +
        '<tr><td colspan="2"><p><em>Bron: zwembad</em></p></td></tr></tbody></table>',
    );
    expect(visible(textOf(table))).toBe(visible(textOf(fixture('word-tabel.html'))));
    expect(engineIssues(table)).toEqual([]);
  });
});

describe('pasting from Google Docs and web pages', () => {
  it('reads Google Docs: its bold wrapper is no bold, weights and styles of spans are marks, its nested list nests', () => {
    const docs = cleanPastedHtml(fixture('google-docs.html'));
    expect(docs).toBe(
      '<h2>Wachtlijst zwemles</h2><p>De wachtlijst is <strong>korter</strong><em> dan vorig jaar</em>.</p>' +
        '<ol type="a"><li><p>eerste punt</p><ul><li><p><u>onderdeel</u></p></li></ul></li>' +
        '<li><p><sup>tweede</sup> punt</p></li></ol>' +
        '<table><tbody><tr><td><p><strong>Wijk</strong></p></td><td><p><strong>Kinderen</strong></p></td></tr>' +
        '<tr><td><p>Noord</p></td><td><p><a href="https://www.voorbeeld.nl/noord"><u>42</u></a></p></td></tr></tbody></table>',
    );
    expect(visible(textOf(docs))).toBe(visible(textOf(fixture('google-docs.html'))));
    expect(engineIssues(docs)).toEqual([]);
  });

  it('reads a web page: its head and scripts go, a table head stays, unsafe links lose their address only', () => {
    const page = cleanPastedHtml(fixture('web-pagina.html'));
    expect(page).not.toMatch(/geheim|class=|style=|<img|<font|<code|<nav|<article/);
    expect(page).toContain('<h2>Nieuw zwembad open</h2>');
    expect(page).toContain('<strong>vet via stijl</strong>');
    expect(page).toContain('<ol type="A" start="3"><li><p>Drie</p></li>');
    expect(page).toContain('<thead><tr><th><p>Dag</p></th><th><p>Uren</p></th></tr></thead>');
    expect(page).toContain('<td colspan="2"><p>Zondag gesloten</p></td>');
    expect(page).toContain('<li><p>Punt twee</p></li>');
    expect(page).toContain('<h3>Meer weten?</h3><p>Bel<br>of mail.</p>');
    expect(visible(textOf(page))).toBe(visible(textOf(fixture('web-pagina.html'))));
    expect(engineIssues(page)).toEqual([]);
  });

  it('puts text that stands in a table outside its cells before the table, as a browser shows it', () => {
    expect(cleanPastedHtml('<table>los<tr>ook<td>cel</td></tr></table>')).toBe(
      '<p>losook</p><table><tbody><tr><td><p>cel</p></td></tr></tbody></table>',
    );
  });
});

// Random HTML of the kind a paste brings: any nesting of blocks, inline markup, styles and lists, around any text.
const TAGS = [
  'p',
  'div',
  'span',
  'b',
  'strong',
  'i',
  'em',
  'u',
  'sup',
  'sub',
  'font',
  'section',
  'blockquote',
  'h1',
  'h2',
  'h4',
  'ul',
  'ol',
  'li',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'a',
  'o:p',
  'code',
  'br',
] as const;
const STYLES = [
  '',
  'font-weight:bold',
  'font-weight:normal',
  'font-style:italic',
  'vertical-align:super',
  'color:red',
];
const TEXT = fc.string({
  unit: fc.constantFrom('a', 'Z', 'é', '€', '&', '<', '>', '"', ' ', '\u00a0', '\n', '1', '.', '😀'),
  maxLength: 8,
});

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const { tree } = fc.letrec<{ tree: string; node: string }>((tie) => ({
  tree: fc.array(tie('node'), { maxLength: 4 }).map((nodes) => nodes.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    TEXT.map(escapeText),
    fc
      .record({ tag: fc.constantFrom(...TAGS), style: fc.constantFrom(...STYLES), inner: tie('tree') })
      .map(({ tag, style, inner }) => {
        const attributes = `${style === '' ? '' : ` style="${style}"`}${tag === 'a' ? ' href="https://voorbeeld.nl"' : ''}`;
        return tag === 'br' ? '<br>' : `<${tag}${attributes}>${inner}</${tag}>`;
      }),
  ),
}));

describe('whatever is pasted', () => {
  it('no text is dropped and nothing is added: the characters before and after are the same, in order', () => {
    fc.assert(
      fc.property(tree, (html) => {
        expect(visible(textOf(cleanPastedHtml(html)))).toBe(visible(textOf(html)));
      }),
      { numRuns: 1000 },
    );
  });

  it('what comes out is the subset a section stores', () => {
    fc.assert(
      fc.property(tree, (html) => {
        expect(engineIssues(cleanPastedHtml(html))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
