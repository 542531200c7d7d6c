import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../core/errors.js';
import { parseTemplateMarkup } from '../templates/engine/markup.js';
import { packDocx, stabiliseRelationshipIds } from '../templates/engine/package-fixups.js';
import {
  baseMemo,
  CREATED,
  exampleInput,
  issuesOf,
  makeTempDir,
  removeTempDir,
  renderBytes,
  runCli,
  parseShipped,
} from './helpers/assets.js';
import { attr, elements, readDocx } from './helpers/docx.js';

describe('character references to characters that no Word document can hold', () => {
  it.each([
    ['U+FFFF', '&#xFFFF;'],
    ['U+FFFE', '&#xFFFE;'],
    ['U+0001', '&#1;'],
    ['U+001F', '&#x1f;'],
    ['U+D800', '&#xD800;'],
    ['U+DFFF', '&#57343;'],
  ])('%s written as %s in a section is refused, naming the section', async (name, reference) => {
    const memo = await baseMemo('informatienota');
    const second = memo.secties[1];
    if (!second) throw new Error('the example has fewer than two sections');
    second.inhoud = `<p>Tekst ${reference} tekst</p>`;
    const issues = await issuesOf(() => renderBytes(memo));
    expect(issues).toEqual([{ path: 'secties[1].inhoud', message: expect.stringContaining(name) as string }]);
  });

  it.each([
    ['U+FFFF', '&#xFFFF;'],
    ['U+0001', '&#x01;'],
  ])('%s in a link’s href is refused, naming the section', async (name, reference) => {
    const memo = await baseMemo('raadsmededeling');
    const first = memo.secties[0];
    if (!first) throw new Error('the example has no sections');
    first.inhoud = `<p>Zie <a href="https://voorbeeld.nl/${reference}">de site</a>.</p>`;
    const issues = await issuesOf(() => renderBytes(memo));
    expect(issues).toEqual([{ path: 'secties[0].inhoud', message: expect.stringContaining(name) as string }]);
  });

  it('a reference in a footnote is refused too', async () => {
    const memo = await baseMemo('informatienota');
    const first = memo.secties[0];
    if (!first) throw new Error('the example has no sections');
    first.inhoud = '<p>Tekst<span data-type="footnote">noot &#xFFFE;</span></p>';
    const issues = await issuesOf(() => renderBytes(memo));
    expect(issues).toEqual([
      { path: 'secties[0].inhoud', message: expect.stringContaining('U+FFFE') as string },
    ]);
  });

  it('references to ordinary characters stay what they are', async () => {
    const memo = await baseMemo('raadsmededeling');
    const first = memo.secties[0];
    if (!first) throw new Error('the example has no sections');
    first.inhoud = '<p>Caf&#xE9; &amp; &#8364;&nbsp;5 &#x1F600;</p>';
    const docx = readDocx(await renderBytes(memo));
    expect(docx.paragraphs.map((p) => p.text)).toContain('Café & €\u00a05 😀');
  });

  it('text that only looks like a reference in a plain field stays text', async () => {
    const input = await exampleInput('raadsmededeling');
    const memo = parseShipped({ ...input, onderwerp: 'Over &#xFFFF; en &#1;' });
    const docx = readDocx(await renderBytes(memo));
    expect(docx.coreXml).toContain('Over &amp;#xFFFF; en &amp;#1;');
  });
});

describe('raadsnota render with a reference to U+FFFF in a section', () => {
  it('exits 2, names the section and writes nothing', async () => {
    const dir = await makeTempDir();
    try {
      const input = await exampleInput('informatienota');
      const secties = input.secties as { inhoud: string }[];
      const [first] = secties;
      if (!first) throw new Error('the example has no sections');
      first.inhoud = '<p>Zie <a href="https://voorbeeld.nl/&#xFFFF;">hier</a>.</p>';
      await writeFile(join(dir, 'nota.json'), JSON.stringify(input));
      const result = await runCli(['render', join(dir, 'nota.json'), '--out', join(dir, 'nota.docx')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/Sectie "Inleiding": bevat het teken U\+FFFF .*\(secties\[0\]\.inhoud\)/);
      expect(await readdir(dir)).toEqual(['nota.json']);
    } finally {
      await removeTempDir(dir);
    }
  });
});

describe('character references in a template', () => {
  it('are checked like those in a section, naming the template', () => {
    const issues: Issue[] = [];
    parseTemplateMarkup('<p>Kop &#xD800;</p><p>en &#xFFFF;</p>', [], 'eigen.hbs', issues);
    expect(issues).toEqual([
      {
        path: 'eigen.hbs',
        message: 'bevat het teken U+D800 (geschreven als &#xD800;), dat niet in een document kan',
      },
    ]);
  });
});

describe('the last check before DOCX bytes leave packDocx', () => {
  it('refuses to pack a part that is not well-formed XML, naming the part and the line', () => {
    // docx escapes markup but not the characters XML forbids: exactly the slip this check exists for.
    const document = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun('fout \uFFFF hier')] })] }],
    });
    expect(() => packDocx(document, CREATED)).toThrow(
      /het document zou onleesbaar worden: word\/document\.xml regel \d+, kolom \d+: .*; er is niets geschreven/,
    );
  });

  it('packs a well-formed document as before', () => {
    const document = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun('goed')] })] }],
    });
    expect(readDocx(packDocx(document, CREATED)).paragraphs.map((p) => p.text)).toEqual(['goed']);
  });
});

describe('many links', () => {
  it('each of 300 links points at its own address, under a stable id', async () => {
    const memo = await baseMemo('informatienota');
    const links = Array.from(
      { length: 300 },
      (_, i) => `<a href="https://voorbeeld.nl/besluit/${i}">besluit ${i}</a>`,
    );
    memo.secties.push({ titel: 'Bronnen', inhoud: `<p>${links.join(' ')}</p>` });
    const docx = readDocx(await renderBytes(memo));
    const targets = docx.relationships('word/document.xml');
    const pointed = elements(docx.document, 'w:hyperlink').map((link) => {
      const id = attr(link, 'r:id') ?? '';
      expect(id).toMatch(/^rIdLink\d+$/);
      return [
        targets[id],
        elements(link, 'w:t')
          .map((t) => t.children.map((c) => ('data' in c ? c.data : '')).join(''))
          .join(''),
      ];
    });
    expect(pointed).toEqual(
      Array.from({ length: 300 }, (_, i) => [`https://voorbeeld.nl/besluit/${i}`, `besluit ${i}`]),
    );
  });

  // Once a replacement over the whole document per link: 20,000 links took minutes; one pass takes milliseconds.
  it('renumbers 20,000 relationships in one pass', { timeout: 30_000 }, () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `rId${i.toString(36)}Zq${i}`);
    const parts = new Map<string, string | Uint8Array>([
      [
        'word/_rels/document.xml.rels',
        `<Relationships>${ids.map((id, i) => `<Relationship Id="${id}" Target="https://v.nl/${i}"/>`).join('')}</Relationships>`,
      ],
      ['word/document.xml', `<w:body>${ids.map((id) => `<w:hyperlink r:id="${id}"/>`).join('')}</w:body>`],
    ]);
    stabiliseRelationshipIds(parts);
    const document = parts.get('word/document.xml');
    const rels = parts.get('word/_rels/document.xml.rels');
    expect(document).toBe(
      `<w:body>${ids.map((_, i) => `<w:hyperlink r:id="rIdLink${i + 1}"/>`).join('')}</w:body>`,
    );
    expect(rels).toContain('<Relationship Id="rIdLink20000" Target="https://v.nl/19999"/>');
  });
});
