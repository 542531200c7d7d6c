// Every message a user can meet for a memo file, a huisstijl, a manifest, an import's column mapping and an
// operation's input is Dutch in the words of the document: walked over every field of the shipped files, each
// replaced by each kind of wrong value, no message holds the validation library's own words, and each names its field.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Issue } from '../core/errors.js';
import { HUISSTIJL_LABELS, itemLabels, MANIFEST_LABELS, memoLabels } from '../core/model/field-labels.js';
import { ItemInput } from '../core/model/register-changes.js';
import { Huisstijl } from '../core/model/huisstijl.js';
import { parseMapping } from '../core/model/import-mapping.js';
import { labelIssues, labelOf, type Labels } from '../core/model/labels.js';
import { memoSchema, parseMemo } from '../core/model/memo.js';
import type { z } from '../core/model/zod-nl.js';
import { operations } from '../api/contract/index.js';
import { Manifest } from '../core/model/manifest.js';
import { refusal, testContext } from './helpers/api.js';
import {
  EXAMPLES,
  exampleInput,
  HUISSTIJL,
  issuesOf,
  makeTempDir,
  parseShipped,
  removeTempDir,
  shippedManifest,
  SHIPPED_TYPES,
  TEMPLATES,
} from './helpers/assets.js';
import type { Context } from '../api/context.js';

/** What zod says in English or in its Dutch locale, which a writer should never read. */
const LIBRARY_WORDS =
  /Ongeldige invoer|verwacht|ontving|string|undefined|>=|<=|Invalid|expected|received|Te (kort|groot)/;

const WRONG_VALUES: readonly unknown[] = [
  undefined,
  null,
  7,
  1.5,
  -1,
  0,
  '',
  ' ',
  'x',
  true,
  [],
  {},
  [{}],
  // What JSON.parse makes of 1e400.
  Infinity,
];

type Json = unknown;

/** Every path in a JSON value, containers included. */
function paths(value: Json, at: PropertyKey[] = []): PropertyKey[][] {
  const here = at.length > 0 ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (typeof value === 'object' && value !== null) {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  }
  return here;
}

/** A copy of `value` with the value at `path` replaced (a field removed, for undefined). */
function replaced(value: Json, path: readonly PropertyKey[], by: unknown): Json {
  const [key, ...rest] = path;
  if (key === undefined) return by;
  if (Array.isArray(value)) return value.map((v: Json, i) => (i === key ? replaced(v, rest, by) : v));
  return Object.fromEntries(
    Object.entries(value as Record<string, Json>).flatMap(([k, v]) => {
      if (k !== key) return [[k, v]];
      return rest.length === 0 && by === undefined ? [] : [[k, replaced(v, rest, by)]];
    }),
  );
}

/** Each field of `value` replaced by each wrong value in turn, the issues of every variant. */
function walk(value: Json, issuesFor: (variant: Json) => readonly Issue[]): Issue[] {
  return paths(value).flatMap((path) => WRONG_VALUES.flatMap((by) => issuesFor(replaced(value, path, by))));
}

function issuesOfParse(schema: z.ZodType, labels: Labels): (variant: Json) => readonly Issue[] {
  return (variant) => {
    const result = schema.safeParse(variant);
    return result.success ? [] : labelIssues(result.error.issues, labels);
  };
}

function syncIssues(fn: () => unknown): readonly Issue[] {
  try {
    fn();
    return [];
  } catch (error) {
    if (error instanceof Error && 'issues' in error) return error.issues as Issue[];
    throw error;
  }
}

/** Each message in the walk is the library's in none of its words, and names its field: a label, or "onbekend veld". */
function expectDutchAndNamed(issues: readonly Issue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  const foreign = issues.filter((i) => LIBRARY_WORDS.test(i.message));
  expect(foreign).toEqual([]);
  const unnamed = issues.filter((i) => !/^\p{Lu}/u.test(i.message) && !i.message.startsWith('onbekend veld'));
  expect(unnamed).toEqual([]);
}

describe('every message over a walk of wrong values', () => {
  it.each(['informatienota', 'raadsmededeling'] as const)('in a memo file (%s)', async (type) => {
    const memo = await exampleInput(type);
    expectDutchAndNamed(walk(memo, (variant) => syncIssues(() => parseShipped(variant))));
  });

  it('in a huisstijl', async () => {
    const huisstijl = JSON.parse(await readFile(join(HUISSTIJL, 'huisstijl.json'), 'utf8')) as Json;
    expectDutchAndNamed(walk(huisstijl, issuesOfParse(Huisstijl, HUISSTIJL_LABELS)));
  });

  it.each(['informatienota', 'raadsmededeling'])('in a manifest (%s)', async (type) => {
    const manifest = JSON.parse(await readFile(join(TEMPLATES, `${type}.manifest.json`), 'utf8')) as Json;
    expectDutchAndNamed(walk(manifest, issuesOfParse(Manifest, MANIFEST_LABELS)));
  });

  it.each([
    {
      soort: 'motie',
      nummer: 'M-1',
      vergadering: 'Raad 10 november 2026',
      titel: 'Zwemles',
      indieners: ['A. de Vries'],
      datumAangenomen: '2026-11-10',
      termijn: '2027-01-01',
      status: 'afgedaan',
      afdoening: { datum: '2026-12-01', reden: 'Beantwoord' },
    },
    {
      soort: 'toezegging',
      nummer: 'T-1',
      vergadering: 'Raad',
      omschrijving: 'Zwemles',
      gedaanOp: '2026-11-10',
      status: 'open',
    },
  ])('in a motie or toezegging given to the register ($soort)', (item) => {
    expectDutchAndNamed(walk(item, (variant) => issuesOfParse(ItemInput, itemLabels(variant))(variant)));
  });

  it('in an import mapping', async () => {
    const mapping = JSON.parse(await readFile(join(EXAMPLES, 'import', 'mapping.json'), 'utf8')) as Json;
    expectDutchAndNamed(walk(mapping, (variant) => syncIssues(() => parseMapping(variant))));
  });
});

describe("every operation's input", () => {
  let dir: string;
  let ctx: Context;
  beforeAll(async () => {
    dir = await makeTempDir();
    ctx = testContext(dir);
  });
  afterAll(async () => {
    ctx.db.close();
    await removeTempDir(dir);
  });

  it("is refused in Dutch, without the library's words, whatever wrong value it is", async () => {
    const issues: Issue[] = [];
    for (const name of Object.keys(operations)) {
      for (const input of [
        null,
        7,
        'x',
        [],
        { onbekend: 1 },
        { nota: { type: 'informatienota' }, id: 'x' },
      ]) {
        const result = operations[name as keyof typeof operations].input.safeParse(input);
        if (result.success) continue;
        issues.push(...((await refusal(ctx, name, input)).issues ?? []));
      }
    }
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.filter((i) => LIBRARY_WORDS.test(i.message))).toEqual([]);
  });

  it('names the fields of a memo in it in the words of the document', async () => {
    const memo = await exampleInput('informatienota');
    delete memo.versienummer;
    expect((await refusal(ctx, 'memos.validate', { nota: memo })).issues).toEqual([
      { path: 'nota.versienummer', message: 'Versienummer ontbreekt' },
    ]);
    expect((await refusal(ctx, 'memos.import', memo)).issues).toEqual([
      { path: 'versienummer', message: 'Versienummer ontbreekt' },
    ]);
    const motie = {
      soort: 'motie',
      nummer: 'M-1',
      vergadering: 'Raad',
      titel: ' ',
      status: 'open',
      indieners: [''],
    };
    expect((await refusal(ctx, 'register.add', motie)).issues).toEqual([
      { path: 'titel', message: 'Titel is leeg' },
      { path: 'indieners[0]', message: 'Indiener 1 is leeg' },
    ]);
  });
});

describe('the labels', () => {
  /** The fields of an object schema by path, list items written `[]`, as the labels are keyed. */
  function fieldsOf(schema: z.ZodType, at = ''): string[] {
    const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    const inner = (def.innerType ?? def.in ?? def.schema) as z.ZodType | undefined;
    if (def.type === 'object') {
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
        const path = at ? `${at}.${key}` : key;
        return [path, ...fieldsOf(field, path)];
      });
    }
    if (def.type === 'array') return fieldsOf(def.element as z.ZodType, `${at}[]`);
    if (def.type === 'union') return (def.options as z.ZodType[]).flatMap((o) => fieldsOf(o, at));
    return inner ? fieldsOf(inner, at) : [];
  }

  const unlabelled = (schema: z.ZodType, labels: Labels) =>
    [...new Set(fieldsOf(schema))].filter((path) => labels.fields[path] === undefined);

  it('name every field of a memo of each type, of a huisstijl and of a manifest', () => {
    for (const type of SHIPPED_TYPES) {
      const manifest = shippedManifest(type);
      expect(unlabelled(memoSchema(manifest), memoLabels({}, manifest.velden)), type).toEqual([]);
    }
    expect(unlabelled(Huisstijl, HUISSTIJL_LABELS)).toEqual([]);
    expect(unlabelled(Manifest, MANIFEST_LABELS)).toEqual([]);
    expect(unlabelled(ItemInput, itemLabels({}))).toEqual([]);
  });

  it('name a field of a list item after its item, and an item by its place from 1', () => {
    const labels = memoLabels({ secties: [{ sleutel: 'inleiding' }, { titel: ' Vervolg ' }, {}] });
    expect(labelOf(['bijlagen', 1, 'titel'], labels)).toBe('Titel van bijlage 2');
    expect(labelOf(['ondertekening', 0], labels)).toBe('Ondertekenaar 1');
    expect(labelOf(['secties', 0, 'inhoud'], labels)).toBe('Inhoud van sectie "inleiding"');
    expect(labelOf(['secties', 1, 'inhoud'], labels)).toBe('Inhoud van sectie "Vervolg"');
    expect(labelOf(['secties', 2, 'titel'], labels)).toBe('Titel van sectie 3');
    expect(labelOf([], labels)).toBe('De nota');
    expect(labelOf(['secties', 1, 'aliassen', 0], MANIFEST_LABELS)).toBe('Alias 1 van sectie 2');
    expect(labelOf(['kleur'], labels)).toBeUndefined();
  });
});

it('names the file as a whole when it is no object', async () => {
  expect(await issuesOf(() => parseMemo(null, shippedManifest('informatienota')))).toEqual([
    { path: '', message: 'De nota moet een object { … } zijn, niet null' },
  ]);
});
