import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, quote, type Issue } from '../core/errors.js';
import { Huisstijl } from '../core/model/huisstijl.js';
import { fillTemplate } from '../templates/engine/fill.js';
import { Manifest } from '../core/model/manifest.js';
import { parseRichText } from '../templates/engine/markup.js';
import { findUnescapedOutput } from '../templates/engine/template-safety.js';
import {
  baseMemo,
  exampleInput,
  HUISSTIJL,
  issuesOf,
  makeTempDir,
  removeTempDir,
  renderAndRead,
  runCli,
  TEMPLATES,
  parseShipped,
} from './helpers/assets.js';
import { attr, elements, parseXml } from './helpers/docx.js';

function richTextIssues(html: string): Issue[] {
  const issues: Issue[] = [];
  parseRichText(html, 'secties[1].inhoud', issues);
  return issues;
}

function nestedList(depth: number): string {
  return `${'<ul><li>punt'.repeat(depth)}${'</li></ul>'.repeat(depth)}`;
}

describe('characters that no Word document can hold', () => {
  it.each([
    ['U+FFFF', '\uFFFF'],
    ['U+FFFE', '\uFFFE'],
    ['U+0007', '\u0007'],
    ['U+D800', '\uD800'],
  ])(
    '%s in the onderwerp or a section is refused, naming the field and the character',
    async (name, char) => {
      const input = await exampleInput('informatienota');
      const secties = input.secties as { inhoud: string }[];
      const first = secties[0];
      if (!first) throw new Error('the example has no sections');
      first.inhoud = `<p>Tekst${char}tekst</p>`;
      const issues = await issuesOf(() => parseShipped({ ...input, onderwerp: `Onderwerp ${char}` }));
      expect(issues).toEqual(
        expect.arrayContaining([
          { path: 'onderwerp', message: expect.stringContaining(name) as string },
          { path: 'secties[0].inhoud', message: expect.stringContaining(name) as string },
        ]),
      );
    },
  );

  it('tab, line feed and carriage return are ordinary white space', async () => {
    const input = await exampleInput('raadsmededeling');
    expect(() => parseShipped({ ...input, onderwerp: 'Regel\teen\r\nregel twee' })).not.toThrow();
  });
});

describe('nesting', () => {
  it('allows lists nine levels deep, which Word numbers, and gives the numbering nine levels', async () => {
    expect(richTextIssues(nestedList(9))).toEqual([]);
    const memo = await baseMemo('informatienota');
    const first = memo.secties[0];
    if (!first) throw new Error('the example has no sections');
    first.inhoud = nestedList(9).replaceAll('<ul>', '<ol>').replaceAll('</ul>', '</ol>');
    const docx = await renderAndRead(memo);
    const levels = docx.paragraphs.flatMap((p) => (p.numbering ? [p.numbering.level] : []));
    expect(Math.max(...levels)).toBe(8);
    const numbering = parseXml(
      Buffer.from(docx.files['word/numbering.xml'] ?? new Uint8Array()).toString('utf8'),
    );
    for (const definition of elements(numbering, 'w:abstractNum')) {
      expect(elements(definition, 'w:lvl').map((l) => attr(l, 'w:ilvl'))).toEqual(
        Array.from({ length: 9 }, (_, i) => String(i)),
      );
    }
  });

  it('refuses a tenth list level, naming the section', () => {
    expect(richTextIssues(nestedList(10))).toEqual([
      { path: 'secties[1].inhoud', message: expect.stringContaining('9 niveaus') as string },
    ]);
  });

  it('refuses formatting nested thousands deep with one message instead of running out of stack', () => {
    const issues = richTextIssues(`<p>${'<b>'.repeat(20_000)}diep${'</b>'.repeat(20_000)}</p>`);
    expect(issues).toEqual([
      { path: 'secties[1].inhoud', message: expect.stringContaining('dieper genest') as string },
    ]);
  });

  it('the CLI exits 2 on a memo nested that deep', async () => {
    const input = await exampleInput('raadsmededeling');
    const secties = input.secties as { inhoud: string }[];
    const first = secties[0];
    if (!first) throw new Error('the example has no sections');
    first.inhoud = `<p>${'<i>'.repeat(5_000)}diep${'</i>'.repeat(5_000)}</p>`;
    const dir = await makeTempDir();
    try {
      await writeFile(join(dir, 'diep.json'), JSON.stringify(input));
      const result = await runCli(['validate', join(dir, 'diep.json')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('secties[0].inhoud');
    } finally {
      await removeTempDir(dir);
    }
  });
});

describe('long content', () => {
  // A list spread into one call's arguments overflows the stack past some 120,000 items; the walker must not.
  it('reads bold text holding 150,000 line breaks without running out of stack', () => {
    const issues: Issue[] = [];
    const blocks = parseRichText(`<p><b>${'regel<br>'.repeat(150_000)}</b></p>`, 'secties[1].inhoud', issues);
    expect(issues).toEqual([]);
    const [paragraph] = blocks;
    expect(paragraph?.kind === 'paragraph' ? paragraph.content.length : 0).toBe(300_000);
  });

  it('reads a table body of 150,000 rows without running out of stack', () => {
    const issues: Issue[] = [];
    const rows = '<tr><td>1</td></tr>'.repeat(150_000);
    const [table] = parseRichText(`<table><tbody>${rows}</tbody></table>`, 'secties[1].inhoud', issues);
    expect(issues).toEqual([]);
    expect(table?.kind === 'table' ? table.rows.length : 0).toBe(150_000);
  });
});

describe('tables', () => {
  it.each(['<table></table>', '<table><tr></tr></table>', '<table><tbody></tbody></table>'])(
    'refuses a table without rows: %s',
    (html) => {
      expect(richTextIssues(html)).toEqual([
        { path: 'secties[1].inhoud', message: 'een tabel heeft geen rijen met cellen' },
      ]);
    },
  );

  it('reports text between rows or cells instead of dropping it', () => {
    const messages = richTextIssues('<table>los in de tabel<tr>los in de rij<td>cel</td></tr></table>').map(
      (i) => i.message,
    );
    expect(messages).toEqual([
      expect.stringContaining('"los in de tabel"'),
      expect.stringContaining('"los in de rij"'),
    ]);
  });

  it('refuses <tfoot>, which is not in the subset', () => {
    expect(richTextIssues('<table><tfoot><tr><td>x</td></tr></tfoot></table>')).not.toEqual([]);
  });

  it('says where a stray <li> or <td> belongs', () => {
    expect(richTextIssues('<li>los</li><td>cel</td>').map((i) => i.message)).toEqual([
      '<li> staat hier los; het hoort in een <ul> of <ol>',
      '<td> staat hier los; het hoort in een <table>',
    ]);
  });
});

describe('the kenmerk', () => {
  it('refuses a kenmerk longer than 64 characters before any pattern sees it', async () => {
    const input = await exampleInput('informatienota');
    const issues = await issuesOf(() => parseShipped({ ...input, kenmerk: '1'.repeat(65) }));
    expect(issues.map((i) => i.path)).toEqual(['kenmerk']);
  });
});

describe('templates may not switch escaping off', () => {
  it('finds triple braces and {{& }}, with their line', () => {
    expect(findUnescapedOutput('<p>{{a}}</p>\n<p>{{{memo.onderwerp}}}</p>\n{{& b}}')).toEqual([
      { line: 2, expression: 'memo.onderwerp' },
      { line: 3, expression: 'b' },
    ]);
  });

  it('refuses to fill an edited template that has them, naming the file and line', () => {
    const issues: Issue[] = [];
    const filled = fillTemplate(
      { name: 'eigen.hbs', source: '<p>\n{{{memo.onderwerp}}}</p>', partials: {} },
      { memo: { onderwerp: '<b>x</b>' } },
      issues,
    );
    expect(filled).toBeUndefined();
    expect(issues).toEqual([
      { path: 'eigen.hbs', message: expect.stringContaining('eigen.hbs regel 2') as string },
    ]);
  });

  it('none of the shipped templates and partials has them', async () => {
    const files = [
      ...(await readdir(TEMPLATES)).filter((f) => f.endsWith('.hbs')).map((f) => join(TEMPLATES, f)),
      ...(await readdir(join(TEMPLATES, 'partials'))).map((f) => join(TEMPLATES, 'partials', f)),
    ];
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) expect(findUnescapedOutput(await readFile(file, 'utf8'))).toEqual([]);
  });
});

describe('configuration that points outside its folder', () => {
  it('refuses a logo or template given with a folder', async () => {
    const json = JSON.parse(await readFile(join(HUISSTIJL, 'huisstijl.json'), 'utf8')) as { logo: object };
    const huisstijl = Huisstijl.safeParse({ ...json, logo: { ...json.logo, bestand: '../../geheim.png' } });
    expect(huisstijl.error?.issues.map((i) => i.path.join('.'))).toEqual(['logo.bestand']);
    const manifest = JSON.parse(
      await readFile(join(TEMPLATES, 'informatienota.manifest.json'), 'utf8'),
    ) as object;
    const parsed = Manifest.safeParse({ ...manifest, sjabloon: '../elders/sjabloon.hbs' });
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['sjabloon']);
  });
});

describe('messages', () => {
  it('quote a user value and cut it short, so that a message stays readable', () => {
    expect(quote('kort')).toBe('"kort"');
    const long = quote('x'.repeat(5_000));
    expect(long.length).toBeLessThanOrEqual(82);
    expect(long.endsWith('…"')).toBe(true);
  });

  it('name an unknown field in Dutch, quoted and cut short, however long the key a user pasted', async () => {
    const memo = await exampleInput('informatienota');
    const key = 'x'.repeat(100_000);
    const issues = await issuesOf(() => parseShipped({ ...memo, [key]: 1, kleur: 'rood' }));
    const unknown = issues.filter((i) => i.message === 'onbekend veld');
    expect(unknown.map((i) => i.path)).toEqual([`${'x'.repeat(63)}…`, 'kleur']);
    expect(unknown.map(formatIssue).every((line) => line.length < 120)).toBe(true);
  });
});

describe('--aangemaakt', () => {
  it.each(['2026-01-01T12:00:00', '5', 'morgen'])(
    'refuses %j: without an offset the bytes would depend on the time zone',
    async (value) => {
      const result = await runCli([
        'render',
        'examples/raadsmededeling.json',
        '--out',
        'nooit.docx',
        '--aangemaakt',
        value,
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--aangemaakt');
    },
  );

  it('accepts a plain date, and a date and time with its offset', async () => {
    const dir = await makeTempDir();
    try {
      for (const value of ['2026-01-01', '2026-01-01T12:00:00+01:00']) {
        const out = join(dir, 'uit.docx');
        const result = await runCli([
          'render',
          'examples/raadsmededeling.json',
          '--out',
          out,
          '--aangemaakt',
          value,
        ]);
        expect(result.code).toBe(0);
      }
    } finally {
      await removeTempDir(dir);
    }
  });
});

describe('a list item that opens with something other than text', () => {
  it('still gets its bullet, on an empty first paragraph', async () => {
    const memo = await baseMemo('raadsmededeling');
    const first = memo.secties[0];
    if (!first) throw new Error('the example has no sections');
    first.inhoud = '<ul><li><h2>Kop in een punt</h2></li><li><ul><li>genest</li></ul></li></ul>';
    const docx = await renderAndRead(memo);
    const bullets = docx.paragraphs.filter((p) => p.style === 'ListBullet');
    expect(bullets.slice(0, 3).map((p) => [p.text, p.numbering?.level])).toEqual([
      ['', 0],
      ['', 0],
      ['genest', 1],
    ]);
  });
});
