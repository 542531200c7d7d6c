import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../core/errors.js';
import type { Memo } from '../core/model/memo.js';
import { fixedSections, sectionVelden } from '../core/model/manifest.js';
import { buildDocument, renderDocx, type RenderAssets } from '../templates/engine/render.js';
import {
  assets,
  baseMemo,
  CREATED,
  FIXTURES,
  issuesOf,
  makeTempDir,
  manifestOf,
  removeTempDir,
  requiredSections,
  runCli,
  SHIPPED_TYPES,
  type MemoOf,
  type ShippedType,
} from './helpers/assets.js';
import { templateSet } from '../templates/engine/memo-types.js';

// Read from the manifests, so that a section a functioneel beheerder makes required is tested too.
const REQUIRED = Object.fromEntries(
  await Promise.all(SHIPPED_TYPES.map(async (type) => [type, await requiredSections(type)] as const)),
) as Record<ShippedType, Awaited<ReturnType<typeof requiredSections>>>;

const EMPTY_CONTENT = ['', '<p> </p>', '<p></p><ul></ul>', '<p>&nbsp;</p>', '<p><br></p>', '<h2>  </h2>'];

function indexOfSleutel(memo: Memo, sleutel: string): number {
  const index = memo.secties.findIndex((s) => s.sleutel === sleutel);
  if (index === -1) throw new Error(`the example ${memo.type} has no section "${sleutel}"`);
  return index;
}

/**
 * The example without the velden its manifest prints in a section (openbaarheid, financiën), so that each required
 * section stands on its text alone: a chosen veld fills its section (test/openbaarheid-financien.test.ts).
 */
async function textOnly<T extends ShippedType>(type: T): Promise<MemoOf<T>> {
  const printed = new Set([...sectionVelden(await manifestOf(type)).values()].map((veld) => veld.naam));
  const memo = await baseMemo(type);
  return Object.fromEntries(Object.entries(memo).filter(([key]) => !printed.has(key))) as MemoOf<T>;
}

async function build(memo: Memo, other?: RenderAssets): Promise<void> {
  buildDocument(memo, other ?? (await assets()));
}

describe.each(SHIPPED_TYPES)('required sections of a %s', (type) => {
  it('the manifest requires at least one section and the example memo has every one of them', async () => {
    expect(REQUIRED[type].length).toBeGreaterThan(0);
    const memo = await textOnly(type);
    for (const section of REQUIRED[type])
      expect(indexOfSleutel(memo, section.sleutel)).toBeGreaterThanOrEqual(0);
    await expect(build(memo)).resolves.toBeUndefined();
  });

  describe.each(REQUIRED[type])('"$titel" ($sleutel)', (section) => {
    it('removed: refused with an issue that names the section', async () => {
      const memo = await textOnly(type);
      memo.secties = memo.secties.filter((s) => s.sleutel !== section.sleutel);
      const issues = await issuesOf(() => build(memo));
      expect(issues).toEqual([
        { path: 'secties', message: expect.stringContaining(`"${section.titel}"`) as unknown },
      ]);
      expect(issues[0]?.message).toContain('ontbreekt');
      expect(issues[0]?.message).toContain(section.sleutel);
    });

    it('removed: renderDocx refuses as well, with the section in the error message', async () => {
      const memo = await textOnly(type);
      memo.secties = memo.secties.filter((s) => s.sleutel !== section.sleutel);
      const loaded = await assets();
      const rendering = (): Uint8Array => renderDocx(memo, loaded, { createdAt: CREATED });
      expect(rendering).toThrow(ValidationError);
      expect(rendering).toThrow(`"${section.titel}"`);
    });

    it.each(EMPTY_CONTENT)('present but empty (%j): refused with an issue that names it', async (inhoud) => {
      const memo = await textOnly(type);
      const index = indexOfSleutel(memo, section.sleutel);
      const sectie = memo.secties[index];
      if (!sectie) throw new Error('unreachable');
      sectie.inhoud = inhoud;
      const issues = await issuesOf(() => build(memo));
      expect(issues).toEqual([
        {
          path: `secties[${index}].inhoud`,
          message: expect.stringContaining(`"${section.titel}"`) as unknown,
        },
      ]);
      expect(issues[0]?.message).toContain('leeg');
    });
  });

  it('removing every required section reports each of them, once', async () => {
    const memo = await textOnly(type);
    const required = new Set(REQUIRED[type].map((s) => s.sleutel));
    memo.secties = memo.secties.filter((s) => s.sleutel === undefined || !required.has(s.sleutel));
    if (memo.secties.length === 0)
      // A title that is no required section's title or alias: such a title would count as that section.
      memo.secties.push({ titel: 'Overige punten', inhoud: '<p>Een vrije sectie.</p>' });
    const issues = await issuesOf(() => build(memo));
    for (const section of REQUIRED[type]) {
      expect(issues.filter((i) => i.message.includes(`"${section.titel}"`))).toHaveLength(1);
    }
    expect(issues).toHaveLength(REQUIRED[type].length);
  });

  it('an unknown sleutel is refused, naming the sleutel and the ones the manifest knows', async () => {
    const memo = await textOnly(type);
    memo.secties.push({ sleutel: 'samenvatting', inhoud: '<p>Kort gezegd: het gaat goed.</p>' });
    const issues = await issuesOf(() => build(memo));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(`secties[${memo.secties.length - 1}].sleutel`);
    expect(issues[0]?.message).toContain('"samenvatting"');
    for (const known of fixedSections(await manifestOf(type))) {
      expect(issues[0]?.message).toContain(known.sleutel);
    }
  });

  it('a sleutel given twice is refused at the second one, naming the section', async () => {
    const memo = await textOnly(type);
    const [first] = REQUIRED[type];
    if (!first) throw new Error('unreachable');
    memo.secties.push({ sleutel: first.sleutel, inhoud: '<p>Nog een keer dezelfde sectie.</p>' });
    const issues = await issuesOf(() => build(memo));
    expect(issues).toEqual([
      {
        path: `secties[${memo.secties.length - 1}].sleutel`,
        message: expect.stringContaining(`"${first.titel}"`) as unknown,
      },
    ]);
    expect(issues[0]?.message).toContain('twee keer');
  });

  it('a section without sleutel titled like a required one counts as that section', async () => {
    const memo = await textOnly(type);
    const section = REQUIRED[type].at(-1);
    if (!section) throw new Error('unreachable');
    const index = indexOfSleutel(memo, section.sleutel);
    memo.secties[index] = {
      titel: section.titel,
      inhoud: '<p>Zonder sleutel telt deze sectie mee door haar titel.</p>',
    };
    const tree = buildDocument(memo, await assets());
    const headings = tree.body.flatMap((b) =>
      b.kind === 'heading' && b.level === 1
        ? [b.content.map((c) => (c.kind === 'text' ? c.text : '')).join('')]
        : [],
    );
    expect(headings.filter((h) => h.endsWith(section.titel))).toHaveLength(1);
  });

  it('free sections are placed at the manifest’s free slot, wherever the memo lists them', async () => {
    const memo = await textOnly(type);
    const manifest = await manifestOf(type);
    memo.secties.unshift({
      titel: 'Eerst genoemd',
      inhoud: '<p>Deze sectie staat vooraan in het bestand.</p>',
    });
    const tree = buildDocument(memo, await assets());
    const headings = tree.body.flatMap((b) =>
      b.kind === 'heading' && b.level === 1
        ? [b.content.map((c) => (c.kind === 'text' ? c.text : '')).join('')]
        : [],
    );
    const position = headings.findIndex((h) => h.endsWith('Eerst genoemd'));
    const slot = manifest.secties.findIndex((s) => 'vrij' in s);
    // Every fixed section before the free slot is in the example, so the free sections start right after them.
    expect(slot).toBeGreaterThan(0);
    expect(position).toBe(slot);
  });

  it('a template whose manifest has no free slot refuses free sections, naming them', async () => {
    const loaded = await assets();
    const set = templateSet(loaded.types, type);
    const noFreeSlot: RenderAssets = {
      ...loaded,
      types: {
        ...loaded.types,
        sets: {
          ...loaded.types.sets,
          [type]: {
            ...set,
            manifest: { ...set.manifest, secties: set.manifest.secties.filter((s) => !('vrij' in s)) },
          },
        },
      },
    };
    const memo = await textOnly(type);
    memo.secties.push({ titel: 'Wat verder nog speelt', inhoud: '<p>Een vrije sectie.</p>' });
    const free = memo.secties.flatMap((s, i) => (s.sleutel === undefined ? [i] : []));
    const issues = await issuesOf(() => build(memo, noFreeSlot));
    expect(issues.map((i) => i.path)).toEqual(free.map((i) => `secties[${i}]`));
    expect(issues.at(-1)?.message).toContain('"Wat verder nog speelt"');
  });

  it('an empty free section is refused, naming it', async () => {
    const memo = await textOnly(type);
    memo.secties.push({ titel: 'Planning', inhoud: '<p> </p>' });
    const issues = await issuesOf(() => build(memo));
    expect(issues).toEqual([
      {
        path: `secties[${memo.secties.length - 1}].inhoud`,
        message: expect.stringContaining('"Planning"') as unknown,
      },
    ]);
  });

  it('a kenmerk that does not fit the huisstijl’s pattern is refused, with an example from the pattern', async () => {
    const memo = await textOnly(type);
    memo.kenmerk = '2026/4512';
    const issues = await issuesOf(() => build(memo));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('kenmerk');
    expect(issues[0]?.message).toContain('"2026/4512"');
    expect(issues[0]?.message).toContain(`bijvoorbeeld ${memo.datum.slice(0, 4)}-000001`);
  });

  it('several problems are reported together, each with its own path', async () => {
    const memo = await textOnly(type);
    const [missing, empty] = REQUIRED[type];
    if (!missing || !empty) throw new Error('this test needs two required sections');
    memo.kenmerk = 'ABC';
    memo.secties = memo.secties.filter((s) => s.sleutel !== missing.sleutel);
    const emptyIndex = indexOfSleutel(memo, empty.sleutel);
    const emptySectie = memo.secties[emptyIndex];
    if (!emptySectie) throw new Error('unreachable');
    emptySectie.inhoud = '<p></p>';
    memo.secties.push({ sleutel: 'bijzonderheden', inhoud: '<p>Onbekende sectie.</p>' });
    const unknownIndex = memo.secties.length - 1;
    memo.secties.push({ titel: 'Met plaatje', inhoud: '<p>Zie <img src="kaart.png"> hiernaast.</p>' });
    const imageIndex = memo.secties.length - 1;
    const issues = await issuesOf(() => build(memo));
    expect(issues.map((i) => i.path).sort()).toEqual(
      [
        'kenmerk',
        'secties',
        `secties[${emptyIndex}].inhoud`,
        `secties[${unknownIndex}].sleutel`,
        `secties[${imageIndex}].inhoud`,
      ].sort(),
    );
    const text = issues.map((i) => i.message).join('\n');
    expect(text).toContain(`"${missing.titel}"`);
    expect(text).toContain(`"${empty.titel}"`);
    expect(text).toContain('<img>');
    expect(text).toContain('"bijzonderheden"');
    expect(text).toContain('"ABC"');
  });
});

describe('the CLI writes nothing for a memo without its kernboodschap', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => {
    await removeTempDir(dir);
  });

  const fixture = join(FIXTURES, 'zonder-kernboodschap.json');

  it('render exits 2, names "Kernboodschap" on stderr, and leaves the output folder empty', async () => {
    const out = join(dir, 'nota.docx');
    const result = await runCli(['render', fixture, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Kernboodschap');
    expect(result.stdout).toBe('');
    expect(await readdir(dir)).toEqual([]);
  });

  it('render leaves an existing file at --out exactly as it was', async () => {
    const out = join(dir, 'nota.docx');
    const before = 'de vorige versie van deze nota';
    await writeFile(out, before);
    const result = await runCli(['render', fixture, '--out', out]);
    expect(result.code).toBe(2);
    expect(await readFile(out, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['nota.docx']);
  });

  it('render into a folder of its own leaves no temporary files behind', async () => {
    const sub = join(dir, 'uit');
    await mkdir(sub);
    const result = await runCli(['render', fixture, '--out', join(sub, 'nota.docx')]);
    expect(result.code).toBe(2);
    expect(await readdir(sub)).toEqual([]);
  });

  it('validate exits 2 and names the section as well', async () => {
    const result = await runCli(['validate', fixture]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/verplichte sectie "Kernboodschap" \(kernboodschap\) ontbreekt/);
  });
});
