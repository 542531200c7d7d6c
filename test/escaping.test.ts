import { beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../core/errors.js';
import type { Memo } from '../core/model/memo.js';
import { renderDocx } from '../templates/engine/render.js';
import { assets, baseMemo, CREATED, issuesOf, renderAndRead, type MemoOf } from './helpers/assets.js';
import {
  allElements,
  attr,
  elements,
  firstElement,
  parseXml,
  readDocx,
  textOf,
  wellFormednessProblems,
  type DocxPackage,
  type DocxParagraph,
} from './helpers/docx.js';

const NBSP = '\u00A0';

/** Plain fields reach the template as values, which must be escaped: these must come out as typed. */
const PLAIN = {
  onderwerp: `Zwembad & sauna: <script>alert("x")</script> {{ onderwerp }} {{{x}}} ]]> 'a' = \`b\``,
  portefeuillehouder: 'Wethouder K. <b>de Wit</b> & Zn. {{memo.kenmerk}}',
  informant: 'P. de Jong <i>&amp;</i> ]]>',
  motie: 'Geen <script>-tags & geen {{{x}}} ]]>',
  toezegging: 'te melden of 3 < 4 & 5 > 2 {{ titel }}',
  bijlage: 'Kaart <img src=x> & legenda',
  vrijeTitel: 'Vragen & antwoorden <over> {{titel}}',
  ondertekenaar: 'A. <u>Bos</u> & C. {{{voorzitter}}}',
};

/** Rich text is HTML: what the writer meant as text arrives entity-escaped and must come out decoded. */
const RICH_SOURCE =
  '<p>Kosten &lt; baten &amp; meer: &lt;script&gt;alert(1)&lt;/script&gt; {{ onderwerp }} {{{x}}} ]]&gt;' +
  '<span data-type="footnote">Noot met &lt;b&gt; &amp; {{x}} ]]&gt;</span></p>' +
  '<ul><li>a &amp;&amp; b &lt;/w:t&gt;</li></ul>' +
  '<table><tr><td>&lt;td&gt; &quot;cel&quot;</td></tr></table>';
const RICH_TEXT = {
  paragraph: 'Kosten < baten & meer: <script>alert(1)</script> {{ onderwerp }} {{{x}}} ]]>',
  footnote: 'Noot met <b> & {{x}} ]]>',
  item: 'a && b </w:t>',
  cell: '<td> "cel"',
};

async function hostileMemo(): Promise<MemoOf<'informatienota'>> {
  const memo = await baseMemo('informatienota');
  memo.onderwerp = PLAIN.onderwerp;
  memo.portefeuillehouder = PLAIN.portefeuillehouder;
  memo.informanten = [{ naam: PLAIN.informant }];
  const [motie] = memo.moties;
  const [toezegging] = memo.toezeggingen;
  const [bijlage] = memo.bijlagen;
  if (!motie || !toezegging || !bijlage) throw new Error('the example lost its motie, toezegging or bijlage');
  motie.titel = PLAIN.motie;
  toezegging.omschrijving = PLAIN.toezegging;
  bijlage.titel = PLAIN.bijlage;
  memo.secties.push({ titel: PLAIN.vrijeTitel, inhoud: RICH_SOURCE });
  memo.ondertekening = [{ naam: PLAIN.ondertekenaar, functie: 'burgemeester' }];
  return memo;
}

function texts(docx: DocxPackage): string[] {
  return docx.paragraphs.map((p) => p.text);
}

function headerText(docx: DocxPackage, type: 'first' | 'default'): string {
  const part = docx.headerParts[type];
  if (!part) throw new Error(`no ${type} header`);
  return docx.partText(part);
}

describe('user text with markup characters', () => {
  let docx: DocxPackage;
  beforeAll(async () => {
    docx = await renderAndRead(await hostileMemo());
  });

  it('every XML part that carries user text is well-formed', () => {
    const parts = [
      'word/document.xml',
      'word/footnotes.xml',
      'docProps/core.xml',
      ...Object.keys(docx.files).filter((p) => /^word\/(header|footer)\d*\.xml$/.test(p)),
    ];
    expect(parts.length).toBeGreaterThan(4);
    for (const part of parts) expect(wellFormednessProblems(docx.part(part)), part).toEqual([]);
  });

  it('no user text became an element: every element in document.xml is a namespaced WordprocessingML one', () => {
    const all = new Set(allElements(docx.document).map((e) => e.name));
    expect(all.has('w:body')).toBe(true);
    expect([...all].filter((n) => !n.includes(':'))).toEqual([]);
    for (const tag of ['script', 'b', 'i', 'u', 'img', 'over', 'td', 'w:script'])
      expect(all.has(tag)).toBe(false);
  });

  it('the onderwerp is literal in the metadata table, the running header and the besluit page', () => {
    expect(texts(docx).filter((t) => t === PLAIN.onderwerp)).toHaveLength(2);
    expect(headerText(docx, 'default').split('\n')).toContain(PLAIN.onderwerp);
  });

  it('the onderwerp is literal in the document properties (dc:title)', () => {
    const title = firstElement(parseXml(docx.coreXml), 'dc:title');
    expect(title && textOf(title)).toBe(PLAIN.onderwerp);
  });

  it('portefeuillehouder, informant, bijlage and signatory are literal', () => {
    const all = texts(docx);
    expect(all).toContain(PLAIN.portefeuillehouder);
    expect(all).toContain(PLAIN.informant);
    expect(all.some((t) => t.split('\n').includes(`1. ${PLAIN.bijlage}`))).toBe(true);
    expect(all).toContain(`\n\n${PLAIN.ondertekenaar}, burgemeester`);
  });

  it('the motie title and the toezegging are literal in the "kennis te nemen van" sentence', () => {
    const sentence = texts(docx).find((t) => t.startsWith('de reactie van het college op'));
    expect(sentence).toContain(`‘${PLAIN.motie}’`);
    expect(sentence).toContain(`‘${PLAIN.toezegging}’`);
  });

  it('a free section’s title is a literal Heading1', () => {
    expect(docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toContain(
      PLAIN.vrijeTitel,
    );
  });

  it('entity-escaped rich text comes out decoded, as text, in paragraph, list item, table cell and footnote', () => {
    const heading = docx.paragraphs.findIndex((p) => p.text === PLAIN.vrijeTitel);
    const section = docx.paragraphs.slice(heading + 1, heading + 4);
    expect(section.map((p) => p.text)).toEqual([RICH_TEXT.paragraph, RICH_TEXT.item, RICH_TEXT.cell]);
    expect(section[1]?.style).toBe('ListBullet');
    expect(section[2]?.inTable).toBe(true);
    const [ref] = section[0]?.footnoteIds ?? [];
    expect(docx.footnotes.find((f) => f.id === ref)?.text).toBe(RICH_TEXT.footnote);
  });

  it('handlebars expressions in user text are never evaluated', () => {
    const all = texts(docx).join('\n');
    for (const literal of [
      '{{ onderwerp }}',
      '{{{x}}}',
      '{{memo.kenmerk}}',
      '{{ titel }}',
      '{{{voorzitter}}}',
    ]) {
      expect(all).toContain(literal);
    }
  });
});

describe('Dutch characters', () => {
  const SAMPLE = `Coördinatie, ruïne en café: ‘enkel’ en „dubbel” – €${NBSP}1½ miljoen`;
  let docx: DocxPackage;
  let memo: Memo;

  beforeAll(async () => {
    const m = await baseMemo('raadsmededeling');
    m.onderwerp = SAMPLE;
    m.portefeuillehouder = `Wethouder Ö.${NBSP}Çelik-Müller`;
    const [inleiding] = m.secties;
    if (!inleiding) throw new Error('the example lost its first section');
    inleiding.inhoud =
      `<p>${SAMPLE}</p>` +
      '<p>Co&ouml;rdinatie, ru&iuml;ne en caf&eacute;: &lsquo;enkel&rsquo; en &bdquo;dubbel&rdquo; &ndash; ' +
      '&euro;&nbsp;1&frac12; miljoen</p>' +
      '<p>Numeriek: &#235;&#x20AC;&#xA0;&#189;</p>';
    memo = m;
    docx = await renderAndRead(m);
  });

  it('render exactly in plain fields', () => {
    expect(texts(docx)).toContain(SAMPLE);
    expect(texts(docx)).toContain(memo.portefeuillehouder);
    expect(headerText(docx, 'default')).toContain(SAMPLE);
    const title = firstElement(parseXml(docx.coreXml), 'dc:title');
    expect(title && textOf(title)).toBe(SAMPLE);
  });

  it('render exactly in rich text, typed or as named and numeric entities, the no-break space kept', () => {
    const heading = docx.paragraphs.findIndex((p) => p.style === 'Heading1');
    const paragraphs = docx.paragraphs.slice(heading + 1, heading + 4).map((p) => p.text);
    expect(paragraphs).toEqual([SAMPLE, SAMPLE, `Numeriek: ë€${NBSP}½`]);
  });

  it('the package stores them as UTF-8, not as character references or mojibake', () => {
    expect(docx.documentXml).toContain('Coördinatie, ruïne en café');
    expect(docx.documentXml).toContain(`€${NBSP}1½`);
    expect(docx.documentXml).not.toMatch(/&#x?[0-9a-f]+;/i);
  });
});

describe('a very long section', () => {
  const WORDS = [
    'de',
    'gemeente',
    'onderzoekt',
    'hoe',
    'buurthuizen',
    'langer',
    'open',
    'kunnen',
    'blijven',
    'zonder',
    'extra',
    'kosten',
    'voor',
    'de',
    'vrijwilligers',
    'zelf',
  ];
  const COUNT = 300;
  const expected = Array.from({ length: COUNT }, (_, i) => {
    const words = Array.from({ length: 16 }, (_, j) => WORDS[(i + j) % WORDS.length] ?? '');
    return `Alinea ${i + 1}: ${words.join(' ')}.`;
  });
  const TITLE = 'Verslag van alle gesprekken';

  it(`renders every one of its ${COUNT} paragraphs, in order`, async () => {
    expect(expected.join(' ').split(' ').length).toBeGreaterThanOrEqual(5000);
    const memo = await baseMemo('informatienota');
    memo.secties.push({ titel: TITLE, inhoud: expected.map((p) => `<p>${p}</p>`).join('\n') });
    const docx = await renderAndRead(memo);
    const heading = docx.paragraphs.findIndex((p) => p.style === 'Heading1' && p.text === TITLE);
    expect(heading).toBeGreaterThan(0);
    const section = docx.paragraphs.slice(heading + 1, heading + 1 + COUNT);
    expect(section.map((p) => p.text)).toEqual(expected);
    expect(section.every((p: DocxParagraph) => p.style === undefined)).toBe(true);
    expect(docx.paragraphs[heading + 1 + COUNT]?.style).toBe('Heading1');
  });
});

describe('markup characters in a link and in the huisstijl', () => {
  const HREF = 'https://voorbeeld.nl/zoek?wijk=noord&type="afval"&x=<1>';
  const HUISSTIJL_TEXT = {
    gemeente: 'Gemeente "Maas" & Waal <NL>',
    plaatsnaam: 'Maas & Waal',
    adres: ['Dorpsstraat 1 <achter>', "Postbus 12 & 'zo'"],
  };
  let docx: DocxPackage;

  beforeAll(async () => {
    const memo = await baseMemo('raadsmededeling');
    const [inleiding] = memo.secties;
    if (!inleiding) throw new Error('the example lost its first section');
    inleiding.inhoud =
      '<p>Kijk op <a href="https://voorbeeld.nl/zoek?wijk=noord&amp;type=&quot;afval&quot;&amp;x=&lt;1&gt;">' +
      'de kaart &amp; de lijst</a>.</p>';
    const loaded = await assets();
    const bytes = renderDocx(
      memo,
      { ...loaded, huisstijl: { ...loaded.huisstijl, ...HUISSTIJL_TEXT } },
      { createdAt: CREATED },
    );
    docx = readDocx(bytes);
  });

  it('every XML part and relationships part is well-formed', () => {
    const parts = Object.keys(docx.files).filter((p) => p.endsWith('.xml') || p.endsWith('.rels'));
    expect(parts).toContain('word/_rels/document.xml.rels');
    for (const part of parts) expect(wellFormednessProblems(docx.part(part)), part).toEqual([]);
  });

  it('the link’s address reads back exactly as an external relationship, its text as typed', () => {
    const link = firstElement(docx.document, 'w:hyperlink');
    if (!link) throw new Error('no w:hyperlink');
    const rels = elements(docx.dom('word/_rels/document.xml.rels'), 'Relationship');
    const rel = rels.find((r) => attr(r, 'Id') === attr(link, 'r:id'));
    expect(rel && attr(rel, 'Target')).toBe(HREF);
    expect(rel && attr(rel, 'TargetMode')).toBe('External');
    expect(docx.paragraphs.map((p) => p.text)).toContain('Kijk op de kaart & de lijst.');
  });

  it('the gemeente, plaatsnaam and address read back exactly in letterhead, alt text, properties and body', () => {
    const part = docx.headerParts.first;
    if (!part) throw new Error('no first-page header');
    const lines = docx.partText(part).split('\n');
    for (const line of [HUISSTIJL_TEXT.gemeente, ...HUISSTIJL_TEXT.adres]) expect(lines).toContain(line);
    const docPr = firstElement(docx.dom(part), 'wp:docPr');
    expect(docPr && attr(docPr, 'descr')).toBe(`Logo ${HUISSTIJL_TEXT.gemeente}`);
    expect(elements(parseXml(docx.coreXml), 'dc:creator').map(textOf)).toEqual([HUISSTIJL_TEXT.gemeente]);
    expect(docx.paragraphs.map((p) => p.text.trim())).toContain(
      `Burgemeester en wethouders van ${HUISSTIJL_TEXT.plaatsnaam},`,
    );
  });
});

describe('control characters pasted into user text', () => {
  it('never reach the XML: a memo that skipped validation is refused, not written', async () => {
    const memo = await baseMemo('raadsmededeling');
    memo.onderwerp = 'Milieustraat\u0007 langer open';
    const issues = await issuesOf(() => renderAndRead(memo));
    expect(issues.map((i) => i.message)).toEqual(expect.arrayContaining([expect.stringContaining('U+0007')]));
  });

  it('tab and line breaks in a section are white space, and the XML stays well-formed', async () => {
    const memo = await baseMemo('raadsmededeling');
    const [inleiding] = memo.secties;
    if (!inleiding) throw new Error('the example lost its first section');
    inleiding.inhoud = '<p>Tekst met\t een tab en&#10;een regel&#x9;einde.</p>';
    const docx = await renderAndRead(memo);
    for (const part of ['word/document.xml', 'docProps/core.xml', ...Object.values(docx.headerParts)]) {
      expect(wellFormednessProblems(docx.part(part)), part).toEqual([]);
    }
    expect(docx.paragraphs.map((p) => p.text)).toContain('Tekst met een tab en een regel einde.');
  });
});

describe('rich text with elements outside the subset', () => {
  const CASES: [string, string][] = [
    ['<p>Welkom</p><script>alert(1)</script>', '<script>'],
    ['<SCRIPT>alert(1)</SCRIPT>', '<script>'],
    ['<p>Zie <img src="kaart.png"> hiernaast.</p>', '<img>'],
    ['<div>Een blok</div>', '<div>'],
    ['<ul><li><div>In een opsomming</div></li></ul>', '<div>'],
    ['<table><tr><td><div>In een cel</div></td></tr></table>', '<div>'],
    ['<p><font color="red">Rood</font></p>', '<font>'],
    ['<iframe src="https://voorbeeld.nl"></iframe>', '<iframe>'],
    ['<style>p { color: red }</style><p>Tekst</p>', '<style>'],
    ['<p><a href="javascript:alert(1)">klik</a></p>', 'javascript:alert(1)'],
  ];

  it.each(CASES)('%s is refused, naming %s and the section', async (inhoud, named) => {
    const memo = await baseMemo('informatienota');
    const index = memo.secties.findIndex((s) => s.sleutel === 'kernboodschap');
    const sectie = memo.secties[index];
    if (!sectie) throw new Error('the example lost its kernboodschap');
    sectie.inhoud = inhoud;
    const loaded = await assets();
    const issues = await issuesOf(() => renderDocx(memo, loaded, { createdAt: CREATED }));
    expect(issues.filter((i) => i.message.includes(named))).toEqual([
      { path: `secties[${index}].inhoud`, message: expect.stringContaining(named) as unknown },
    ]);
  });

  it('a refused element is reported once per place, with every offending section', async () => {
    const memo = await baseMemo('raadsmededeling');
    const first = memo.secties[0];
    const last = memo.secties.at(-1);
    if (!first || !last) throw new Error('unreachable');
    first.inhoud += '<div>een</div>';
    last.inhoud += '<p><video src="a.mp4"></video></p>';
    const loaded = await assets();
    const rendering = (): Uint8Array => renderDocx(memo, loaded, { createdAt: CREATED });
    expect(rendering).toThrow(ValidationError);
    const issues = await issuesOf(rendering);
    expect(issues.map((i) => i.path)).toEqual([
      'secties[0].inhoud',
      `secties[${memo.secties.length - 1}].inhoud`,
    ]);
    expect(issues[0]?.message).toContain('<div>');
    expect(issues[1]?.message).toContain('<video>');
  });
});

describe('the well-formedness check itself', () => {
  it.each([
    ['<a><b></a>', 'an unclosed element'],
    ['<a>&</a>', 'a bare ampersand'],
    ['<a>x</b></a>', 'a stray end tag'],
    ['<a>1 < 2</a>', 'a bare less-than sign'],
    ['<a>]]></a>', 'a CDATA end in text'],
    ['<a/><b/>', 'two roots'],
    ['<a x="&"/>', 'a bare ampersand in an attribute'],
    ['<a>regel\u000Bregel</a>', 'a vertical tab'],
    ['<a>\u0001</a>', 'a C0 control character'],
  ])('finds %s (%s)', (xml) => {
    expect(wellFormednessProblems(xml)).not.toEqual([]);
  });

  it('accepts well-formed XML with references, self-closing tags and a declaration', () => {
    const xml = '<?xml version="1.0"?><w:p a="&quot;"><w:t>&lt;&amp;&#233;&#xE9;</w:t><w:br/></w:p>';
    expect(wellFormednessProblems(xml)).toEqual([]);
    const t = firstElement(parseXml(xml), 'w:t');
    expect(t && textOf(t)).toBe('<&éé');
    const p = firstElement(parseXml(xml), 'w:p');
    expect(p && attr(p, 'a')).toBe('"');
  });
});
